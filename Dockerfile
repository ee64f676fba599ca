# SICREMI in a container: built in one stage, run from the production build in a slim Debian
# image as a non-root user. The same commands as CI's topology test (test/production-topology
# .test.ts): `npm ci`, `npm run build`, then `node bin/sicremi.js serve` with SICREMI_FROM_BUILD=1.
# See deploy/README.md and compose.yaml.

FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 compiles here (python3, make and g++ are in this image).
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    SICREMI_FROM_BUILD=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    SICREMI_DATA_DIR=/var/lib/sicremi
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
COPY --from=build /app/assets ./assets
COPY --from=build /app/web/dist ./web/dist
RUN useradd --system --uid 10001 --home-dir /var/lib/sicremi sicremi \
    && mkdir -p /var/lib/sicremi && chown sicremi:sicremi /var/lib/sicremi
USER sicremi
EXPOSE 3000
# Ready: store (and replica) reachable, migrations current.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM: the process drains and exits 0 within 30 s (docker stop waits 10 s by default:
# compose.yaml sets stop_grace_period: 30s).
CMD ["node", "bin/sicremi.js", "serve"]
