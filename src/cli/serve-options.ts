import { Option, type Command } from 'commander';
import { DEFAULT_API_LIMITS, type ApiLimits } from '../api/limits/api-limits.js';
import { positiveInt } from './options.js';

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new Error(`expected a whole number of 0 or more, got "${value}"`);
  return n;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const LIMIT_FLAGS: readonly { key: keyof ApiLimits; flag: string; env: string; help: string; zero?: boolean }[] = [
  { key: 'maxDepth', flag: '--max-depth <n>', env: 'PAPERGRAPH_MAX_DEPTH', help: 'deepest field nesting of a query' },
  { key: 'maxAliases', flag: '--max-aliases <n>', env: 'PAPERGRAPH_MAX_ALIASES', help: 'most aliases in one query' },
  { key: 'maxTokens', flag: '--max-tokens <n>', env: 'PAPERGRAPH_MAX_TOKENS', help: 'most tokens in one query document' },
  { key: 'maxCost', flag: '--max-cost <n>', env: 'PAPERGRAPH_MAX_COST', help: 'highest estimated query cost' },
  {
    key: 'requestTimeoutMs',
    flag: '--request-timeout <ms>',
    env: 'PAPERGRAPH_REQUEST_TIMEOUT',
    help: 'time limit of one request; Neo4j queries past it are cancelled',
  },
  {
    key: 'maxConcurrentExpensive',
    flag: '--max-concurrent <n>',
    env: 'PAPERGRAPH_MAX_CONCURRENT',
    help: 'neighbourhood / path / search / export calls running at once, each',
  },
  {
    key: 'maxQueuedExpensive',
    flag: '--max-queued <n>',
    env: 'PAPERGRAPH_MAX_QUEUED',
    help: 'calls waiting for such a slot before SERVER_BUSY',
    zero: true,
  },
  {
    key: 'exportMaxNodes',
    flag: '--export-max-nodes <n>',
    env: 'PAPERGRAPH_EXPORT_MAX_NODES',
    help: 'most nodes of a whole-graph export over HTTP (0: no limit)',
    zero: true,
  },
];

export interface ServeSafetyFlags {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  requestTimeout: number;
  maxConcurrent: number;
  maxQueued: number;
  exportMaxNodes: number;
  allowedHosts?: string[];
  corsOrigin?: string[];
  introspection?: boolean;
  shutdownGrace: number;
  logLevel: string;
}

/** The serve flags of README "Operating papergraph": limits, hosts, CORS, logs and shutdown, each also an environment variable. */
export function addServeSafetyOptions(command: Command): Command {
  for (const f of LIMIT_FLAGS) {
    command.addOption(
      new Option(f.flag, f.help)
        .env(f.env)
        .argParser(f.zero ? wholeNumber : positiveInt)
        .default(DEFAULT_API_LIMITS[f.key]),
    );
  }
  return command
    .addOption(
      new Option('--allowed-hosts <hosts>', 'comma-separated Host names to answer to besides loopback ("*": any)')
        .env('PAPERGRAPH_ALLOWED_HOSTS')
        .argParser(list),
    )
    .addOption(
      new Option('--cors-origin <origins>', 'comma-separated origins browsers may call from (default "*", without credentials)')
        .env('PAPERGRAPH_CORS_ORIGIN')
        .argParser(list),
    )
    .addOption(new Option('--introspection', 'answer introspection queries (default: on with the IDE, off with --no-ide)'))
    .addOption(new Option('--no-introspection', 'refuse introspection queries'))
    .addOption(
      new Option('--shutdown-grace <ms>', 'how long shutdown waits for in-flight requests')
        .env('PAPERGRAPH_SHUTDOWN_GRACE')
        .argParser(wholeNumber)
        .default(10_000),
    )
    .addOption(
      new Option('--log-level <level>', 'request and error log on stderr (JSON lines)')
        .env('PAPERGRAPH_LOG_LEVEL')
        .choices(['silent', 'error', 'warn', 'info', 'debug'])
        .default('info'),
    );
}

export function apiLimitsOf(flags: ServeSafetyFlags): ApiLimits {
  return {
    maxDepth: flags.maxDepth,
    maxAliases: flags.maxAliases,
    maxTokens: flags.maxTokens,
    maxCost: flags.maxCost,
    requestTimeoutMs: flags.requestTimeout,
    maxConcurrentExpensive: flags.maxConcurrent,
    maxQueuedExpensive: flags.maxQueued,
    exportMaxNodes: flags.exportMaxNodes,
  };
}
