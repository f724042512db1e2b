import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXAMPLE_QUERY = `# Which papers evaluate on a benchmark? Press ▶ to run.
{
  benchmark(name: "swe bench lite") {
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

/**
 * Serves GraphiQL at the GraphQL endpoint for browsers. Everything the page needs is inlined
 * in the HTML, so it works offline; Apollo's default page would load Sandbox from a CDN.
 */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  const html = renderGraphiQL({ title: 'papergraph', endpoint, defaultQuery: EXAMPLE_QUERY });
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
