# syntax=docker/dockerfile:1
# vigil worker image: `docker build -t vigil:0.3.0 .`; for GPU nodes
# `docker build --build-arg ONNXRUNTIME_EP=cuda12 -t vigil-gpu:0.3.0 .` (onnxruntime-node fetches its
# CUDA execution provider at install; run with VIGIL_ONNX_EXECUTION_PROVIDERS=cuda,cpu).
ARG NODE_VERSION=20

# 1. build: all dependencies, TypeScript → dist/, the ONNX forms of the models (text, nsfwjs)
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY services services
COPY schemas schemas
COPY policy policy
COPY models models
RUN npx tsc -p tsconfig.json && node dist/services/cli/main.js models export

# 2. production dependencies only
FROM node:${NODE_VERSION}-bookworm AS deps
ARG ONNXRUNTIME_EP=skip
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund --onnxruntime-node-install=${ONNXRUNTIME_EP}

# 3. runtime: no compilers, no dev dependencies, non-root, models built in
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production LOG_LEVEL=info
WORKDIR /app
COPY --from=deps /src/node_modules node_modules
COPY --from=build /src/dist dist
COPY --from=build /src/models models
COPY package.json ./
COPY bin bin
COPY schemas schemas
COPY policy policy
# the review console applies its SQL migrations at start (services/review/db.ts reads them from here)
COPY services/review/migrations services/review/migrations
USER 10001:10001
EXPOSE 9464
ENTRYPOINT ["node", "dist/services/cli/main.js"]
CMD ["serve", "text"]
