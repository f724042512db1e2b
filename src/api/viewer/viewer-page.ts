/** The HTML of /explore; everything it loads comes from this server. */
export const VIEWER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>papergraph explorer</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  header { display: flex; gap: 12px; align-items: center; padding: 8px 14px; border-bottom: 1px solid #e3e7eb; }
  header h1 { font-size: 16px; margin: 0; white-space: nowrap; }
  header a { color: #2f7fc1; text-decoration: none; white-space: nowrap; }
  #find { position: relative; flex: 0 1 380px; min-width: 200px; }
  #search { width: 100%; padding: 6px 10px; border: 1px solid #c9d1d9; border-radius: 6px; font: inherit; }
  #results { position: absolute; z-index: 5; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #e3e7eb; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.08); max-height: 60vh; overflow: auto; }
  #results:empty { display: none; }
  #results li { padding: 6px 10px; cursor: pointer; }
  #results li:hover, #results li[aria-selected="true"] { background: #f2f6fa; }
  #results li.empty { color: #6b7280; cursor: default; background: none; }
  #results li.more { color: #1f6fb2; font-size: 13px; }
  #results small { color: #6b7785; }
  #legend { display: flex; gap: 8px; flex-wrap: wrap; font-size: 12px; color: #4a5563; }
  #legend label { cursor: pointer; user-select: none; white-space: nowrap; }
  #legend input { margin: 0 3px 0 0; vertical-align: middle; }
  /* A wide window keeps the legend on one line ("paper 27 hidden" included): the search box gives up the width, so the header's height, and the canvas under it, do not jump when a kind is unticked. */
  @media (min-width: 1280px) { #legend { flex-wrap: nowrap; flex-shrink: 0; } }
  #depth-picker { font-size: 12px; color: #4a5563; white-space: nowrap; }
  .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: middle; }
  main { display: grid; grid-template-columns: 1fr 380px; min-height: 0; }
  #graph { position: relative; min-height: 0; }
  #problem { position: absolute; z-index: 3; top: 28%; left: 50%; transform: translateX(-50%); width: max-content; max-width: min(560px, 90%); padding: 12px 18px; background: #fff5f4; border: 1px solid #f0b6b0; border-radius: 8px; color: #8a1f17; font-size: 15px; overflow-wrap: anywhere; }
  #problem[hidden] { display: none; }
  #problem p { margin: 4px 0; }
  #problem a { color: #2f7fc1; }
  #status { position: absolute; left: 12px; bottom: 10px; font-size: 12px; color: #6b7785; z-index: 2; }
  /* A long address or word breaks at the panel's edge instead of running past it. */
  #details { border-left: 1px solid #e3e7eb; padding: 12px 16px; overflow: auto; overflow-wrap: anywhere; }
  #details .abstract a { color: #2f7fc1; }
  #details h2 { font-size: 16px; margin: 4px 0 6px; overflow-wrap: anywhere; }
  #details h3 { font-size: 13px; margin: 14px 0 4px; color: #4a5563; }
  #details h3 small, #details li small { color: #6b7785; font-weight: normal; }
  .browse-list ul { list-style: none; padding-left: 0; margin: 0; }
  .browse-list li { margin-bottom: 3px; }
  .browse-list a, #details ol a { color: #2f7fc1; text-decoration: none; }
  .over-time > ul > li { margin-bottom: 6px; }
  .over-time ul ul { padding-left: 14px; font-size: 13px; }
  .over-time .year { display: inline-block; min-width: 70px; font-weight: 600; }
  .over-time .bar { display: inline-block; height: 8px; margin-right: 6px; background: #e8772e; border-radius: 2px; vertical-align: middle; }
  #details .meta { color: #6b7785; margin: 0 0 8px; }
  #details ol { padding-left: 18px; }
  #details li { margin-bottom: 8px; }
  mark { border-radius: 3px; padding: 0 2px; background: #fff3c4; }
  mark.k-method { background: #fde2cc; } mark.k-benchmark { background: #d5e6f6; } mark.k-model { background: #e8dcf3; }
  mark.k-task { background: #d5efdf; } mark.k-metric { background: #f6d6d4; } mark.k-repo { background: #dde3e6; }
  .leaderboard h3 { font-size: 14px; margin: 10px 0 4px; } .leaderboard h3 small { color: #6b7785; font-weight: normal; }
  /* Fixed column widths (from the header row): the panel is narrow, and automatic widths broke "subject" and
     "metric" mid-word while titles took five lines. Numbers right-aligned in their own width; a title gets two
     lines, the whole of it in its tooltip. */
  .leaderboard table { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 1.4; margin-bottom: 10px; table-layout: fixed; }
  .leaderboard th, .leaderboard td { text-align: left; padding: 3px 5px; border-bottom: 1px solid #e3e7eb; vertical-align: top; overflow-wrap: break-word; }
  .leaderboard th { white-space: nowrap; color: #4a5563; font-weight: 600; }
  .leaderboard .rank { width: 24px; text-align: right; padding-left: 0; }
  .leaderboard .subject { width: 34%; }
  .leaderboard .value { width: 74px; text-align: right; font-variant-numeric: tabular-nums; }
  .leaderboard .metric { width: 62px; }
  .leaderboard td.paper a { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  .leaderboard td small { color: #6b7785; }
  .leaderboard tr.group td { font-weight: 600; background: #f6f8fa; text-align: left; }
  .result-sentence { background: #fff3c4; box-shadow: 0 0 0 2px #f2c94c; } mark .result-sentence { background: transparent; }
  #legend .hidden-count { color: #c8413b; }
  /* A phone: the header wraps (title and IDE link, then search, then depth and legend), the graph and the panel stack and the page scrolls. */
  @media (max-width: 720px) {
    body { display: block; height: auto; }
    header { flex-wrap: wrap; gap: 6px 10px; padding: 8px 10px; }
    header > a { margin-left: auto; }
    #find { order: 1; flex: 1 1 100%; min-width: 0; }
    #depth-picker { order: 2; }
    #legend { order: 3; }
    main { display: block; }
    #graph { height: 62vh; min-height: 260px; }
    #details { border-left: 0; border-top: 1px solid #e3e7eb; overflow: visible; padding: 10px 12px; }
    #details td, #details li { overflow-wrap: anywhere; }
  }
</style>
</head>
<body>
<header>
  <h1>papergraph explorer</h1>
  <div id="find"><input id="search" type="search" placeholder="Search a benchmark, method, model, task or paper…" autocomplete="off"><ul id="results" role="listbox"></ul></div>
  <label id="depth-picker">depth <select id="depth"><option>1</option><option selected>2</option><option>3</option></select></label>
  <div id="legend"></div>
  <a href="/graphql">GraphQL IDE</a>
</header>
<main>
  <div id="graph"><div id="problem" role="alert" hidden></div><div id="status">Search for an entity or paper to start.</div></div>
  <aside id="details"><p>Click a node to expand it and see its details. Hover an edge to see how a paper relates to an entity.</p></aside>
</main>
<script src="/explore/viewer.js"></script>
</body>
</html>
`;

/** papergraph's icon: three linked nodes in the explorer's colours (modern browsers take SVG at /favicon.ico). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<path d="M9 22 L16 9 L24 21 Z" fill="none" stroke="#8a97a6" stroke-width="2.5"/>
<circle cx="16" cy="9" r="5" fill="#2f7fc1"/><circle cx="8" cy="23" r="5" fill="#e8772e"/><circle cx="24" cy="22" r="5" fill="#8e4fbf"/>
</svg>
`;
