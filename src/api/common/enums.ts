import { registerEnumType } from 'type-graphql';
import type { EntityType } from '../../model/index.js';

export enum EntityKind {
  METHOD = 'method',
  BENCHMARK = 'benchmark',
  MODEL = 'model',
  TASK = 'task',
  METRIC = 'metric',
  REPO = 'repo',
  TOPIC = 'topic',
}
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What an entity is: a method, benchmark (dataset), model, task, metric, code or project link, or a broad topic.',
});

export enum EntityOrderBy {
  PAPER_COUNT = 'PAPER_COUNT',
  NAME = 'NAME',
}
registerEnumType(EntityOrderBy, { name: 'EntityOrderBy', description: 'How entity lists are sorted: most papers first, or by name.' });

export function toEntityType(kind: EntityKind): EntityType {
  return kind as EntityType;
}
