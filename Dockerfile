# papergraph API image: used by docker-compose.yml next to the official neo4j image.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/build-viewer.ts ./scripts/
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
COPY cypher ./cypher
COPY data ./data
COPY schema ./schema
ENV NODE_ENV=production
EXPOSE 4000
# Ingest is idempotent, so ingesting the sample at every start is safe; it runs before serving.
CMD ["node", "--max-semi-space-size=32", "dist/cli/main.js", "serve", "--host", "0.0.0.0", "--port", "4000", "--ingest", "data/hf-daily-papers-sample.txt"]
