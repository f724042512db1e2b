import { execFile } from 'node:child_process';

/**
 * The arguments of node that run the real command: the build in dist/, kept current with the sources by
 * the suite's global setup (test/support/built-cli.ts).
 */
export const CLI = ['dist/cli/main.js'] as const;

/** Runs the real command on the in-process store, with optional stdin. */
export function papergraph(
  args: readonly string[],
  stdin?: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...CLI, ...args],
      { env: { ...process.env, NEO4J_URI: '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}
