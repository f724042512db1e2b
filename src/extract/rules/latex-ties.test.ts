import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from '../index.js';
import { preparePaperText } from '../paper-text.js';
import { latexTies } from './latex-ties.js';

const tied = (text: string): string[] => latexTies(text).map((s) => text.slice(s.start, s.end));

describe('LaTeX ties', () => {
  it('finds a tie glued between two words, and leaves "about" and the accent alone', () => {
    expect(tied('Claude~Sonnet~4.5 and DR.~GRPO')).toEqual(['~', '~', '~']);
    expect(tied('BERT~\\cite{devlin} and $60$~FPS')).toEqual(['~', '~']);
    expect(tied('gains of (~80%) and ~5x, by Pe\\~na')).toEqual([]);
    expect(tied('a list 2:~~~ ends')).toEqual([]);
  });

  it('reads a tied name across the tie, keeping the mention as written', () => {
    const paper = { title: 'A study', abstract: 'We evaluate Claude~Sonnet~4.5 and Llama~3.1~8B on SWE-bench~Verified.' };
    expect(preparePaperText(paper).masked).toContain('Claude Sonnet 4.5 and Llama 3.1 8B on SWE-bench Verified.');
    const found = extractEntities(paper, defaultExtractorConfig()).filter((e) => e.type !== 'topic');
    expect(found.map((e) => [e.type, e.name, e.evidence.mention])).toEqual(
      expect.arrayContaining([
        ['model', 'Claude Sonnet 4.5', 'Claude~Sonnet~4.5'],
        ['model', 'Llama 3.1 8B', 'Llama~3.1~8B'],
        ['benchmark', 'SWE-bench Verified', 'SWE-bench~Verified'],
      ]),
    );
  });
});
