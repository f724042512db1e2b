import { ENTITY_KIND_NAMES, entityTypeNamed } from '../../../model/entity.js';
import { plural } from '../../../model/plural.js';
import { DirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker.js';
import Sigma from 'sigma';
import { entityDetails, neighborhood, paperDetails, search, SHOWN_ENTITIES, type ViewSubgraph } from './api.js';
import { bridgesThrough } from './bridges.js';
import { browseLists } from './browse.js';
import { entityPanel, paperPanel } from './details.js';
import { plainOffset, plainText, plainTitle } from './plain-title.js';
import type { LabelBox } from './label-box.js';
import { drawNodeHover, drawNodeLabel, labelSide } from './node-labels.js';
import { depthNotice, opening, sameStart, selecting, shortTitle, urlOf, viewFromUrl, type Focus, type View } from './view-state.js';
import { addLeaderboard, focusOf, highlightFocus } from './leaderboard.js';
import { problemHtml, startPanel } from './start-page.js';

export const COLORS: Record<string, string> = {
  paper: '#8a97a6',
  method: '#e8772e',
  benchmark: '#2f7fc1',
  model: '#8e4fbf',
  task: '#2e9e5b',
  metric: '#c8413b',
  repo: '#37474f',
  topic: '#d4a017',
};

// Sigma reserves a node's `type` for its renderer, so the papergraph kind is stored as `kind`.
interface NodeAttrs {
  label: string;
  /** The whole title of a paper (its label is shortened), the name of an entity. */
  fullLabel: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

const graph = new DirectedGraph<NodeAttrs>();
const SMALL_VIEW = 40;
const container = document.getElementById('graph')!;
const details = document.getElementById('details')!;
const status = document.getElementById('status')!;
const problem = document.getElementById('problem')!;
let hoveredEdge: string | undefined;
let hoveredNode: string | undefined;
let selected: string | undefined;
/** The entity or paper the neighbourhood was loaded around. */
let centre: string | undefined;
const hiddenKinds = new Set<string>();
/** Labels the label grid chose that would be drawn over a bigger node's label (see placeLabels). */
const crowdedLabels = new Set<string>();
let truncated = false;
/** Said in the status line until the next view is opened: an address asking for a depth the explorer does not draw. */
let notice: string | undefined;

// Labels by importance, not in a pile: sigma splits the screen into cells of `labelGridCellSize`
// pixels and draws the labels of the `labelDensity` biggest nodes of each (more as one zooms in); the
// selected and hovered nodes' always. A cell about as wide as a label keeps neighbours apart.
const LABEL_CELL = 240;
const renderer = new Sigma(graph, container, {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  labelDensity: 1,
  labelGridCellSize: LABEL_CELL,
  labelRenderedSizeThreshold: 6,
  defaultEdgeType: 'arrow',
  defaultDrawNodeLabel: drawNodeLabel,
  defaultDrawNodeHover: drawNodeHover,
  edgeReducer: (edge, data) => {
    // The hovered node's own links stand out of the mesh (with papers hidden, the links through them).
    const touched = hoveredNode !== undefined && graph.hasExtremity(edge, hoveredNode);
    return {
      ...data,
      label: edge === hoveredEdge ? data['label'] : '',
      forceLabel: edge === hoveredEdge,
      color: edge === hoveredEdge ? '#333' : touched ? '#6b7785' : data['color'],
      zIndex: touched || edge === hoveredEdge ? 1 : 0,
    };
  },
  nodeReducer: (node, data) => {
    if (hiddenKinds.has(data['kind'] as string)) return { ...data, hidden: true };
    if (node === selected) return { ...data, highlighted: true, zIndex: 2 };
    if (node === hoveredNode) return { ...data, label: data['fullLabel'], forceLabel: true, zIndex: 2 };
    // The entity or paper the view is about is always named, whatever the label grid picks around it.
    if (node === centre) return { ...data, forceLabel: true, zIndex: 1 };
    if (crowdedLabels.has(node)) return { ...data, label: null };
    return data;
  },
});

const measure = document.createElement('canvas').getContext('2d')!;

/** Where a node's label is drawn, in the canvas's pixels, measured as sigma draws it. */
function labelBox(node: string, label: string): LabelBox | undefined {
  const data = renderer.getNodeDisplayData(node);
  if (!data || !label) return undefined;
  const { labelSize, labelFont, labelWeight } = renderer.getSettings();
  measure.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const { x, y } = renderer.framedGraphToViewport(data);
  const size = renderer.scaleSize(data.size);
  const width = measure.measureText(label).width;
  const left = labelSide(x, size, width, container.clientWidth) === 'right' ? x + size + 3 : x - size - 3 - width;
  return { node, left, right: left + width, top: y - labelSize / 2, bottom: y + labelSize / 2 };
}

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// sigma's label grid keeps one label per cell, but two labels in neighbouring cells can still cross. After each
// frame the labels it chose are laid down biggest node first (the forced ones before all), and one that would
// cross a label already down is left out until it has room again.
function placeLabels(): void {
  const forced = new Set([selected, hoveredNode, centre].filter((n): n is string => n !== undefined));
  const candidates = [...new Set([...renderer.getNodeDisplayedLabels(), ...crowdedLabels])].filter((n) => graph.hasNode(n));
  const rank = (n: string) => (forced.has(n) ? Infinity : graph.getNodeAttribute(n, 'size'));
  candidates.sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : 1));
  const placed: LabelBox[] = [];
  const crowded = new Set<string>();
  for (const node of candidates) {
    const box = labelBox(node, graph.getNodeAttribute(node, node === hoveredNode ? 'fullLabel' : 'label'));
    if (!box) continue;
    if (!forced.has(node) && placed.some((other) => overlaps(box, other))) crowded.add(node);
    else placed.push(box);
  }
  if (crowded.size === crowdedLabels.size && [...crowded].every((n) => crowdedLabels.has(n))) return;
  crowdedLabels.clear();
  for (const n of crowded) crowdedLabels.add(n);
  renderer.refresh({ skipIndexation: true, schedule: true });
}
renderer.on('afterRender', placeLabels);

let layout: FA2Layout | undefined;
function relayout(): void {
  layout?.kill();
  layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } });
  layout.start();
  setTimeout(() => layout?.stop(), 2500);
}

/** A stable pseudo-random position from a node id, so layouts start the same way every time. */
function seeded(id: string, around?: { x: number; y: number }): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = (((h >>> 0) % 3600) / 3600) * 2 * Math.PI;
  const radius = around ? 1 : 10;
  return { x: (around?.x ?? 0) + radius * Math.cos(angle), y: (around?.y ?? 0) + radius * Math.sin(angle) };
}

function merge(sub: ViewSubgraph, around?: string): void {
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : undefined;
  for (const n of sub.nodes) {
    const kind = n.type.toLowerCase();
    if (graph.hasNode(n.id)) continue;
    const label = plainTitle(n.label);
    graph.addNode(n.id, {
      label: kind === 'paper' ? shortTitle(label) : label,
      fullLabel: label,
      kind,
      size: 3 + 2.5 * Math.log2(1 + n.size),
      color: COLORS[kind] ?? '#999',
      ...seeded(n.id, centre),
    });
  }
  for (const e of sub.edges) {
    if (!graph.hasEdge(e.id) && graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, size: 0.5 + e.weight, color: '#c7ccd1' });
    }
  }
  truncated = sub.truncated;
  syncBridges();
  updateCounts();
  // In a small view any node may be the biggest of its cell; in a large one the smallest are left unlabelled.
  renderer.setSetting('labelRenderedSizeThreshold', graph.order <= SMALL_VIEW ? 0 : 6);
  renderer.setSetting('stagePadding', stagePadding(graph.order));
  relayout();
}

// Sigma stretches whatever the layout gives to fill the canvas, so a view of two or three nodes would
// put them in its far corners: tiny views get a wide margin instead, the rest sigma's default.
const DEFAULT_PADDING = 30;
function stagePadding(order: number): number {
  if (order > 4) return DEFAULT_PADDING;
  const short = Math.min(container.clientWidth, container.clientHeight);
  return Math.max(DEFAULT_PADDING, Math.round(short * (order <= 2 ? 0.3 : 0.2)));
}

async function show(id: string, focus?: Focus): Promise<void> {
  selected = id;
  renderer.refresh();
  const kind = graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : 'paper';
  if (kind === 'paper') {
    const paper = await paperDetails(id);
    details.innerHTML = paper ? paperPanel(paper) : '<p>Not found.</p>';
    if (paper && focus) {
      const plain = plainText(paper.abstract);
      highlightFocus(details, paper.title.length, focus, (offset) => plainOffset(plain, offset));
    }
  } else {
    const entity = await entityDetails(id);
    details.innerHTML = entity ? `${entityPanel(entity)}<div id="browse"></div>` : '<p>Not found.</p>';
    if (entity) {
      const lists = await browseLists(entity);
      const browse = document.getElementById('browse');
      if (browse && selected === id) browse.innerHTML = lists;
      if (entity.type === 'BENCHMARK' && selected === id) await addLeaderboard(details, entity.name);
    }
  }
}

async function expand(id: string): Promise<void> {
  merge(await neighborhood({ id }, 1, 60), id);
}

/** What is drawn now and the view last asked for. */
let drawn: View | undefined;
let asked: View | undefined;

async function draw(view: View): Promise<void> {
  const before = drawn;
  const opened = before?.expanded ?? [];
  const wanted = view.expanded ?? [];
  // Opening one more node (a click, or Forward after Back) adds to the graph; anything else draws it anew.
  const grows = before !== undefined && sameStart(before, view) && opened.every((id, i) => wanted[i] === id);
  drawn = view;
  if (!grows) {
    graph.clear();
    if (view.type !== undefined && entityTypeNamed(view.type) === undefined)
      throw new Error(`no kind "${view.type}" in the address; kinds: ${ENTITY_KIND_NAMES}`);
    const sub = await neighborhood(view.id ? { id: view.id } : { type: view.type!.toUpperCase(), name: view.name! }, view.depth, 200);
    centre = sub.nodes[0]?.id;
    merge(sub);
  }
  for (const id of wanted.slice(grows ? opened.length : 0)) await expand(id);
  const target = view.selected !== undefined && graph.hasNode(view.selected) ? view.selected : centre;
  if (target) await show(target, target === view.selected ? view.focus : undefined);
}

async function load(of: { id: string } | { type: string; name: string }, depth = 2): Promise<void> {
  drawn = undefined;
  await draw({ ...('id' in of ? { id: of.id } : { type: of.type.toLowerCase(), name: of.name }), depth });
}

const depthInput = document.getElementById('depth') as HTMLSelectElement;
let current: Promise<void> = Promise.resolve();

/** Shows a view and, unless it came from the history itself, records it there (Back and Forward work). */
function navigate(view: View, push = true): Promise<void> {
  if (push) {
    history.pushState(view, '', urlOf(view));
    notice = undefined;
  }
  asked = view;
  depthInput.value = String(view.depth);
  problem.hidden = true;
  // One view at a time: a click while the last one is still loading waits for it.
  current = current
    .then(() => draw(view))
    .catch((error: Error) => {
      drawn = undefined;
      // Said in the middle of the canvas, its suggestions as links: an address with a typo draws nothing else.
      problem.innerHTML = problemHtml(error.message, view.type);
      problem.hidden = false;
      status.textContent = notice ?? '';
      if (graph.order === 0) void startPanel().then((panel) => (asked === view ? (details.innerHTML = panel) : undefined));
    });
  return current;
}

function currentView(): View | undefined {
  return viewFromUrl(location.search);
}

window.addEventListener('popstate', () => {
  const view = currentView();
  if (view) void navigate(view, false);
  else {
    drawn = asked = undefined;
    graph.clear();
    updateCounts();
    problem.hidden = true;
    void showStart();
  }
});
depthInput.addEventListener('change', () => {
  const view = currentView();
  if (view) void navigate({ ...view, depth: Number(depthInput.value) });
});

renderer.on('clickNode', ({ node }) => {
  if (asked) void navigate(opening(asked, node));
});
renderer.on('enterNode', ({ node }) => {
  hoveredNode = node;
  renderer.refresh();
});
renderer.on('leaveNode', () => {
  hoveredNode = undefined;
  renderer.refresh();
});
renderer.on('enterEdge', ({ edge }) => {
  hoveredEdge = edge;
  renderer.refresh();
});
renderer.on('leaveEdge', () => {
  hoveredEdge = undefined;
  renderer.refresh();
});
/** A click on a link to an entity's view (browse lists, examples, suggestions) opens it here; true if it was one. */
function openEntityLink(event: MouseEvent): boolean {
  const entity = (event.target as HTMLElement).closest('[data-entity-type]');
  if (!entity) return false;
  event.preventDefault();
  const view = { type: entity.getAttribute('data-entity-type')!, name: entity.getAttribute('data-entity-name')! };
  void navigate({ ...view, depth: Number(depthInput.value) });
  return true;
}
problem.addEventListener('click', openEntityLink);
details.addEventListener('click', (event) => {
  if (openEntityLink(event)) return;
  const target = (event.target as HTMLElement).closest('[data-paper]');
  if (!target) return;
  event.preventDefault();
  const id = target.getAttribute('data-paper')!;
  const focus = focusOf(target);
  void navigate(
    asked && graph.hasNode(id)
      ? selecting(asked, id, focus)
      : { id, depth: Number(depthInput.value), selected: id, ...(focus ? { focus } : {}) },
  );
});

const attr = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const input = document.getElementById('search') as HTMLInputElement;
const results = document.getElementById('results')!;
let pending = 0;
const ALL_ENTITIES = 100;

/** Runs a search and lists what it finds; `shown` entities at most, with a line to show the rest. */
function listResults(text: string, shown: number): void {
  const ticket = ++pending;
  void search(text, shown).then(({ hits, moreEntities }) => {
    if (ticket !== pending) return;
    if (hits.length === 0) {
      results.innerHTML = `<li class="empty">no matches for “${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}”</li>`;
      return;
    }
    const more =
      moreEntities > 0 && shown < ALL_ENTITIES
        ? `<li class="more" data-more="${attr(text)}">show ${plural(moreEntities, 'more name')} matching it…</li>`
        : '';
    const items = hits.map(
      (h) =>
        `<li role="option" aria-selected="false" data-id="${attr(h.id)}" data-type="${attr(h.type)}" data-name="${attr(h.label)}"><span class="dot" style="background:${COLORS[h.type] ?? '#999'}"></span>${plainTitle(h.label).replace(/</g, '&lt;')} <small>${h.detail}</small></li>`,
    );
    // The line sits between the entities and the papers, where the other names would go.
    const entities = hits.filter((h) => h.type !== 'paper').length;
    results.innerHTML = [...items.slice(0, entities), more, ...items.slice(entities)].join('');
  });
}
input.addEventListener('input', () => {
  const text = input.value.trim();
  if (text.length < 2) {
    ++pending;
    results.innerHTML = '';
    return;
  }
  listResults(text, SHOWN_ENTITIES);
});
function pick(item: Element): void {
  results.innerHTML = '';
  input.value = '';
  const type = item.getAttribute('data-type')!;
  const depth = Number(depthInput.value);
  void navigate(type === 'paper' ? { id: item.getAttribute('data-id')!, depth } : { type, name: item.getAttribute('data-name')!, depth });
}
results.addEventListener('click', (event) => {
  const more = (event.target as HTMLElement).closest('li[data-more]');
  if (more) {
    listResults(more.getAttribute('data-more')!, ALL_ENTITIES);
    input.focus();
    return;
  }
  const item = (event.target as HTMLElement).closest('li[data-id]');
  if (item) pick(item);
});
// The keyboard works the list too: arrows move through it, Enter opens the marked result (or the first), Escape closes it.
input.addEventListener('keydown', (event) => {
  const items = [...results.querySelectorAll('li[data-id]')];
  if (items.length === 0) return;
  const at = items.findIndex((li) => li.getAttribute('aria-selected') === 'true');
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? (at + 1) % items.length : (at <= 0 ? items.length : at) - 1;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === next)));
    items[next]!.scrollIntoView({ block: 'nearest' });
  } else if (event.key === 'Enter') {
    event.preventDefault();
    pick(items[Math.max(at, 0)]!);
  } else if (event.key === 'Escape') {
    results.innerHTML = '';
  }
});

// The legend doubles as the filter by kind: unticking a kind hides its nodes (and their edges).
const legend = document.getElementById('legend')!;
legend.innerHTML = Object.entries(COLORS)
  .map(
    ([k, c]) =>
      `<label><input type="checkbox" data-kind="${k}" checked><span class="dot" style="background:${c}"></span>${k}<small class="hidden-count" data-kind="${k}"></small></label>`,
  )
  .join('');

const isHiddenNode = (node: string): boolean => hiddenKinds.has(graph.getNodeAttribute(node, 'kind'));
let bridgeCount = 0;

/** Draws the links through the nodes of unticked kinds (entities a hidden paper mentions together), and only those. */
function syncBridges(): void {
  graph.filterEdges((_, a) => a['bridge'] === true).forEach((edge) => graph.dropEdge(edge));
  const bridges = hiddenKinds.size === 0 ? new Map() : bridgesThrough(graph, isHiddenNode);
  for (const [key, b] of bridges) {
    graph.addDirectedEdgeWithKey(`bridge:${key}`, b.source, b.target, {
      bridge: true,
      type: 'line',
      label: b.label,
      size: 0.5 + Math.log2(b.via),
      color: '#dfe3e8',
    });
  }
  bridgeCount = bridges.size;
}

/** "94 nodes, 108 edges", or with a kind unticked what is drawn: "84 nodes, 12 edges shown, 10 hidden". */
function shownCounts(hidden: number): string {
  if (hidden === 0) return `${plural(graph.order, 'node')}, ${plural(graph.size - bridgeCount, 'edge')}`;
  const edges = graph.filterEdges((_, a, source, target) => a['bridge'] !== true && !isHiddenNode(source) && !isHiddenNode(target)).length;
  return `${plural(graph.order - hidden, 'node')}, ${plural(edges, 'edge')} shown, ${hidden} hidden`;
}

/** The status line and, beside each unticked kind in the legend, how many of the view's nodes it hides. */
function updateCounts(): void {
  const byKind = new Map<string, number>();
  graph.forEachNode((_, a) => byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1));
  let hidden = 0;
  for (const note of legend.querySelectorAll<HTMLElement>('.hidden-count')) {
    const kind = note.getAttribute('data-kind')!;
    const count = hiddenKinds.has(kind) ? (byKind.get(kind) ?? 0) : 0;
    hidden += count;
    note.textContent = hiddenKinds.has(kind) ? ` ${count} hidden` : '';
  }
  const counts =
    graph.order === 0
      ? ''
      : `${shownCounts(hidden)}${bridgeCount ? `, ${plural(bridgeCount, 'link')} through them` : ''}${truncated ? ' (some neighbours left out: click a node to expand it)' : ''}`;
  status.textContent = [notice, counts].filter(Boolean).join(' · ');
}
legend.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const kind = box.getAttribute('data-kind');
  if (!kind) return;
  if (box.checked) hiddenKinds.delete(kind);
  else hiddenKinds.add(kind);
  syncBridges();
  updateCounts();
  renderer.refresh();
});

notice = depthNotice(location.search);
const start = currentView();
if (start) {
  history.replaceState(start, '', urlOf(start));
  void navigate(start, false);
} else void showStart();

/** The start page: what to search, and the entities with most papers to open. */
async function showStart(): Promise<void> {
  status.textContent = 'Search for an entity or paper to start, or open one on the right.';
  try {
    const panel = await startPanel();
    if (!asked) details.innerHTML = panel;
  } catch (error) {
    if (!asked) details.innerHTML = problemHtml((error as Error).message, undefined);
  }
}

// For people scripting the page and for the browser tests: the live graph and a node's screen position.
Object.assign(window, {
  papergraphViewer: {
    graph,
    /** Settles when the view last asked for is drawn. */
    get ready() {
      return current;
    },
    load,
    isHidden: isHiddenNode,
    nodePosition(id: string) {
      const data = renderer.getNodeDisplayData(id);
      if (!data) return undefined;
      const { x, y } = renderer.framedGraphToViewport(data);
      const box = container.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    stopLayout() {
      layout?.stop();
    },
    /** Tests: the layout without the clock — from each node's seeded start, a fixed number of iterations. */
    settleLayout(iterations: number) {
      layout?.kill();
      layout = undefined;
      graph.forEachNode((id) => graph.mergeNodeAttributes(id, seeded(id)));
      forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } });
      renderer.refresh();
    },
    /** The boxes of the node labels drawn now, in the canvas's pixels, measured as sigma draws them. */
    labelBoxes() {
      return [...renderer.getNodeDisplayedLabels()].flatMap((node) => {
        const box = labelBox(node, renderer.getNodeDisplayData(node)?.label ?? '');
        return box ? [box] : [];
      });
    },
  },
});
