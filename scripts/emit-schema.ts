// Writes schema/schema.graphql from the resolver classes. Run: npm run schema
import { writeFile } from 'node:fs/promises';
import { printPapergraphSchema } from '../src/api/index.js';

const target = new URL('../schema/schema.graphql', import.meta.url);
await writeFile(target, await printPapergraphSchema());
process.stdout.write(`wrote ${target.pathname}\n`);
