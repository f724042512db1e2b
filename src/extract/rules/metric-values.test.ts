import { describe, expect, it } from 'vitest';
import { typedEntityKey, type EntityType } from '../../model/index.js';
import { candidate, type Candidate } from '../candidate.js';
import { withoutStatedValue } from './metric-values.js';

const claim = (text: string, surface: string, name: string = surface.toLowerCase(), type: EntityType = 'metric'): Candidate => {
  const start = text.indexOf(surface);
  return candidate({ type, name, key: typedEntityKey(type, name), start, end: start + surface.length, confidence: 0.58, rule: 'tagger' });
};

describe('a measure claimed with the value the paper states for it', () => {
  it('is the measure alone, its span cut where the value is plain text', () => {
    const text = "Rankings agree with humans (Kendall's W ≥ 0.90) and the gap shrinks (δFID=0.10).";
    const kendall = withoutStatedValue(claim(text, "Kendall's W ≥ 0.90"), text);
    expect([kendall.name, text.slice(kendall.start, kendall.end)]).toEqual(["kendall's w", "Kendall's W"]);
    expect(kendall.key).toBe(typedEntityKey('metric', "kendall's w"));
    const delta = withoutStatedValue(claim(text, 'δFID=0.10'), text);
    expect([delta.name, text.slice(delta.start, delta.end)]).toEqual(['δfid', 'δFID']);
  });

  it('reads the value in the name a formula gave ("$R^2 = 0.91$" read as "r² = 0.91") and keeps the formula as the span', () => {
    const text = 'Scores correlate with ratings ($R^2 = 0.91$).';
    const formula = claim(text, '$R^2 = 0.91$', 'r² = 0.91');
    const found = withoutStatedValue(formula, text);
    expect([found.name, found.start, found.end]).toEqual(['r²', formula.start, formula.end]);
    const spearman = "Rankings agree (Spearman's $\\rho = 0.739$).";
    const named = withoutStatedValue(claim(spearman, "Spearman's $\\rho = 0.739$", "spearman's ρ = 0.739"), spearman);
    expect([named.name, spearman.slice(named.start, named.end)]).toEqual(["spearman's ρ", "Spearman's"]);
  });

  it('leaves measures without a value, values alone and other types alone', () => {
    const text = 'We report accuracy, = 0.5 and Model-7 = 3 layers.';
    const accuracy = claim(text, 'accuracy');
    expect(withoutStatedValue(accuracy, text)).toBe(accuracy);
    const bare = claim(text, '= 0.5');
    expect(withoutStatedValue(bare, text)).toBe(bare);
    const model = claim(text, 'Model-7 = 3', 'Model-7 = 3', 'model');
    expect(withoutStatedValue(model, text)).toBe(model);
  });
});
