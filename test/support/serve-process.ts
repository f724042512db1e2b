import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { CLI } from './cli.js';

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  /** The GraphQL URL the server printed. */
  url: string;
  /** Everything the process has written so far. */
  output: () => { stdout: string; stderr: string };
}

/** Starts the real `papergraph serve` and waits for the URL it prints. */
export async function startServe(args: string[], env: NodeJS.ProcessEnv): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...CLI, 'serve', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /✓ papergraph API at (http:\/\/\S+\/graphql)/.exec(stdout);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, output: () => ({ stdout, stderr }) };
}
