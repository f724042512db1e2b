export { readArxivAtom } from './arxiv-atom-reader.js';
export { readHfDaily } from './hf-daily-reader.js';
export { readJsonArray } from './json-array-reader.js';
export { readJsonLines } from './jsonl-reader.js';
export { arxivIdOf, stablePaperId } from './paper-id.js';
export { detectFormat, parseFormat, readCorpusText } from './read-corpus.js';
export { paperFromRecord } from './record-fields.js';
export type { ReadResult } from './reader.js';
