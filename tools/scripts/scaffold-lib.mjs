#!/usr/bin/env node
// Creates the config files of a new workspace library: `node tools/scripts/scaffold-lib.mjs libs/catalog/domain catalog-domain type:domain,scope:catalog [--react] [--node]`
// The shape follows Nx's TypeScript project-references layout; run `npx nx sync` afterwards.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dir, name, tagList, ...flags] = process.argv.slice(2);
if (!dir || !name || !tagList) {
  console.error('usage: scaffold-lib.mjs <dir> <name> <tag,tag> [--react] [--node]');
  process.exit(1);
}
const react = flags.includes('--react');
const node = flags.includes('--node') || react === false && !tagList.includes('type:domain');
const root = relative(dir, '.') || '.';
const write = (file, content) => {
  const path = join(dir, file);
  if (existsSync(path)) return;
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
};
const ext = react ? 'tsx' : 'ts';
const libTypes = react ? ['node'] : node ? ['node'] : [];
const compilerExtras = react ? { jsx: 'react-jsx', lib: ['es2023', 'dom', 'dom.iterable'] } : {};

write('package.json', {
  name: `@emporium/${name}`,
  version: '0.0.0',
  private: true,
  type: 'module',
  exports: { '.': { types: './src/index.ts', default: './src/index.ts' }, './package.json': './package.json' },
  nx: { name, tags: tagList.split(',') },
});
write('tsconfig.json', {
  extends: `${root}/tsconfig.base.json`,
  files: [],
  include: [],
  references: [{ path: './tsconfig.lib.json' }, { path: './tsconfig.spec.json' }],
});
const specGlobs = ['src/**/*.spec.ts', 'src/**/*.spec.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'];
write('tsconfig.lib.json', {
  extends: `${root}/tsconfig.base.json`,
  compilerOptions: { rootDir: 'src', outDir: 'out-tsc/lib', tsBuildInfoFile: 'out-tsc/lib.tsbuildinfo', types: libTypes, ...compilerExtras },
  include: ['src/**/*.ts', 'src/**/*.tsx'],
  exclude: specGlobs,
  references: [],
});
write('tsconfig.spec.json', {
  extends: `${root}/tsconfig.base.json`,
  compilerOptions: { outDir: 'out-tsc/spec', tsBuildInfoFile: 'out-tsc/spec.tsbuildinfo', types: ['node', 'vitest/globals'], ...compilerExtras },
  include: ['vitest.config.mts', ...specGlobs],
  references: [{ path: './tsconfig.lib.json' }],
});
write('vitest.config.mts', `import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '${root}/node_modules/.vite/${dir}',
  test: {
    name: '${name}',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.${react ? '{ts,tsx}' : 'ts'}'],
  },
});
`);
write('eslint.config.mjs', `import baseConfig from '${root}/eslint.config.mjs';

export default [...baseConfig];
`);
write(`src/index.${'ts'}`, '');
console.log(`scaffolded ${dir} (${name}) .${ext}`);
