// Bundles the viewer (src/api/viewer/client) into dist/viewer/viewer.js; part of `npm run build`.
import { bundleFromSources } from '../src/api/viewer/viewer-bundle.js';

const outfile = new URL('../dist/viewer/viewer.js', import.meta.url).pathname;
const code = await bundleFromSources(outfile);
process.stdout.write(`wrote ${outfile} (${(code.length / 1024).toFixed(0)} KiB)\n`);
