import {
  typedEntityKey,
  type EntityType,
  type ExtractedEntity,
  type ExtractedPaper,
  type MethodRole,
  type PaperMetadata,
  type RepoKind,
} from '../../src/model/index.js';

interface EntitySpec {
  type: EntityType;
  repoKind?: RepoKind;
  name: string;
  role?: MethodRole;
  aliases?: string[];
  confidence?: number;
}

/** A small extracted paper for store tests; entity mentions are placed in the abstract. */
export function paper(
  id: string,
  title: string,
  entities: EntitySpec[],
  extra: { published?: string; abstract?: string; url?: string; meta?: PaperMetadata } = {},
): ExtractedPaper {
  const abstract = extra.abstract ?? `We study ${entities.map((e) => e.name).join(', ')}.`;
  let cursor = 0;
  const text = `${title}\n\n${abstract}`;
  return {
    paper: {
      id,
      title,
      abstract,
      ...(extra.published ? { published: extra.published } : {}),
      ...(extra.url ? { url: extra.url } : {}),
      ...extra.meta,
      source: { format: 'jsonl', file: 'test', line: 1 },
    },
    entities: entities.map((e): ExtractedEntity => {
      const at = Math.max(text.indexOf(e.name, cursor), 0);
      cursor = at;
      return {
        type: e.type,
        name: e.name,
        key: typedEntityKey(e.type, e.name),
        aliases: e.aliases ?? [],
        evidence: { mention: e.name, start: at, end: at + e.name.length, sentence: abstract },
        confidence: e.confidence ?? 0.85,
        ...(e.type === 'method' ? { role: e.role ?? 'used' } : {}),
        ...(e.repoKind ? { repoKind: e.repoKind } : {}),
      };
    }),
  };
}

interface ResultSpec {
  benchmark: string;
  value: number;
  unit?: string;
  metric?: string;
  subject?: { type: 'model' | 'method'; name: string };
  condition?: string;
  isDelta?: boolean;
  bound?: 'lower' | 'upper';
  confidence?: number;
  mention?: string;
}

/** The paper with result statements; their references use the names of the paper's entities. */
export function withResults(p: ExtractedPaper, results: ResultSpec[]): ExtractedPaper {
  const text = `${p.paper.title}\n\n${p.paper.abstract}`;
  const ref = (type: EntityType, name: string) => ({ type, name, key: typedEntityKey(type, name) });
  return {
    ...p,
    results: results.map((r) => {
      const mention = r.mention ?? `${r.value}${r.unit ?? ''}`;
      const at = Math.max(text.indexOf(mention), 0);
      return {
        benchmark: ref('benchmark', r.benchmark),
        value: r.value,
        ...(r.unit ? { unit: r.unit } : {}),
        ...(r.metric ? { metric: ref('metric', r.metric) } : {}),
        ...(r.subject ? { subject: ref(r.subject.type, r.subject.name) } : {}),
        ...(r.condition ? { condition: r.condition } : {}),
        isDelta: r.isDelta ?? false,
        ...(r.bound ? { bound: r.bound } : {}),
        evidence: { mention, start: at, end: at + mention.length, sentence: p.paper.abstract },
        confidence: r.confidence ?? 0.8,
      };
    }),
  };
}
