export { readArxivAtom } from './arxiv-atom-reader.js';
export { readHfDaily } from './hf-daily-reader.js';
export { readJsonArray } from './json-array-reader.js';
export { readJsonLines } from './jsonl-reader.js';
export { arxivIdOf, paperIdentity, stablePaperId } from './paper-id.js';
export { detectFormat, parseFormat, readCorpusText } from './read-corpus.js';
export { isoDate } from './reader.js';
export type { ReaderOptions, ReadResult } from './reader.js';
