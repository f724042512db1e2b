import type { Command } from 'commander';
import { defaultExtractorConfig } from '../../extract/index.js';
import { parseFormat } from '../../ingest/index.js';
import type { ExtractedPaper } from '../../model/index.js';
import { extractInParallel } from '../../parallel-extract.js';
import { extractPapers, PARALLEL_FROM, readCorpusFiles } from '../../pipeline.js';
import { stderrLogger } from '../logger.js';
import { confidence } from '../options.js';

interface ExtractFlags {
  jsonl?: boolean;
  format?: string;
  skipInvalid?: boolean;
  minConfidence: number;
}

/** The line format `../shared/eval/score-extraction.mjs` reads; keep it stable. */
export function toJsonLine({ paper, entities, results = [] }: ExtractedPaper): string {
  return JSON.stringify({
    id: paper.id,
    title: paper.title,
    entities: entities.map((e) => ({
      type: e.type,
      name: e.name,
      mention: e.evidence.mention,
      start: e.evidence.start,
      end: e.evidence.end,
      confidence: Number(e.confidence.toFixed(3)),
      ...(e.role ? { role: e.role } : {}),
    })),
    // The result-tuple scorer's format (scripts/eval-results.mjs).
    results: results.map((r) => ({
      benchmark: r.benchmark.name,
      value: r.value,
      unit: r.unit ?? null,
      metric: r.metric?.name ?? null,
      subject: r.subject?.name ?? null,
      ...(r.subject?.mention ? { subjectMention: r.subject.mention } : {}),
      ...(r.metric?.mention ? { metricMention: r.metric.mention } : {}),
      condition: r.condition ?? null,
      isDelta: r.isDelta,
      bound: r.bound ?? null,
      mention: r.evidence.mention,
      confidence: r.confidence,
    })),
  });
}

function toText({ paper, entities, results = [] }: ExtractedPaper): string {
  const lines = entities.map((e) => `  ${e.type.padEnd(9)} ${e.name}${e.role ? ` (${e.role})` : ''}  [${e.confidence.toFixed(2)}]`);
  for (const r of results) {
    const what = [r.subject?.name, r.metric?.name, r.condition].filter(Boolean).join(', ');
    lines.push(
      `  result    ${r.benchmark.name}: ${r.isDelta ? 'Δ ' : ''}${r.bound === 'lower' ? '≥' : r.bound === 'upper' ? '≤' : ''}${r.value}${r.unit ?? ''}${what ? ` (${what})` : ''}  [${r.confidence.toFixed(2)}]`,
    );
  }
  return [`${paper.title}`, ...lines, ''].join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the entities found in each paper of a file, without writing to the graph')
    .argument('<file>', 'a corpus file (any format ingest reads)')
    .option(
      '--jsonl',
      'one JSON object per paper: {id, title, entities: [{type, name, mention, start, end, confidence, role?}], results: [...]}',
    )
    .option('--format <format>', 'input format: hf-daily, jsonl, json, arxiv-atom')
    .option('--skip-invalid', 'extract the valid records of a file with problems')
    .option('--min-confidence <x>', 'drop entities below this confidence (0 to 1)', confidence, 0)
    .action(async (file: string, flags: ExtractFlags) => {
      const { papers } = await readCorpusFiles([file], {
        ...(flags.format ? { format: parseFormat(flags.format) } : {}),
        skipInvalid: flags.skipInvalid ?? false,
        logger: stderrLogger(true),
      });
      const format = flags.jsonl ? toJsonLine : toText;
      const extracted =
        papers.length >= PARALLEL_FROM
          ? await extractInParallel(papers, { minConfidence: flags.minConfidence })
          : extractPapers(papers, defaultExtractorConfig({ minConfidence: flags.minConfidence }));
      for (const paper of extracted) {
        process.stdout.write(`${format(paper)}\n`);
      }
    });
}
