import { describe, expect, it } from 'vitest';
import { shortTitle, urlOf, viewFromUrl } from './view-state.js';

describe('the view in the URL', () => {
  it.each([
    ['?type=benchmark&name=GSM8K&depth=1', { type: 'benchmark', name: 'GSM8K', depth: 1 }],
    ['?type=Method&name=repeated%20sampling', { type: 'method', name: 'repeated sampling', depth: 2 }],
    ['?id=arxiv%3A2407.21787&depth=3', { id: 'arxiv:2407.21787', depth: 3 }],
    ['?type=benchmark&name=GSM8K&depth=9', { type: 'benchmark', name: 'GSM8K', depth: 2 }],
    ['?type=benchmark', undefined],
    ['', undefined],
  ])('reads %s', (search, view) => {
    expect(viewFromUrl(search)).toEqual(view);
  });

  it('writes what it reads', () => {
    const view = { type: 'topic', name: 'Efficient attention & sequence models', depth: 2 };
    const url = urlOf(view);
    expect(url).toBe('/explore?type=topic&name=Efficient+attention+%26+sequence+models&depth=2');
    expect(viewFromUrl(url.slice(url.indexOf('?')))).toEqual(view);
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
