import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const fixture = 'test/fixtures/results-scorer';

function score(gold: string, pred: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['scripts/eval-results.mjs', '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, number>;
}

describe('eval-results scorer', () => {
  it('matches by benchmark alias and numeric value, one to one, ignoring optional gold', () => {
    // a: 56 via alias "swe-bench" matches; 7 on GSM8K hits optional gold (ignored); 15.9 on MATH is a
    // false positive and SWE-bench Lite 15.9 is missed. b: found by title, LRA is an alias.
    const s = score(`${fixture}/gold.jsonl`, `${fixture}/pred.jsonl`);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1, subjectAccuracy: 1, metricAccuracy: 0.5, isDeltaAgreement: 0.5 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
  });

  it('scores gold against itself as perfect', () => {
    const s = score(`${fixture}/gold.jsonl`, `${fixture}/gold.jsonl`);
    expect(s).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, subjectAccuracy: 1, metricAccuracy: 1 });
  });
});
