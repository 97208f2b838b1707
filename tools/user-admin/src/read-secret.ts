import { createInterface } from 'node:readline';

/**
 * One line from standard input. At a terminal the prompt is shown and the typed characters are not echoed; piped
 * input (`printf '%s\n' "$PW" | npm run create-admin …`) is read as is.
 */
export async function readSecret(prompt: string): Promise<string> {
  const terminal = process.stdin.isTTY === true;
  const output = terminal ? process.stderr : undefined;
  if (terminal) process.stderr.write(prompt);
  const reader = createInterface({ input: process.stdin, output, terminal });
  if (terminal) {
    // Mute the echo: readline writes through _writeToOutput, which is the documented way round it.
    (reader as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  }
  try {
    for await (const line of reader) return line;
    return '';
  } finally {
    reader.close();
    if (terminal) process.stderr.write('\n');
  }
}
