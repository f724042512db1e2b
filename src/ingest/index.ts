export { readArxivAtom } from './arxiv-atom-reader.js';
export { readHfDaily } from './hf-daily-reader.js';
export { readJsonArray } from './json-array-reader.js';
export { readJsonLine, readJsonLines } from './jsonl-reader.js';
export { arxivIdOf, stablePaperId } from './paper-id.js';
export { detectFormat, parseFormat, readCorpusText } from './read-corpus.js';
export { MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS } from './record-limits.js';
export { paperFromRecord } from './record-fields.js';
export type { ReadItem, ReadResult } from './reader.js';
