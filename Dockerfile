# Rodnik sync server. Multi-stage: the build stage compiles the native SQLite
# addon; the runtime stage carries only production dependencies and runs as
# the unprivileged `node` user with its data on a volume.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
COPY packages/domain/package.json packages/domain/
COPY apps/sync-server/package.json apps/sync-server/
RUN npm ci --omit=dev --workspace @rodnik/sync-server --no-audit --no-fund
COPY tsconfig.base.json ./
COPY packages/domain/src packages/domain/src
COPY apps/sync-server/src apps/sync-server/src

# The web app: a static SPA shell, built once and served by the server at `/`.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY packages/domain/package.json packages/domain/
COPY apps/web/package.json apps/web/
RUN npm ci --workspace @rodnik/web --no-audit --no-fund --ignore-scripts
COPY tsconfig.base.json ./
COPY packages/domain/src packages/domain/src
COPY apps/web apps/web
RUN npm run build -w @rodnik/web

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=8787 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app /app
COPY --from=web /app/apps/web/build /app/apps/web/build
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "apps/sync-server/src/main.ts"]
