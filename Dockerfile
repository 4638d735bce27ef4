# NewsBrief image: the bot (default command), a job worker (node dist/worker.js) and the REST proxy
# (node dist/rest-proxy.js) all run from it. Multi-stage: the build stage has the compilers the
# SQLite driver needs and the dev dependencies; the runtime stage has only dist/ and production
# dependencies, and runs as the unprivileged `node` user.

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts wait until the sources are there (prepare builds dist/).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
# bin/compiled-cli.cjs loads the CLI: the build runs it once to save V8's code cache for it.
COPY bin ./bin
COPY src ./src
RUN npm rebuild sqlite3 && npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node bin ./bin
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# GET /healthz and /metrics, when METRICS_PORT is set (compose sets 9464).
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const p=process.env.METRICS_PORT;if(!p)process.exit(0);fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/index.js"]
