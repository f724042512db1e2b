import type Graph from 'graphology';
import { plural } from '../../../model/plural.js';

/** A hidden node with more visible neighbours than this is not bridged: a hub would draw a clique of them. */
export const BRIDGE_LIMIT = 24;

/** A link drawn between two visible nodes that hidden nodes both connect to. */
export interface Bridge {
  readonly source: string;
  readonly target: string;
  /** How many hidden nodes link the two. */
  readonly via: number;
  readonly label: string;
}

/**
 * The links through hidden nodes: unticking papers leaves the entities they joined, and each pair of them a
 * paper mentions together is linked, once however many papers they share (counted in `via`), unless an edge
 * already joins them. Keyed `source|target`, the pair in id order.
 */
export function bridgesThrough(graph: Graph, isHidden: (node: string) => boolean): Map<string, Bridge> {
  const found = new Map<string, { source: string; target: string; via: number; kinds: Set<string> }>();
  graph.forEachNode((node, attributes) => {
    if (!isHidden(node)) return;
    const visible = graph.neighbors(node).filter((n) => !isHidden(n));
    if (visible.length < 2 || visible.length > BRIDGE_LIMIT) return;
    visible.sort();
    for (let i = 0; i < visible.length; i++) {
      for (let j = i + 1; j < visible.length; j++) {
        const [source, target] = [visible[i]!, visible[j]!];
        if (graph.areNeighbors(source, target)) continue;
        const key = `${source}|${target}`;
        const bridge = found.get(key) ?? { source, target, via: 0, kinds: new Set<string>() };
        bridge.via++;
        bridge.kinds.add(String(attributes['kind'] ?? 'node'));
        found.set(key, bridge);
      }
    }
  });
  return new Map(
    [...found].map(([key, { source, target, via, kinds }]) => {
      const kind = kinds.size === 1 ? [...kinds][0]! : 'hidden node';
      return [key, { source, target, via, label: `${plural(via, kind)} in common` }];
    }),
  );
}
