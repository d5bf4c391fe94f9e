# syntax=docker/dockerfile:1
# vigil worker image: `docker build -t vigil:0.3.0 .`; for GPU nodes
# `docker build --build-arg ONNXRUNTIME_EP=cuda12 -t vigil-gpu:0.3.0 .` (onnxruntime-node fetches its
# CUDA execution provider at install; run with VIGIL_ONNX_EXECUTION_PROVIDERS=cuda,cpu).
ARG NODE_VERSION=20

# 1. build: all dependencies, TypeScript → dist/, the native image addon, the ONNX forms of the models (text, nsfwjs)
FROM node:${NODE_VERSION}-bookworm AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends build-essential libjpeg62-turbo-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY services services
COPY schemas schemas
COPY policy policy
COPY models models
COPY native native
RUN npx tsc -p tsconfig.json && node dist/services/cli/main.js models export
# the addon (dist/native/vigil_native.node): a missing compiler or libjpeg header, or a compile error, fails the build
# rather than shipping the slower JavaScript fallback
RUN VIGIL_NATIVE_REQUIRED=1 bash native/pdq/build.sh \
 && node -e "require('/src/dist/native/vigil_native.node')"

# 2. production dependencies only
FROM node:${NODE_VERSION}-bookworm AS deps
ARG ONNXRUNTIME_EP=skip
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund --onnxruntime-node-install=${ONNXRUNTIME_EP}

# 3. runtime: no compilers, no dev dependencies, non-root, models built in; libjpeg-turbo for the native addon
FROM node:${NODE_VERSION}-bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libjpeg62-turbo \
 && rm -rf /var/lib/apt/lists/*
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
# the addon loads (its libjpeg is installed) or the image build fails
RUN node -e "require('/app/dist/native/vigil_native.node')"
USER 10001:10001
EXPOSE 9464
ENTRYPOINT ["node", "dist/services/cli/main.js"]
CMD ["serve", "text"]
