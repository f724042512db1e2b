import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';

const EXAMPLE_QUERY = `# Which papers evaluate on a benchmark? Press ▶ to run.
{
  benchmark(name: "gsm8k") {
    name
    paperCount
    papers(first: 5) {
      edges {
        node {
          title
          methods { name role }
          models { name }
        }
        evidence { sentence }
      }
    }
  }
  stats { papers byType { type count } }
}
`;

// The explorer plugin sizes each argument's input in `ch` to its value's length, which fits only a
// monospace font and a width without the padding: otherwise "gsm8k" showed as "gsm8".
const STYLE = '<style>.graphiql-plugin input { font-family: var(--font-family-mono); box-sizing: content-box; }</style>';

let page: { html: string; etag: string } | undefined;

/** The GraphiQL page (about 9 MB with every asset inlined), rendered once, with a strong ETag of its content. */
function graphiqlPage(endpoint: string): { html: string; etag: string } {
  if (!page) {
    const html = renderGraphiQL({ title: 'papergraph', endpoint, defaultQuery: EXAMPLE_QUERY }).replace('</head>', `${STYLE}</head>`);
    page = { html, etag: `"${createHash('sha1').update(html).digest('base64url')}"` };
  }
  return page;
}

/**
 * Serves GraphiQL at the GraphQL endpoint for browsers. Everything the page needs is inlined
 * in the HTML, so it works offline; Apollo's default page would load Sandbox from a CDN.
 */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  const { html } = graphiqlPage(endpoint);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/**
 * Caching headers for the GraphiQL page: browsers keep it for ten minutes, then revalidate with
 * its ETag (Express answers 304 when it matches), so a reload does not fetch 9 MB again.
 */
export function graphiqlCaching(endpoint: string): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' && req.query['query'] === undefined && req.accepts(['json', 'html']) === 'html') {
      res.set({ 'cache-control': 'public, max-age=600', etag: graphiqlPage(endpoint).etag });
    }
    next();
  };
}
