export { formatError } from './errors.js';
export { papergraphSchema, printPapergraphSchema } from './schema.js';
export { GRAPHQL_PATH, startServer, type RunningServer, type ServerOptions } from './server.js';
