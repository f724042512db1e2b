import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { BRIDGE_LIMIT, bridgesThrough } from './bridges.js';

function graphOf(edges: [string, string][], kinds: Record<string, string>): DirectedGraph {
  const graph = new DirectedGraph();
  for (const [node, kind] of Object.entries(kinds)) graph.addNode(node, { kind });
  for (const [source, target] of edges) graph.addDirectedEdge(source, target);
  return graph;
}

const hiddenPapers = (graph: DirectedGraph) => (node: string) => graph.getNodeAttribute(node, 'kind') === 'paper';

describe('bridgesThrough', () => {
  it('links the entities a hidden paper mentions together, once a pair, counting the papers they share', () => {
    const graph = graphOf(
      [
        ['p1', 'gsm8k'],
        ['p1', 'cot'],
        ['p1', 'accuracy'],
        ['p2', 'gsm8k'],
        ['p2', 'cot'],
      ],
      { p1: 'paper', p2: 'paper', gsm8k: 'benchmark', cot: 'method', accuracy: 'metric' },
    );
    const bridges = bridgesThrough(graph, hiddenPapers(graph));
    expect([...bridges.keys()].sort()).toEqual(['accuracy|cot', 'accuracy|gsm8k', 'cot|gsm8k']);
    expect(bridges.get('cot|gsm8k')).toEqual({ source: 'cot', target: 'gsm8k', via: 2, label: '2 papers in common' });
    expect(bridges.get('accuracy|cot')?.label).toBe('1 paper in common');
  });

  it('draws no bridge beside an edge, none through a visible node, and none through a hub', () => {
    const hub = Array.from({ length: BRIDGE_LIMIT + 1 }, (_, i) => `m${i}`);
    const graph = graphOf([['p1', 'a'], ['p1', 'b'], ['a', 'b'], ['t', 'a'], ['t', 'c'], ...hub.map((m): [string, string] => ['big', m])], {
      p1: 'paper',
      a: 'method',
      b: 'method',
      c: 'method',
      t: 'topic',
      big: 'paper',
      ...Object.fromEntries(hub.map((m) => [m, 'method'])),
    });
    expect(bridgesThrough(graph, hiddenPapers(graph)).size).toBe(0);
  });
});
