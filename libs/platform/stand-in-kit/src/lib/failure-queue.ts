import type { FailureRule } from './failure-rule';

export interface PendingFailure extends FailureRule {
  /** How many more matching requests fail. */
  next: number;
}

/** `/v1/payment_intents/*\/capture` matches any intent's capture: `*` stands for one path segment. */
export const pathMatches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`).test(path);

/** Injected failures waiting for their requests; each request takes the first rule that matches its path. */
export class FailureQueue {
  private rules: PendingFailure[] = [];

  add(rule: FailureRule): void {
    this.rules.push({ ...rule });
  }

  list(): PendingFailure[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  take(path: string): PendingFailure | undefined {
    const rule = this.rules.find((candidate) => !candidate.path || pathMatches(candidate.path, path));
    if (!rule) return undefined;
    rule.next -= 1;
    this.rules = this.rules.filter((candidate) => candidate.next > 0);
    return rule;
  }
}
