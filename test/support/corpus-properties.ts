import { defaultExtractorConfig, extractEntities } from '../../src/extract/index.js';
import { readCorpusText } from '../../src/ingest/index.js';
import { paperText, PapergraphError, type CorpusFormat } from '../../src/model/index.js';

export type ReaderOutcome = 'papers' | 'problems only' | 'papers and problems' | 'typed error';

/**
 * What a reader must do with any text: return papers and located problems, or throw one of
 * papergraph's typed errors; never anything else. Throws an Error describing a violation.
 */
export function checkReader(format: CorpusFormat, text: string): ReaderOutcome {
  let result;
  try {
    result = readCorpusText(text, `fuzz.${format}`, format);
  } catch (error) {
    if (error instanceof PapergraphError) return 'typed error';
    throw error;
  }
  const lines = text.split('\n').length;
  for (const issue of result.issues) {
    if (!Number.isInteger(issue.line) || issue.line < 0 || issue.line > lines)
      throw new Error(`problem outside the file: line ${issue.line} of ${lines}`);
  }
  for (const paper of result.papers) {
    if (!paper.title || !paper.abstract) throw new Error(`paper without title or abstract: ${JSON.stringify(paper)}`);
    if (paper.source.line < 1 || paper.source.line > lines) throw new Error(`paper line outside the file: ${paper.source.line}`);
  }
  if (result.issues.length === 0) return 'papers';
  return result.papers.length === 0 ? 'problems only' : 'papers and problems';
}

const config = defaultExtractorConfig();

/** The extractor never throws, and every offset it reports lies inside the text and spells its mention. */
export function checkExtractor(paper: { title: string; abstract: string }): number {
  const text = paperText(paper);
  const entities = extractEntities(paper, config);
  for (const e of entities) {
    const { start, end, mention, sentence } = e.evidence;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new Error(`offsets ${start}..${end} outside a text of ${text.length}: ${JSON.stringify(e)}`);
    }
    if (text.slice(start, end) !== mention) throw new Error(`mention ${JSON.stringify(mention)} is not the text at ${start}..${end}`);
    if (!text.includes(sentence)) throw new Error(`sentence not in the text: ${JSON.stringify(sentence)}`);
    if (!(e.confidence >= 0 && e.confidence <= 1)) throw new Error(`confidence ${e.confidence}`);
  }
  return entities.length;
}
