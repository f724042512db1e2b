import type { RequestHandler } from 'express';
import { refuse } from './refuse.js';

/**
 * A GraphQL query in a GET's URL: papergraph answers GraphQL over POST only, and says so (Apollo
 * would answer with its CSRF-prevention text about an `apollo-require-preflight` header). A GET
 * without a query is left alone: in a browser it is the IDE.
 */
export function getQueryRefusal(ide: boolean): RequestHandler {
  return (req, res, next) => {
    if (req.query['query'] === undefined) return next();
    refuse(res, { status: 405, code: 'BAD_REQUEST', message: postOnly(ide), graphql: true, headers: { allow: 'POST' } });
  };
}

function postOnly(ide: boolean): string {
  const where = ide ? '; open this address in a browser for the IDE' : '';
  return `papergraph takes GraphQL as a POST with a JSON body {"query": "…", "variables": {…}}${where}`;
}

/**
 * Any other method than GET, HEAD and POST on the GraphQL path: 405 in papergraph's words (Apollo's
 * own answer said "Apollo Server supports only GET/POST requests" and went to the log as a clean one).
 */
export function otherMethodRefusal(ide: boolean): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'POST') return next();
    refuse(res, {
      status: 405,
      code: 'BAD_REQUEST',
      message: postOnly(ide),
      graphql: true,
      headers: { allow: ide ? 'GET, POST' : 'POST' },
    });
  };
}
