import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parentOf(pid: number): number | null {
  try {
    const match = /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(`Another running Emporium (pid ${pid}) is using the embedded database in ${dataDir}; stop it first or set EMBEDDED_PG_DIR`);
    this.name = 'DataDirInUseError';
  }
}

/**
 * An API process killed with SIGKILL cannot stop its embedded PostgreSQL, which then keeps the data folder locked
 * and the next start fails. A server whose parent Node process is gone is such an orphan: stop it (fast shutdown,
 * no data loss). A server whose parent is alive belongs to another running instance: refuse, with a clear message.
 */
export async function stopOrphanedPostgres(dataDir: string, log?: (message: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const parent = parentOf(pid);
  if (parent !== null && parent > 1 && /\bnode\b/.test(commandOf(parent))) throw new DataDirInUseError(dataDir, parent);

  log?.(`stopping PostgreSQL pid ${pid}, orphaned on ${dataDir} by an earlier run`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL pid ${pid} on ${dataDir} did not stop; stop it by hand`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
