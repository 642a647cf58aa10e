# noticeboard: one replica. Several replicas share a PostgreSQL DATABASE_URL; one leads (sources, scheduler).
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    DATABASE_URL=file:/data/noticeboard.db \
    RULES_DIR=/app/rules \
    PORT=3000
WORKDIR /app

COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY bin ./bin
COPY src ./src
COPY rules ./rules
COPY tsconfig.json ./

# SQLite lives here; mount a volume. Rules can be replaced by mounting over /app/rules.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
EXPOSE 3000
USER node

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

CMD ["node", "bin/noticeboard.js", "start"]
