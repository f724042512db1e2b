import { resultValueText } from '../../../model/result.js';
import type { EntityDetails, Mention, PaperDetails, PaperResult } from './api.js';
import { plainOffset, plainText, plainTitle } from './plain-title.js';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Web addresses in escaped text as links; a sentence's full stop or bracket after one is not part of it. */
function linked(html: string): string {
  return html.replace(/https?:\/\/[^\s&<>"']*[^\s&<>"'.,;:)\]]/g, (url) => `<a href="${url}" target="_blank" rel="noopener">${url}</a>`);
}

/**
 * The abstract as plain text (LaTeX read) with every extracted mention highlighted; offsets index
 * `title + "\n\n" + abstract` as written, and are carried over to the plain text. An entity whose evidence
 * is in the title ("MoM" of a title, "Mixture-of-Memories (MoM)" in the abstract) is highlighted where the
 * abstract first writes its mention or its name as a whole word.
 */
export function highlightAbstract(paper: PaperDetails): string {
  const shift = paper.title.length + 2;
  const plain = plainText(paper.abstract);
  const spans = paper.entities
    .map((m: Mention) =>
      m.evidence.start - shift >= 0 && m.evidence.end - shift <= paper.abstract.length
        ? { start: plainOffset(plain, m.evidence.start - shift), end: plainOffset(plain, m.evidence.end - shift), m }
        : wordAt(plain.text, m),
    )
    .filter((s): s is { start: number; end: number; m: Mention } => s !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end <= s.start) continue;
    html += linked(escape(plain.text.slice(at, s.start)));
    html += `<mark class="k-${s.m.type.toLowerCase()}" title="${escape(s.m.type.toLowerCase())}: ${escape(s.m.name)}">${linked(escape(plain.text.slice(s.start, s.end)))}</mark>`;
    at = s.end;
  }
  return html + linked(escape(plain.text.slice(at)));
}

/** The first whole-word occurrence of the entity's mention, else of its name, in the text (any case). */
function wordAt(text: string, m: Mention): { start: number; end: number; m: Mention } | undefined {
  const lower = text.toLowerCase();
  for (const form of [m.evidence.mention, m.name]) {
    const needle = form.toLowerCase();
    if (!needle.trim()) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ')) return { start: at, end, m };
    }
  }
  return undefined;
}

/** " · topic: X" or " · topics: X, Y": the canvas draws them as nodes, so the panel names them beside the entities. */
function topicsLine(topics: readonly string[]): string {
  return topics.length ? ` · ${topics.length === 1 ? 'topic' : 'topics'}: ${topics.map(escape).join(', ')}` : '';
}

export function paperPanel(paper: PaperDetails): string {
  const link = paper.url ? `<p><a href="${escape(paper.url)}" target="_blank" rel="noopener">${escape(paper.url)}</a></p>` : '';
  return `<h2>${escape(plainTitle(paper.title))}</h2>
    <p class="meta">paper${paper.published ? ` · ${escape(paper.published)}` : ''} · ${paper.entities.length} ${paper.entities.length === 1 ? 'entity' : 'entities'}${topicsLine(paper.topics)}</p>${link}
    <p class="abstract">${highlightAbstract(paper)}</p>${resultsList(paper.results)}`;
}

/** "SWE-bench Lite: 56% (DeepSeek-V2-Coder-Instruct, with 250 samples)", "ImageNet: Δ −1.6% accuracy". */
function resultsList(results: readonly PaperResult[]): string {
  if (results.length === 0) return '';
  const items = results.map((r) => {
    const value = resultValueText({
      value: r.value,
      isDelta: r.isDelta,
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.change ? { change: r.change } : {}),
      ...(r.bound ? { bound: r.bound } : {}),
    });
    const about = [r.subject, r.condition].filter(Boolean).join(', ');
    return `<li>${escape(r.benchmark.name)}: ${escape(value)}${r.metric ? ` ${escape(r.metric)}` : ''}${about ? ` <small>(${escape(about)})</small>` : ''}</li>`;
  });
  return `<h3>Results <small>${results.length}</small></h3><ul class="results">${items.join('')}</ul>`;
}

export function entityPanel(entity: EntityDetails): string {
  const aliases = entity.aliases.length ? `<p class="meta">also: ${entity.aliases.map(escape).join(', ')}</p>` : '';
  const papers = entity.papers.edges
    .map(
      (e) =>
        `<li><a href="#" data-paper="${escape(e.node.id)}">${escape(plainTitle(e.node.title))}</a><br><small>${escape(plainTitle(e.evidence.sentence))}</small></li>`,
    )
    .join('');
  const link = entity.url ? `<p><a href="${escape(entity.url)}" target="_blank" rel="noopener">${escape(entity.url)}</a></p>` : '';
  return `<h2>${escape(entity.name)}</h2><p class="meta">${escape(entity.type.toLowerCase())} · ${entity.paperCount} ${entity.paperCount === 1 ? 'paper' : 'papers'}</p>${link}${aliases}<ol>${papers}</ol>`;
}
