import type { EntityLinkSummary } from '../../graph/index.js';
import { arxivLinks, type Evidence, type EntityNode, type PaperNode } from '../../model/index.js';
import { Entity } from '../entity/entity.type.js';
import { LinkedEntity } from '../entity/linked-entity.type.js';
import { Paper } from '../paper/paper.type.js';
import type { EntityKind } from './enums.js';

export function toEntity(node: EntityNode): Entity {
  return Object.assign(new Entity(), {
    id: node.id,
    type: node.type as EntityKind,
    name: node.name,
    aliases: [...node.aliases],
    paperCount: node.paperCount,
    ...(node.repoKind ? { repoKind: node.repoKind } : {}),
  });
}

export function toPaper(node: PaperNode): Paper {
  return Object.assign(new Paper(), node, {
    authors: [...(node.authors ?? [])],
    categories: [...(node.categories ?? [])],
    ...(node.published ? { year: Number(node.published.slice(0, 4)) } : {}),
    ...(node.arxivId ? arxivLinks(node.arxivId) : {}),
  });
}

/** A link as a paper's entity list shows it; without evidence when the selection did not ask for it. */
export function toLinkedEntity(link: EntityLinkSummary & { readonly evidence?: Evidence }): LinkedEntity {
  const entity = toEntity(link.entity);
  return Object.assign(new LinkedEntity(), {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    paperCount: entity.paperCount,
    confidence: link.confidence,
    ...(link.role ? { role: link.role } : {}),
    ...(link.evidence ? { evidence: { ...link.evidence } } : {}),
    entity,
  });
}
