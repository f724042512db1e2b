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
import { InvalidArgumentError } from '../../model/index.js';
import { viewerBundle } from './viewer-bundle.js';
import { VIEWER_HTML } from './viewer-page.js';

function integer(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number, got ${JSON.stringify(value)}`);
  return n;
}

/** /explore (the graph viewer) and /export/<format> (graph files for Gephi, Cytoscape, yEd, d3). */
export function addViewerRoutes(app: Express, store: GraphStore): void {
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
      const around = typeof req.query['around'] === 'string' ? req.query['around'] : undefined;
      const depth = integer(req.query['depth'], 'depth');
      const limit = integer(req.query['limit'], 'limit');
      const subgraph = await selectForExport(store, {
        ...(around ? { around } : {}),
        ...(depth ? { depth } : {}),
        ...(limit ? { limit } : {}),
      });
      res
        .type(CONTENT_TYPES[format])
        .set('content-disposition', `attachment; filename="papergraph.${FILE_EXTENSIONS[format]}"`)
        .set('x-papergraph-truncated', String(subgraph.truncated))
        .send(exportSubgraph(subgraph, format, await selectResultsForExport(store, subgraph, !around)));
    } catch (error) {
      next(error);
    }
  });
}
