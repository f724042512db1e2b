import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let bundle: Promise<string> | undefined;

/**
 * The viewer's browser bundle: dist/viewer/viewer.js from `npm run build`, or, when the server
 * runs from TypeScript sources (tests, tsx), bundled in memory once with esbuild.
 */
export function viewerBundle(): Promise<string> {
  bundle ??= readFile(new URL('../../viewer/viewer.js', import.meta.url), 'utf8').catch(() => bundleFromSources());
  return bundle;
}

export async function bundleFromSources(outfile?: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/main.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: outfile !== undefined,
    ...(outfile ? { outfile } : {}),
    logLevel: 'warning',
  });
  return outfile ? readFile(outfile, 'utf8') : result.outputFiles![0]!.text;
}
