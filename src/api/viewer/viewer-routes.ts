import type { Express, NextFunction, Request, Response } from 'express';
import {
  CONTENT_TYPES,
  exportSubgraph,
  FILE_EXTENSIONS,
  parseExportFormat,
  selectForExport,
  selectResultsForExport,
} from '../../export/index.js';
import type { GraphStore } from '../../graph/index.js';
import { exportParams } from '../http/export-params.js';
import { viewerBundle } from './viewer-bundle.js';
import { FAVICON_SVG, VIEWER_HTML } from './viewer-page.js';

/** /explore (the graph viewer) and /export/<format> (graph files for Gephi, Cytoscape, yEd, d3). */
export function addViewerRoutes(app: Express, store: GraphStore, exportMaxNodes = 0): void {
  app.get('/favicon.ico', (_req, res) => {
    res.type('image/svg+xml').set('cache-control', 'public, max-age=86400').send(FAVICON_SVG);
  });
  app.get('/explore', (_req, res) => {
    res.type('html').send(VIEWER_HTML);
  });
  app.get('/explore/viewer.js', async (_req, res, next: NextFunction) => {
    try {
      res
        .type('text/javascript')
        .set('cache-control', 'no-cache')
        .send(await viewerBundle());
    } catch (error) {
      next(error);
    }
  });
  app.get('/export/:format', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const format = parseExportFormat(String(req.params['format']));
      const selection = exportParams(req.query);
      const subgraph = await selectForExport(store, { ...selection, maxNodes: exportMaxNodes });
      // Results of the papers exported: all of them for the whole graph, else those of the neighbourhood's papers.
      const results = await selectResultsForExport(store, subgraph, !selection.around);
      res
        .type(CONTENT_TYPES[format])
        .set('content-disposition', `attachment; filename="papergraph.${FILE_EXTENSIONS[format]}"`)
        .set('x-papergraph-truncated', String(subgraph.truncated))
        .send(exportSubgraph(subgraph, format, results));
    } catch (error) {
      next(error);
    }
  });
}
