import { describe, expect, it } from 'vitest';
import { depthNotice, opening, sameStart, selecting, shortTitle, urlOf, viewFromUrl } from './view-state.js';

describe('the view in the URL', () => {
  it.each([
    ['?type=benchmark&name=GSM8K&depth=1', { type: 'benchmark', name: 'GSM8K', depth: 1 }],
    ['?type=Method&name=repeated%20sampling', { type: 'method', name: 'repeated sampling', depth: 2 }],
    ['?id=arxiv%3A2407.21787&depth=3', { id: 'arxiv:2407.21787', depth: 3 }],
    ['?type=benchmark&name=GSM8K&depth=9', { type: 'benchmark', name: 'GSM8K', depth: 2 }],
    ['?type=dataset&name=GSM8K', { type: 'benchmark', name: 'GSM8K', depth: 2 }],
    ['?type=widget&name=GSM8K', { type: 'widget', name: 'GSM8K', depth: 2 }],
    ['?type=benchmark', undefined],
    ['', undefined],
  ])('reads %s', (search, view) => {
    expect(viewFromUrl(search)).toEqual(view);
  });

  it.each([
    ['?type=benchmark&name=GSM8K&depth=9', 'depth "9" is not 1, 2 or 3: showing depth 2'],
    ['?id=x&depth=two', 'depth "two" is not 1, 2 or 3: showing depth 2'],
    ['?id=x&depth=3', undefined],
    ['?id=x', undefined],
  ])('says when %s asks for a depth it does not draw', (search, notice) => {
    expect(depthNotice(search)).toBe(notice);
  });

  it('writes what it reads', () => {
    const view = { type: 'topic', name: 'Efficient attention & sequence models', depth: 2 };
    const url = urlOf(view);
    expect(url).toBe('/explore?type=topic&name=Efficient+attention+%26+sequence+models&depth=2');
    expect(viewFromUrl(url.slice(url.indexOf('?')))).toEqual(view);
  });

  it('keeps the nodes clicked open, in order, and the selected one', () => {
    const start = { type: 'benchmark', name: 'SWE-bench Lite', depth: 2 };
    const clicked = opening(opening(start, 'benchmark:gsm8k'), 'model:gpt4o');
    expect(clicked).toEqual({ ...start, expanded: ['benchmark:gsm8k', 'model:gpt4o'], selected: 'model:gpt4o' });
    // Clicking an opened node again selects it without opening it twice.
    const again = opening(clicked, 'benchmark:gsm8k');
    expect(again).toEqual({ ...start, expanded: ['benchmark:gsm8k', 'model:gpt4o'], selected: 'benchmark:gsm8k' });
    const url = urlOf(again);
    expect(url).toBe(
      '/explore?type=benchmark&name=SWE-bench+Lite&depth=2&expand=benchmark%3Agsm8k&expand=model%3Agpt4o&select=benchmark%3Agsm8k',
    );
    expect(viewFromUrl(url.slice(url.indexOf('?')))).toEqual(again);
    expect(sameStart(start, again)).toBe(true);
    expect(sameStart(start, { ...start, depth: 1 })).toBe(false);
    expect(sameStart({ id: 'p1', depth: 2 }, start)).toBe(false);
  });

  it('keeps the highlighted range of a selected paper, and drops it when another node is opened or selected', () => {
    const start = { type: 'benchmark', name: 'SWE-bench Lite', depth: 2 };
    const focused = selecting(start, 'arxiv:2407.21787', { start: 120, end: 190 });
    const url = urlOf(focused);
    expect(url).toBe('/explore?type=benchmark&name=SWE-bench+Lite&depth=2&select=arxiv%3A2407.21787&focus=120-190');
    expect(viewFromUrl(url.slice(url.indexOf('?')))).toEqual(focused);
    expect(opening(focused, 'model:gpt4o').focus).toBeUndefined();
    expect(selecting(focused, 'model:gpt4o').focus).toBeUndefined();
    for (const bad of ['190-120', '5-5', 'x-9', '12'])
      expect(viewFromUrl(`?type=benchmark&name=GSM8K&focus=${bad}`)).toEqual({ type: 'benchmark', name: 'GSM8K', depth: 2 });
  });
});

describe('short paper titles for node labels', () => {
  it.each([
    ['Large Language Monkeys: Scaling Inference Compute with Repeated Sampling', 'Large Language Monkeys'],
    ['Are Transformers Effective for Time Series Forecasting?', 'Are Transformers Effective for…'],
    ['Mamba', 'Mamba'],
    ['Sparse Modular Activation for Efficient Sequence Modeling', 'Sparse Modular Activation for…'],
  ])('%s → %s', (title, short) => {
    expect(shortTitle(title)).toBe(short);
  });
});
