import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Docker cannot run on the development and CI machines, so the file's structure is checked instead.
describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a password from the environment, volumes and a wget healthcheck', async () => {
    const compose = parse(await readFile('docker-compose.yml', 'utf8'));
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.ports).toEqual(['7474:7474', '7687:7687']);
    expect(neo4j.volumes).toEqual(['neo4j-data:/data', 'neo4j-logs:/logs']);
    expect(neo4j.healthcheck.test.join(' ')).toContain('wget');
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data', 'neo4j-logs']);
  });

  it('builds the API from the repo and starts it once Neo4j is healthy, pointed at it', async () => {
    const compose = parse(await readFile('docker-compose.yml', 'utf8'));
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.ports).toEqual(['4000:4000']);
    const dockerfile = await readFile('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('--ingest", "data/hf-daily-papers-sample.txt"');
  });
});
