# Diplograph's app (ingest + GraphQL) for docker compose; Neo4j runs in its own container,
# so this image needs no Java: NEO4J_URI is always set (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci --ignore-scripts
COPY src ./src
COPY test ./test
COPY bench ./bench
RUN npx tsc -p tsconfig.json && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY data ./data
COPY seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "dist/src/cli/main.js", "start"]
