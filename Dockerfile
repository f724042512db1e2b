# papergraph API image: used by docker-compose.yml next to the official neo4j image.
# Build stage: dependencies first (cached until package*.json change), then the sources.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here; the build runs below.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build-viewer.ts ./scripts/
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY data ./data
COPY schema ./schema
# The official image's unprivileged user; /data is where compose mounts the user's input files.
RUN mkdir -p /data /app/.papergraph && chown node:node /data /app/.papergraph
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "--max-semi-space-size=32", "dist/cli/main.js"]
# The demo papers go only into an empty graph, so a restart never re-ingests them over the user's data.
CMD ["serve", "--host", "0.0.0.0", "--port", "4000", "--ingest-if-empty", "data/hf-daily-papers-sample.txt", "data/arxiv-recent-sample.jsonl", "--year", "2025"]
