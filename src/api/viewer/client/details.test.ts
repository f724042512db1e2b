import { describe, expect, it } from 'vitest';
import type { Mention, PaperDetails } from './api.js';
import { highlightAbstract } from './details.js';

const title = 'MoM: Linear Sequence Modeling with Mixture-of-Memories';
const abstract = 'Linear attention is fast. We propose Mixture-of-Memories (MoM), which keeps several memory states.';
const at = (text: string, form: string, offset: number): Mention['evidence'] => {
  const start = offset + text.indexOf(form);
  return { start, end: start + form.length, mention: form };
};
const paper = (entities: Mention[]): PaperDetails => ({
  id: 'p',
  title,
  abstract,
  url: null,
  published: null,
  entities,
  topics: [],
  results: [],
});
const marks = (html: string) => [...html.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);

describe('the abstract of a paper panel', () => {
  const shift = title.length + 2;
  it('highlights each mention at its evidence', () => {
    const html = highlightAbstract(
      paper([{ name: 'linear attention', type: 'METHOD', evidence: at(abstract, 'Linear attention', shift) }]),
    );
    expect(marks(html)).toEqual(['Linear attention']);
  });

  it('highlights an entity whose evidence is in the title where the abstract writes its mention, else its name', () => {
    const html = highlightAbstract(
      paper([
        { name: 'Mixture-of-Memories', type: 'METHOD', evidence: at(title, 'MoM', 0) },
        { name: 'memory states', type: 'METHOD', evidence: { start: 0, end: 3, mention: 'multi-state memory' } },
        { name: 'linear sequence modeling', type: 'TASK', evidence: at(title, 'Linear Sequence Modeling', 0) },
      ]),
    );
    // MoM by its mention, the second by its name; the task is not written in the abstract.
    expect(marks(html)).toEqual(['MoM', 'memory states']);
  });
});
