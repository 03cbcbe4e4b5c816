# eIoT License Advisor: container image for teams that host containers instead of App Service.
# Not built on the machine this was written on (no Docker engine there); build it with
# `az acr build` (deploy/README.md) or any Docker/BuildKit host.

# ---- build: full dependencies + TypeScript compile ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` runs tsc, and the sources are not copied yet.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies and compiled output only ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=dev: no TypeScript, test or build tools in the image; --ignore-scripts: `prepare` would run tsc.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# Files stay root-owned and read-only to the app; it runs as the image's unprivileged `node` user.
USER node
EXPOSE 3978
# Node 24 has fetch built in; the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The same command as `npm start`: old space capped so V8 collects well inside the plan's memory (live heap ~90 MB).
CMD ["node", "--max-old-space-size=384", "dist/src/main.js"]
