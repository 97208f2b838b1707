import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface StandInProcess {
  /** The URL it printed (`… listening on http://…`). */
  url: string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL if it still runs: for `finally`. */
  kill(): void;
}

/** Runs a stand-in's `main.ts` under tsx with `env` added, and waits until it prints the URL it listens on. */
export async function startStandInProcess(main: string, env: Record<string, string>): Promise<StandInProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const kill = () => void (child.exitCode === null && child.kill('SIGKILL'));
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    return {
      url,
      async stop() {
        child.kill('SIGTERM');
        const [code] = (await once(child, 'exit')) as [number | null];
        return code;
      },
      kill,
    };
  } catch (error) {
    kill();
    throw error;
  }
}
