import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs on the development and CI machines, so these tests parse docker-compose.yml,
// the Dockerfile and .dockerignore and check their structure; the commands they run are tested
// for real in container-start.test.ts.
const compose = async () => parse(await readFile('docker-compose.yml', 'utf8'));
const dockerfile = async () => readFile('Dockerfile', 'utf8');
/** The Dockerfile's instructions, continuation lines joined. */
const instructions = async () =>
  (await dockerfile())
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
const execForm = (line: string) => JSON.parse(line.slice(line.indexOf('['))) as string[];

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a password from the environment, volumes, a wget healthcheck and a restart policy', async () => {
    const { services, volumes } = await compose();
    const neo4j = services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?.*8 characters/);
    expect(neo4j.volumes).toEqual(['neo4j-data:/data', 'neo4j-logs:/logs']);
    expect(neo4j.healthcheck.test.join(' ')).toContain('wget');
    expect(neo4j.restart).toBe('unless-stopped');
    expect(Object.keys(volumes)).toEqual(['neo4j-data', 'neo4j-logs']);
  });

  it("publishes Neo4j's ports on 127.0.0.1 only", async () => {
    expect((await compose()).services.neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
  });

  it('starts the API once Neo4j is healthy, retries Bolt with backoff, checks its health, restarts, mounts ./input at /data', async () => {
    const api = (await compose()).services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(Number(api.environment.NEO4J_WAIT_SECONDS)).toBeGreaterThan(0);
    expect(api.restart).toBe('unless-stopped');
    // Healthy means serving: /readyz answers 503 while Neo4j does not.
    expect(api.healthcheck.test.join(' ')).toContain('http://127.0.0.1:4000/readyz');
    expect(existsSync('input/README.md')).toBe(true);
    expect(api.ports).toEqual(['127.0.0.1:4000:4000']);
    expect(api.volumes).toEqual(['./input:/data:ro']);
  });
});

describe('Dockerfile', () => {
  it('installs dependencies from package*.json before copying the sources, so a source change reuses the npm ci layer', async () => {
    const lines = await instructions();
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect(lines[0]).toMatch(/^FROM node:20/);
    expect(at(/^COPY package\.json package-lock\.json/)).toBeGreaterThanOrEqual(0);
    expect(at(/^COPY package\.json package-lock\.json/)).toBeLessThan(at(/^RUN npm ci/));
    expect(at(/^RUN npm ci/)).toBeLessThan(at(/^COPY src /));
  });

  it('runs as the unprivileged node user, with a healthcheck', async () => {
    const lines = await instructions();
    const user = lines.filter((l) => l.startsWith('USER '));
    expect(user.at(-1)).toBe('USER node');
    expect(lines.findIndex((l) => l === 'USER node')).toBeLessThan(lines.findIndex((l) => l.startsWith('CMD ')));
    expect(lines.find((l) => l.startsWith('HEALTHCHECK'))).toContain('/healthz');
  });

  it('has the CLI as entry point (so `docker compose run --rm api ingest …` works) and ingests the demo only into an empty graph', async () => {
    const lines = await instructions();
    expect(execForm(lines.find((l) => l.startsWith('ENTRYPOINT'))!)).toEqual(['node', '--max-semi-space-size=32', 'dist/cli/main.js']);
    const cmd = execForm(lines.find((l) => l.startsWith('CMD '))!);
    expect(cmd[0]).toBe('serve');
    expect(cmd).not.toContain('--ingest');
    const demo = cmd.slice(cmd.indexOf('--ingest-if-empty') + 1, cmd.indexOf('--year'));
    // The same files `npm start` loads, all shipped in the image's data/.
    const start = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(demo.length).toBeGreaterThan(0);
    for (const file of demo) {
      expect(start).toContain(file);
      expect(existsSync(file), file).toBe(true);
    }
    expect(lines).toContain('COPY data ./data');
  });

  it('.dockerignore keeps .git, node_modules and local data out of the build context', async () => {
    const ignored = (await readFile('.dockerignore', 'utf8')).split('\n').map((l) => l.trim());
    for (const entry of ['.git', 'node_modules', 'dist', '.papergraph', 'input']) expect(ignored).toContain(entry);
  });
});

describe('README on Docker', () => {
  it("documents ingesting one's own files, the password rules and that a changed password is ignored", async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain('docker compose run --rm api ingest /data/');
    expect(readme).toMatch(/8 characters/);
    expect(readme).toMatch(/ignores a changed password|changed `NEO4J_PASSWORD` is ignored/);
  });
});
