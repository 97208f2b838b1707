export type FailureMode = 'error_500' | 'timeout' | 'succeed_then_timeout';

export interface FailureRule {
  /** How many matching requests fail. */
  next: number;
  mode: FailureMode;
  /** Only requests to this path (`*` stands for one segment: `/v1/payment_intents/*\/capture`); default any `/v1` path. */
  path?: string;
}

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`).test(path);

/** Injected failures waiting for their requests; each request takes the first rule that matches its path. */
export class FailureQueue {
  private rules: FailureRule[] = [];

  add(rule: FailureRule): void {
    this.rules.push({ ...rule });
  }

  list(): FailureRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  take(path: string): FailureRule | undefined {
    const rule = this.rules.find((candidate) => !candidate.path || matches(candidate.path, path));
    if (!rule) return undefined;
    rule.next -= 1;
    this.rules = this.rules.filter((candidate) => candidate.next > 0);
    return rule;
  }
}
