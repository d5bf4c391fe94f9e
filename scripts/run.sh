#!/usr/bin/env bash
# `make run`: starts the text worker (text harms + spam frequency) against the local broker, publishes the sample feed (plus a few
# poison messages), then shows the verdicts, the dead letters and where the metrics are.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${HTTP_PORT:-9464}"
mkdir -p .run
export VIGIL_HTTP_PORT="$port" LOG_LEVEL="${LOG_LEVEL:-info}"

if [[ -f .run/text.pid ]] && kill -0 "$(cat .run/text.pid)" 2>/dev/null; then
  echo "text worker: already running (pid $(cat .run/text.pid))"
else
  setsid bin/vigil serve text >.run/text.log 2>&1 &
  echo $! >.run/text.pid
  echo "text worker: started (pid $(cat .run/text.pid), log .run/text.log)"
fi
for i in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$(cat .run/text.pid)" 2>/dev/null || { echo "text worker exited:"; tail -20 .run/text.log; exit 1; }
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "text worker not ready after 60 s:"; tail -20 .run/text.log; exit 1; }
echo "text worker: ready"

bin/vigil produce --sample --poison
echo
echo "== verdicts (decision, sender, event, categories, policies, actions) =="
bin/vigil verdicts --idle-ms 4000 > .run/verdicts.txt
# at most two per sender group (campaign-0, campaign-1 … count as one group)
grep -v '^ALLOW' .run/verdicts.txt | awk '{g=$2; sub(/-[0-9]+$/, "", g); if (n[g]++ < 2) print}' || true
echo "   ... (all verdicts, allow included, in .run/verdicts.txt)"
tail -1 .run/verdicts.txt
echo
echo "== dead letters =="
bin/vigil verdicts --deadletters --idle-ms 2000
echo
echo "== metrics: http://127.0.0.1:$port/metrics  (health: /healthz, readiness: /readyz) =="
curl -fs "http://127.0.0.1:$port/metrics" | grep -E '^vigil_(verdicts_total|dead_letters_total|events_consumed_total)' | head -20
echo
echo "The broker and the worker keep running; 'make stop' stops them."
