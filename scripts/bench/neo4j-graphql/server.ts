// The Neo4j GraphQL Library over papergraph's database, for the side-by-side benchmark only:
//   tsx scripts/bench/neo4j-graphql/server.ts PORT   (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
// Run like papergraph's server: its own process, NODE_ENV=production, Apollo's cache-control plugin off.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { neo4jGraphqlTypeDefs } from './type-defs.js';

const port = Number(process.argv[2] ?? 4600);
const uri = process.env['NEO4J_URI'];
if (!uri) throw new Error('set NEO4J_URI');
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', process.env['NEO4J_PASSWORD'] ?? ''));
// Range filters on strings let list queries use the index on Paper.sortKey, the library's best form.
const schema = await new Neo4jGraphQL({
  typeDefs: neo4jGraphqlTypeDefs(),
  driver,
  features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
}).getSchema();
const server = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
process.stdout.write(`neo4j-graphql at ${url}\n`);
const stop = () => void server.stop().then(() => driver.close());
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
