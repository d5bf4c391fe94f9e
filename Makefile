# vigil — two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
ROOT := $(CURDIR)
BROKER_BIN := .broker/bin/vigil-mock-broker
BOOTSTRAP := .broker/bootstrap.txt
RUN_DIR := .run
HTTP_PORT ?= 9464
export KAFKAJS_NO_PARTITIONER_WARNING := 1

PG_DIR := $(RUN_DIR)/postgres

.PHONY: help setup deps build broker broker-stop db db-stop run stop test test-unit test-integration lint bench load catalogue coverage asyncapi train clean k8s

help:
	@echo "make run    install what is missing, start the local broker and the text and image workers, feed sample events, show verdicts"
	@echo "make test   unit + integration tests (starts its own broker)"
	@echo "make stop   stop what 'make run' started"
	@echo "make db     start the local PostgreSQL of the review console (data in $(PG_DIR)); make db-stop stops it"
	@echo "other: setup build broker lint bench load k8s catalogue clean"

# Idempotent: system packages, npm packages, the local broker, the TypeScript build.
setup: .setup-apt deps broker-build build

.setup-apt: Makefile
	@pkgs=""; for t in cc:build-essential make:build-essential patch:patch prometheus:prometheus promtool:prometheus ffmpeg:ffmpeg chromium:chromium; do \
	  command -v $${t%%:*} >/dev/null || pkgs="$$pkgs $${t##*:}"; done; \
	for t in /usr/lib/postgresql/15/bin/postgres:postgresql /usr/share/fonts/truetype/wqy/wqy-microhei.ttc:fonts-wqy-microhei /usr/include/openssl/ssl.h:libssl-dev /usr/bin/kcat:kcat /usr/bin/openssl:openssl /usr/include/jpeglib.h:libjpeg62-turbo-dev; do \
	  [ -e $${t%%:*} ] || pkgs="$$pkgs $${t##*:}"; done; \
	if [ -n "$$pkgs" ]; then \
	  echo "setup: installing Debian packages:$$pkgs"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$pkgs >/dev/null; \
	fi; touch .setup-apt

deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json .npmrc
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

build: deps
	npx tsc -p tsconfig.json
	@bash native/pdq/build.sh
	@bin/vigil models export

broker-build:
	@bash broker/build.sh

# Starts the local Kafka-protocol broker in the background (no-op when it is already up).
# BROKER_ARGS secures it, e.g. BROKER_ARGS="--tls-cert server.pem --tls-key server.key [--tls-client-ca ca.pem]
#   --sasl SCRAM-SHA-256 --sasl-user vigil:secret" (see broker/mock-broker.c).
broker: broker-build
	@if [ -f .broker/broker.pid ] && kill -0 $$(cat .broker/broker.pid) 2>/dev/null; then \
	  echo "broker: running at $$(cat $(BOOTSTRAP))"; \
	else \
	  rm -f $(BOOTSTRAP); \
	  setsid $(BROKER_BIN) --brokers 1 --partitions 4 --bootstrap-file $(BOOTSTRAP) $(BROKER_ARGS) >.broker/broker.log 2>&1 & echo $$! > .broker/broker.pid; \
	  for i in $$(seq 1 50); do [ -s $(BOOTSTRAP) ] && break; sleep 0.1; done; \
	  [ -s $(BOOTSTRAP) ] || { echo "broker: did not start"; cat .broker/broker.log; exit 1; }; \
	  echo "broker: started at $$(cat $(BOOTSTRAP)) (pid $$(cat .broker/broker.pid))"; \
	fi

broker-stop:
	@if [ -f .broker/broker.pid ]; then kill $$(cat .broker/broker.pid) 2>/dev/null || true; rm -f .broker/broker.pid $(BOOTSTRAP); echo "broker: stopped"; fi

# The review console's local PostgreSQL (Debian's postgresql 15; as root it runs as the postgres user).
db:
	@url=$$(bash scripts/postgres.sh start $(PG_DIR)) && echo "postgres: running at $${url%%:*}://…@$${url##*@} (DATABASE_URL in $(PG_DIR)/url)"

db-stop:
	@bash scripts/postgres.sh stop $(PG_DIR) 2>/dev/null || true

run: setup broker db
	@bash scripts/run.sh

stop:
	@for svc in text image video review; do \
	  if [ -f $(RUN_DIR)/$$svc.pid ]; then kill $$(cat $(RUN_DIR)/$$svc.pid) 2>/dev/null || true; rm -f $(RUN_DIR)/$$svc.pid; echo "$$svc worker: stopped"; fi; \
	done
	@$(MAKE) --no-print-directory broker-stop db-stop

# the review tests make a database of their own in the local cluster (VIGIL_TEST_DATABASE_URL)
test: setup lint db
	VIGIL_TEST_DATABASE_URL=$$(cat $(PG_DIR)/url) npx vitest run --project unit
	VIGIL_TEST_DATABASE_URL=$$(cat $(PG_DIR)/url) npx vitest run --project integration

test-unit: setup
	npx vitest run --project unit

test-integration: setup
	npx vitest run --project integration

lint: deps
	npx tsc -p tsconfig.test.json

# Kubernetes: copy the rules into the base's ConfigMap source, render both overlays (validated by the tests)
k8s: deps
	cp policy/rules.yaml k8s/base/rules/rules.yaml
	@for o in cpu gpu; do node --import tsx scripts/kustomize.ts k8s/overlays/$$o > k8s/rendered-$$o.yaml && echo "k8s: k8s/rendered-$$o.yaml ($$(grep -c '^kind:' k8s/rendered-$$o.yaml) objects)"; done

# a mixed feed at rising rates through the local broker and real worker processes (also run by make bench)
load: setup
	node --import tsx scripts/load.ts

bench: setup
	node --import tsx scripts/bench.ts

catalogue: deps
	npx tsx scripts/build-catalogue.ts

# docs/policy-coverage.md: catalogue item → the signal that detects it, or "not detected yet" (a test keeps it current)
coverage: deps
	node --import tsx scripts/coverage.ts

# docs/asyncapi.yaml: vigil's topics and their Avro schemas as AsyncAPI 3.0 (a test keeps it current)
asyncapi: deps
	node --import tsx scripts/asyncapi.ts

# Retrains the text models from ../shared/data and models/text/corpus (minutes; not part of setup or CI: the weights are
# committed). TRAIN_LABELS=labels.jsonl[,…] adds review decisions exported by `vigil labels export`. TRAIN_KEEP_HEADS
# names heads copied from the shipped model instead of trained again (en.spam: the English corpus rounds v48-v55 lower
# its SMS recall; en.hate: its data did not change); TRAIN_KEEP_HEADS= trains every head.
TRAIN_KEEP_HEADS ?= en.spam,en.hate
train: deps
	node --import tsx models/build-domains.ts
	node --import tsx models/build-terms.ts
	TRAIN_KEEP_HEADS=$(TRAIN_KEEP_HEADS) node --import tsx models/train-text.ts
	node --import tsx models/langid-eval.ts
	node --import tsx models/deobfuscation-eval.ts
	bin/vigil models export
	node --import tsx models/heldout-eval.ts
	node --import tsx models/text/corpus/knowledge-base.ts
	node --import tsx models/model-card.ts

clean: stop
	rm -rf dist .run .setup-apt bench/out
	@echo "kept node_modules and .broker (rm -rf them for a full clean)"
