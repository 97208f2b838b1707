import type { TestProjectInlineConfiguration } from 'vitest/config';

export declare function nodeTests(
  name: string,
  options?: { database?: boolean; include?: string[] },
): NonNullable<TestProjectInlineConfiguration['test']>;
