/** The HTML of /explore; everything it loads comes from this server. */
export const VIEWER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>papergraph explorer</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  header { display: flex; gap: 16px; align-items: center; padding: 8px 14px; border-bottom: 1px solid #e3e7eb; }
  header h1 { font-size: 16px; margin: 0; }
  header a { color: #2f7fc1; text-decoration: none; }
  #find { position: relative; flex: 0 1 420px; }
  #search { width: 100%; padding: 6px 10px; border: 1px solid #c9d1d9; border-radius: 6px; font: inherit; }
  #results { position: absolute; z-index: 5; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #e3e7eb; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.08); max-height: 60vh; overflow: auto; }
  #results:empty { display: none; }
  #results li { padding: 6px 10px; cursor: pointer; }
  #results li:hover { background: #f2f6fa; }
  #results small { color: #6b7785; }
  #legend { display: flex; gap: 10px; flex-wrap: wrap; font-size: 12px; color: #4a5563; }
  .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: middle; }
  main { display: grid; grid-template-columns: 1fr 380px; min-height: 0; }
  #graph { position: relative; min-height: 0; }
  #status { position: absolute; left: 12px; bottom: 10px; font-size: 12px; color: #6b7785; z-index: 2; }
  #details { border-left: 1px solid #e3e7eb; padding: 12px 16px; overflow: auto; }
  #details h2 { font-size: 16px; margin: 4px 0 6px; }
  #details .meta { color: #6b7785; margin: 0 0 8px; }
  #details ol { padding-left: 18px; }
  #details li { margin-bottom: 8px; }
  mark { border-radius: 3px; padding: 0 2px; background: #fff3c4; }
  mark.k-method { background: #fde2cc; } mark.k-benchmark { background: #d5e6f6; } mark.k-model { background: #e8dcf3; }
  mark.k-task { background: #d5efdf; } mark.k-metric { background: #f6d6d4; } mark.k-repo { background: #dde3e6; }
  .leaderboard h3 { font-size: 14px; margin: 10px 0 4px; } .leaderboard h3 small { color: #6b7785; font-weight: normal; }
  .leaderboard table { border-collapse: collapse; width: 100%; font-size: 12px; margin-bottom: 10px; }
  .leaderboard th, .leaderboard td { text-align: left; padding: 3px 5px; border-bottom: 1px solid #e3e7eb; vertical-align: top; }
  .leaderboard td.value { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .result-sentence { background: #fff3c4; box-shadow: 0 0 0 2px #f2c94c; } mark .result-sentence { background: transparent; }
</style>
</head>
<body>
<header>
  <h1>papergraph explorer</h1>
  <div id="find"><input id="search" type="search" placeholder="Search a benchmark, method, model, task or paper…" autocomplete="off"><ul id="results"></ul></div>
  <div id="legend"></div>
  <a href="/graphql">GraphQL IDE</a>
</header>
<main>
  <div id="graph"><div id="status">Search for an entity or paper to start.</div></div>
  <aside id="details"><p>Click a node to expand it and see its details. Hover an edge to see how a paper relates to an entity.</p></aside>
</main>
<script src="/explore/viewer.js"></script>
</body>
</html>
`;
