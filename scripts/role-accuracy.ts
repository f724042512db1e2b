// Role (proposed / used) accuracy on matched methods: a predicted method matched one-to-one to a gold
// method with a role by the scorer's normalised forms.
import { readFileSync } from 'node:fs';
import type { ExtractedEntity } from '../src/model/index.js';

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

export function roleScore(goldPath: string, extracted: readonly { title: string; entities: readonly ExtractedEntity[] }[]): RoleScore {
  const byTitle = new Map(extracted.map((p) => [titleKey(p.title), p.entities]));
  let matched = 0;
  let right = 0;
  for (const line of readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const g = JSON.parse(line) as { title: string; methods?: { name: string; mention?: string; aliases?: string[]; role?: string }[] };
    const predicted = (byTitle.get(titleKey(g.title)) ?? []).filter((e) => e.type === 'method');
    const used = new Set<number>();
    for (const m of g.methods ?? []) {
      if (!m.role) continue;
      const forms = new Set([m.name, m.mention ?? '', ...(m.aliases ?? [])].map(norm).filter(Boolean));
      const at = predicted.findIndex((p, i) => !used.has(i) && (forms.has(norm(p.name)) || forms.has(norm(p.evidence.mention))));
      if (at < 0) continue;
      used.add(at);
      matched++;
      if (predicted[at]!.role === m.role) right++;
    }
  }
  return { right, matched };
}

export const formatRoleScore = ({ right, matched }: RoleScore): string =>
  `role accuracy on matched methods: ${(right / Math.max(1, matched)).toFixed(3)} (${right} of ${matched})`;
