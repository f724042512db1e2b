// A benchmark's leaderboard in the details panel: one table row per absolute result (ranked, or "—"
// where the API gives no rank), each linking to the paper with the sentence that states it highlighted.
import { plural } from '../../../model/plural.js';
import { valueWithUnit } from '../../../model/result.js';
import { gqlOrNull } from './api.js';
import { plainTitle } from './plain-title.js';
import type { Focus } from './view-state.js';

export interface LeaderboardRow {
  /** Null when the result names no metric or the metric's direction is unknown: such a group is listed, not ranked. */
  rank: number | null;
  metric: string | null;
  node: {
    value: number;
    unit: string | null;
    subject: string | null;
    condition: string | null;
    bound: string | null;
    evidence: { start: number; sentence: string };
    paper: { id: string; title: string; abstract: string };
  };
}

export async function fetchLeaderboard(benchmark: string): Promise<{ totalCount: number; edges: LeaderboardRow[] }> {
  const data = await gqlOrNull<{ leaderboard: { totalCount: number; edges: LeaderboardRow[] } | null }>(
    `query($b: String!) { leaderboard(benchmark: $b, first: 50) { totalCount edges { rank metric node { value unit subject condition bound evidence { start sentence } paper { id title abstract } } } } }`,
    { b: benchmark },
  );
  return data?.leaderboard ?? { totalCount: 0, edges: [] };
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where the result's sentence sits in the paper's text. */
function sentenceFocus(row: LeaderboardRow): Focus {
  const text = `${row.node.paper.title}\n\n${row.node.paper.abstract}`;
  const start = text.lastIndexOf(row.node.evidence.sentence, row.node.evidence.start);
  return start < 0
    ? { start: row.node.evidence.start, end: row.node.evidence.start }
    : { start, end: start + row.node.evidence.sentence.length };
}

function formatValue(row: LeaderboardRow): string {
  const { value, unit, bound } = row.node;
  const prefix = bound === 'lower' ? '≥\u00a0' : bound === 'upper' ? '≤\u00a0' : '';
  return `${prefix}${valueWithUnit(value, unit)}`;
}

/** A group's heading: its metric (or that none is named) and its unit, and why it is not ranked when it is not. */
function groupName(row: LeaderboardRow): string {
  const { unit } = row.node;
  if (row.metric === null) return `no metric named${unit === null ? '' : `, values in ${unit}`} · not ranked`;
  return `${row.metric}${unit === null ? '' : ` (${unit})`}${row.rank !== null ? '' : ' · not ranked: direction unknown'}`;
}

/** Rows of one group share a metric and a unit (the API groups them so, one after another). */
const groupKey = (row: LeaderboardRow): string => JSON.stringify([row.metric, row.node.unit]);

export function leaderboardTable(board: { totalCount: number; edges: LeaderboardRow[] }): string {
  if (board.edges.length === 0) return '';
  // Each metric and unit is ranked on its own (its ranks start at 1): with more than one, each gets a
  // heading; an unranked group always does, to say why its rows have no rank.
  const grouped = new Set(board.edges.map(groupKey)).size > 1;
  const headed = (e: LeaderboardRow) => grouped || e.rank === null;
  // A metric column only where a row names a metric its group heading does not: an empty or repeated
  // column reads as missing data and costs the narrow panel a column.
  const showMetric = board.edges.some((e) => e.metric !== null && !headed(e));
  const columns = showMetric ? 5 : 4;
  const rows = board.edges
    .map((e, i) => {
      const first = i === 0 || groupKey(board.edges[i - 1]!) !== groupKey(e);
      const heading = first && headed(e) ? `<tr class="group"><td colspan="${columns}">${escape(groupName(e))}</td></tr>` : '';
      const focus = sentenceFocus(e);
      const subject = e.node.subject ?? '—';
      const condition = e.node.condition ? ` <small>(${escape(e.node.condition)})</small>` : '';
      const rank = e.rank === null ? '<td class="rank" title="not ranked">—</td>' : `<td class="rank">${e.rank}</td>`;
      const title = plainTitle(e.node.paper.title);
      return `${heading}<tr>${rank}<td>${escape(subject)}${condition}</td><td class="value">${escape(formatValue(e))}</td>${showMetric ? `<td>${escape(e.metric ?? '—')}</td>` : ''}<td class="paper"><a href="#" data-paper="${escape(e.node.paper.id)}" data-focus="${focus.start},${focus.end}" title="${escape(`${title}: ${e.node.evidence.sentence}`)}">${escape(title)}</a></td></tr>`;
    })
    .join('');
  return `<section class="leaderboard"><h3>Leaderboard <small>${plural(board.totalCount, 'result')}</small></h3>
    <table><thead><tr><th class="rank">#</th><th class="subject">subject</th><th class="value">value</th>${showMetric ? '<th class="metric">metric</th>' : ''}<th>paper</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** Adds the leaderboard of a benchmark to its open details panel (before its paper list). */
export async function addLeaderboard(details: HTMLElement, benchmark: string): Promise<void> {
  const html = leaderboardTable(await fetchLeaderboard(benchmark));
  if (!html) return;
  const papers = details.querySelector('ol');
  if (papers) papers.insertAdjacentHTML('beforebegin', html);
  else details.insertAdjacentHTML('beforeend', html);
}

/** The range a clicked leaderboard link asks to highlight. */
export function focusOf(link: Element): Focus | undefined {
  const [start, end] = (link.getAttribute('data-focus') ?? '').split(',').map(Number);
  return start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end) ? undefined : { start, end };
}

/**
 * Wraps the focused range of a rendered abstract (offsets into `title + "\n\n" + abstract` as written) in a
 * highlight; `shown` carries an offset of the abstract as written to the text displayed.
 */
export function highlightFocus(details: HTMLElement, titleLength: number, focus: Focus, shown: (offset: number) => number): void {
  const abstract = details.querySelector('.abstract');
  if (!abstract) return;
  const from = shown(focus.start - titleLength - 2);
  const to = shown(focus.end - titleLength - 2);
  const walker = document.createTreeWalker(abstract, NodeFilter.SHOW_TEXT);
  const pieces: { node: Text; start: number; end: number }[] = [];
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (at + length > from && at < to) pieces.push({ node, start: Math.max(0, from - at), end: Math.min(length, to - at) });
    at += length;
  }
  // Each text piece of the sentence gets its own wrapper, so the entity marks inside it stay intact.
  for (const { node, start, end } of pieces) {
    const target = node.splitText(start);
    target.splitText(end - start);
    const span = document.createElement('span');
    span.className = 'result-sentence';
    target.replaceWith(span);
    span.appendChild(target);
  }
  details.querySelector('.result-sentence')?.scrollIntoView({ block: 'center' });
}
