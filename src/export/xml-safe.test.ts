import { XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../model/index.js';
import { exportSubgraph } from './formats.js';

const title = 'Nul\u0000 bell\u0007 escape\u001b[31m lone\uD800 surrogate & <tags>';
const subgraph: Subgraph = {
  nodes: [
    { id: 'paper:p1', label: title, type: 'paper', size: 1, properties: { abstract: `Form feed\u000c here ${title}` } },
    { id: 'benchmark:gsm8k', label: 'GSM8K', type: 'benchmark', size: 1, properties: {} },
  ],
  edges: [{ id: 'e1', source: 'paper:p1', target: 'benchmark:gsm8k', type: 'EVALUATES_ON', weight: 0.9 }],
  truncated: false,
};

describe('XML exports of text with characters XML cannot hold', () => {
  it.each([
    ['graphml', parseGraphml],
    ['gexf', parseGexf],
  ] as const)('%s is well-formed and its reader reads the title back with U+FFFD in their place', (format, parse) => {
    const xml = exportSubgraph(subgraph, format);
    expect(XMLValidator.validate(xml)).toBe(true);
    const graph = parse(MultiDirectedGraph, xml);
    expect(graph.getNodeAttribute('paper:p1', 'label')).toBe('Nul\uFFFD bell\uFFFD escape\uFFFD[31m lone\uFFFD surrogate & <tags>');
  });
});
