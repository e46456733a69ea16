# The Probot app (the server `npm start` runs) in a container. See docs/docker.md.
#   docker build -t incident-workflow .
#   docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… incident-workflow
# No --init needed: Node runs as PID 1 and the app handles SIGTERM and SIGINT itself (a PID 1 gets
# no default signal handling from the kernel, so that matters), and it starts no child processes.

# Build: the full install (TypeScript, the template and default-config generators), then lib/
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/gen-templates.mjs scripts/gen-default-config.mjs scripts/write-generated.mjs scripts/
COPY templates templates
COPY src src
RUN npm run build

# Run: production dependencies and the built app only, as the unprivileged `node` user.
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY app.yml ./
COPY schema schema
COPY --from=build /app/lib lib
USER node
EXPOSE 3000
# Probot answers GET /ping with PONG. Slim images have no curl: Node's own fetch asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ping').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `docker stop` sends SIGTERM and kills after 10 s: the app finishes accepted work for at most
# INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS (default 8) and exits. A longer drain needs a longer
# `docker stop --time` / `--stop-timeout`.
STOPSIGNAL SIGTERM
CMD ["node", "lib/start.js"]
