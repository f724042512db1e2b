// Role (proposed / used) accuracy on matched methods: a predicted method matched one-to-one to a gold
// method with a role by the scorer's normalised forms.
import { readFileSync } from 'node:fs';
import type { ExtractedEntity, MethodRole } from '../src/model/index.js';

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
const titleKey = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();

export interface RoleScore {
  readonly right: number;
  readonly matched: number;
}

interface GoldMethods {
  title: string;
  methods?: { name: string; mention?: string; aliases?: string[]; role?: string }[];
}

/** The predicted methods of one paper matched to its gold methods that have a role, with the gold role. */
export function matchedRoles(goldLine: string, entities: readonly ExtractedEntity[]): { entity: ExtractedEntity; gold: MethodRole }[] {
  const g = JSON.parse(goldLine) as GoldMethods;
  const predicted = entities.filter((e) => e.type === 'method');
  const used = new Set<number>();
  const pairs: { entity: ExtractedEntity; gold: MethodRole }[] = [];
  for (const m of g.methods ?? []) {
    if (m.role !== 'proposed' && m.role !== 'used') continue;
    const forms = new Set([m.name, m.mention ?? '', ...(m.aliases ?? [])].map(norm).filter(Boolean));
    const at = predicted.findIndex((p, i) => !used.has(i) && (forms.has(norm(p.name)) || forms.has(norm(p.evidence.mention))));
    if (at < 0) continue;
    used.add(at);
    pairs.push({ entity: predicted[at]!, gold: m.role });
  }
  return pairs;
}

export function roleScore(goldPath: string, extracted: readonly { title: string; entities: readonly ExtractedEntity[] }[]): RoleScore {
  const byTitle = new Map(extracted.map((p) => [titleKey(p.title), p.entities]));
  let matched = 0;
  let right = 0;
  for (const line of readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const pairs = matchedRoles(line, byTitle.get(titleKey((JSON.parse(line) as GoldMethods).title)) ?? []);
    matched += pairs.length;
    right += pairs.filter((p) => p.entity.role === p.gold).length;
  }
  return { right, matched };
}

export const formatRoleScore = ({ right, matched }: RoleScore): string =>
  `role accuracy on matched methods: ${(right / Math.max(1, matched)).toFixed(3)} (${right} of ${matched})`;
