#!/usr/bin/env node
// `npm run docs:config`: rewrites the configuration reference in docs/operations.md (the table between the
// config-reference markers) from configSchema in libs/platform/config, leaving the rest of the file alone.
// `npm run docs:config -- --check` only reports whether it is current (exit 1 when not).
// Runs under tsx (see package.json), which loads the config lib's TypeScript.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CONFIG_REFERENCE_COMMAND, withConfigReference } from '@emporium/platform-config';
import { root } from './run.mjs';

const path = resolve(root, 'docs/operations.md');
const current = await readFile(path, 'utf8');
const updated = withConfigReference(current);

if (process.argv.includes('--check')) {
  if (updated !== current) {
    process.stderr.write(`docs/operations.md's configuration reference is out of date: run ${CONFIG_REFERENCE_COMMAND}\n`);
    process.exit(1);
  }
  process.stdout.write('docs/operations.md: configuration reference is current\n');
} else if (updated === current) {
  process.stdout.write('docs/operations.md: configuration reference already current\n');
} else {
  await writeFile(path, updated);
  process.stdout.write('docs/operations.md: configuration reference rewritten\n');
}
