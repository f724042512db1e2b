/**
 * How far a search counts its matches: a common word matches tens of thousands of papers, and
 * counting them all cost Neo4j several times what ranking the page does ("language model", 36,388
 * matches at 121k papers: ~150 ms of CPU counted, ~65 ms up to this limit).
 */
export const SEARCH_COUNT_LIMIT = 1000;
