import { entityNodeId, typedEntityKey, NotFoundError, type Override } from '../../model/index.js';
import { mergeAliasNames } from '../write-plan.js';
import type { EntityAttributes, LinkAttributes, PaperGraph } from './memory-graph.js';

/**
 * Makes a hand fix in the in-process graph: the same changes the Neo4j store's statements make.
 * Checks everything before the first change, so a refused fix changes nothing.
 */
export function applyOverrideToGraph(graph: PaperGraph, aliases: Map<string, string>, o: Override): void {
  const entity = (id: string): EntityAttributes => {
    const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
    if (a?.kind !== 'entity') throw new NotFoundError(`no entity with id ${JSON.stringify(id)}`);
    return a;
  };
  switch (o.op) {
    case 'hide': {
      entity(o.entity.id);
      repointResults(graph, o.entity.id, undefined);
      dropEntity(graph, aliases, o.entity.id);
      return;
    }
    case 'rename':
    case 'alias': {
      const current = entity(o.entity.id);
      const name = o.op === 'rename' ? o.to : current.name;
      const added = o.op === 'rename' ? [current.name] : [o.alias];
      const kept = current.aliases.filter((a) => a.toLowerCase() !== name.toLowerCase());
      graph.replaceNodeAttributes(o.entity.id, { ...current, name, aliases: mergeAliasNames(name, kept, added) });
      const aliasId = entityNodeId(o.entity.type, typedEntityKey(o.entity.type, o.op === 'rename' ? o.to : o.alias));
      const claimed = aliases.get(aliasId);
      if (!graph.hasNode(aliasId) && (claimed === undefined || !graph.hasNode(claimed))) aliases.set(aliasId, o.entity.id);
      return;
    }
    case 'merge': {
      const from = entity(o.from.id);
      const into = entity(o.into.id);
      const moved: [string, LinkAttributes][] = [];
      graph.forEachInEdge(o.from.id, (link, paper) => {
        if (!graph.hasEdge(paper, o.into.id)) moved.push([paper, link]);
      });
      for (const [paper, link] of moved) graph.addDirectedEdge(paper, o.into.id, link);
      repointResults(graph, o.from.id, { id: o.into.id, name: into.name });
      graph.replaceNodeAttributes(o.into.id, { ...into, aliases: mergeAliasNames(into.name, into.aliases, [from.name, ...from.aliases]) });
      for (const [alias, target] of aliases) if (target === o.from.id) aliases.set(alias, o.into.id);
      aliases.set(o.from.id, o.into.id);
      graph.dropNode(o.from.id);
      return;
    }
  }
}

/**
 * The results of the papers linked to `from` that point to it, pointed to `into` under its name;
 * without `into` (a hide) the results on it go and the others forget it, as the Neo4j store's
 * statements do and as a re-ingest under the fix writes them.
 */
function repointResults(graph: PaperGraph, from: string, into: { id: string; name: string } | undefined): void {
  const papers: string[] = [];
  graph.forEachInNeighbor(from, (paper) => void papers.push(paper));
  for (const paper of papers) {
    const a = graph.getNodeAttributes(paper);
    if (a.kind !== 'paper' || !a.results?.some((r) => r.benchmarkId === from || r.metricId === from || r.subjectId === from)) continue;
    const results = a.results
      .filter((r) => into !== undefined || r.benchmarkId !== from)
      .map((r) => ({
        ...r,
        ...(r.benchmarkId === from ? { benchmarkId: into!.id } : {}),
        ...(r.metricId === from ? { metricId: into?.id ?? null, metric: into?.name ?? null } : {}),
        ...(r.subjectId === from ? { subjectId: into?.id ?? null, subject: into?.name ?? null } : {}),
      }));
    graph.replaceNodeAttributes(paper, { ...a, results });
  }
}

function dropEntity(graph: PaperGraph, aliases: Map<string, string>, id: string): void {
  graph.dropNode(id);
  for (const [alias, target] of aliases) if (target === id) aliases.delete(alias);
}
