# The GraphQL API as an image. Neo4j is not inside it: run the official
# neo4j image beside it (see docker-compose.yml). The neo4j-local/ Maven
# launcher and tools/ (benchmark, generator) are for development only and are
# not copied.

# ---- build: compile TypeScript and bundle the explorer to dist/ -----------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The explorer's pages (esbuild bundles them into dist/explorer; the server serves them at /explore).
COPY explorer ./explorer
RUN npm run build

# ---- runtime: production dependencies, compiled code and run-time files ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: the seed article (SEED=true) and the GraphQL schema.
COPY seeds ./seeds
COPY schema ./schema
USER node
EXPOSE 4000
# Liveness only; the compose file checks /ready (Neo4j reachable) instead.
# No curl in the slim image: Node 20's fetch does the request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/index.js"]
