// Extractor output in the shared scorer's prediction format, and the scorer's figures for it; shared by
// the evaluation, ablation and tuning scripts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { ExtractedEntity } from '../src/model/index.js';

export const SCORER = '../shared/eval/score-extraction.mjs';

export interface ExtractedTitle {
  readonly title: string;
  readonly entities: readonly ExtractedEntity[];
}

export interface Tally {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

/** Writes one prediction line per paper (with method roles when `roles`). */
export function writePredictions(path: string, extracted: readonly ExtractedTitle[], roles = false): void {
  const lines = extracted.map((p) =>
    JSON.stringify({
      title: p.title,
      entities: p.entities.map((e) => ({
        type: e.type,
        name: e.name,
        mention: e.evidence.mention,
        ...(roles && e.role ? { role: e.role } : {}),
      })),
    }),
  );
  writeFileSync(path, lines.join('\n') + '\n');
}

/** The scorer's per-type figures (`--json`) for a prediction file against a gold file. */
export function scorePredictions(gold: string, pred: string): Record<string, Tally> {
  const run = spawnSync(process.execPath, [SCORER, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, Tally>;
}
