export { createFormatError } from './errors.js';
export { DEFAULT_API_LIMITS, type ApiLimits } from './limits/api-limits.js';
export { papergraphSchema, printPapergraphSchema } from './schema.js';
export { GRAPHQL_PATH, startServer, type RunningServer, type ServerOptions } from './server.js';
export { MIN_API_KEY_LENGTH, type ApiKeyOptions } from './auth/api-key.js';
