import type { RequestHandler } from 'express';

/**
 * A GraphQL query in a GET's URL: papergraph answers GraphQL over POST only, and says so (Apollo
 * would answer with its CSRF-prevention text about an `apollo-require-preflight` header). A GET
 * without a query is left alone: in a browser it is the IDE.
 */
export function getQueryRefusal(ide: boolean): RequestHandler {
  return (req, res, next) => {
    if (req.query['query'] === undefined) return next();
    const where = ide ? '; open this address in a browser for the IDE' : '';
    res
      .status(405)
      .set('allow', 'POST')
      .json({
        errors: [
          {
            message: `papergraph takes GraphQL as a POST with a JSON body {"query": "…", "variables": {…}}${where}`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
  };
}
