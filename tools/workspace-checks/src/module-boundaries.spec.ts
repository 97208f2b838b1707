import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(join(root, 'tools/workspace-checks/fixtures', name), 'utf8');

/** Lints fixture text as if it were a file at `filePath` (which does not exist, so nothing else ever sees it). */
async function lintAs(name: string, filePath: string): Promise<Array<{ ruleId: string | null; message: string }>> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(fixture(name), { filePath: join(root, filePath) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('architecture rules enforced by lint', () => {
  it('stop a domain lib from importing a data-access lib', async () => {
    const messages = await lintAs('domain-imports-data-access.ts.txt', 'libs/shared/money/src/lib/boundary-fixture.ts');
    expect(messages).toContainEqual({
      ruleId: '@nx/enforce-module-boundaries',
      message: expect.stringMatching(/type:domain.*can only depend on libs tagged with "type:domain", "type:util"/),
    });
  });

  it("stop one service from importing another service's data-access lib", async () => {
    const messages = await lintAs('service-imports-other-data-access.ts.txt', 'libs/storefront/api/src/lib/boundary-fixture.ts');
    expect(messages).toContainEqual({ ruleId: '@nx/enforce-module-boundaries', message: expect.stringMatching(/scope:storefront/) });
  });

  it("let a service use another service's public router types", async () => {
    const messages = await lintAs('service-imports-other-api-types.ts.txt', 'libs/storefront/api/src/lib/boundary-fixture.ts');
    expect(messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries')).toEqual([]);
  });

  it('keep domain code pure: no npm packages, no Node built-ins, no clock, no randomness', async () => {
    const messages = await lintAs('domain-does-io.ts.txt', 'libs/catalog/domain/src/lib/boundary-fixture.ts');
    const rules = messages.map((message) => message.ruleId);
    expect(messages).toContainEqual({ ruleId: '@nx/enforce-module-boundaries', message: expect.stringMatching(/imports? .*"pg"|"pg".*banned|not allowed to import "pg"/) });
    expect(rules).toContain('no-restricted-imports');
    expect(rules.filter((rule) => rule === 'no-restricted-properties')).toHaveLength(2);
    expect(rules).toContain('no-restricted-syntax');
  });
});
