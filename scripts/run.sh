#!/usr/bin/env bash
# `make run`: starts the spam worker against the local broker, publishes the sample feed (plus a few
# poison messages), then shows the verdicts, the dead letters and where the metrics are.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${HTTP_PORT:-9464}"
mkdir -p .run
export VIGIL_HTTP_PORT="$port" LOG_LEVEL="${LOG_LEVEL:-info}"

if [[ -f .run/spam.pid ]] && kill -0 "$(cat .run/spam.pid)" 2>/dev/null; then
  echo "spam worker: already running (pid $(cat .run/spam.pid))"
else
  setsid bin/vigil serve spam >.run/spam.log 2>&1 &
  echo $! >.run/spam.pid
  echo "spam worker: started (pid $(cat .run/spam.pid), log .run/spam.log)"
fi
for i in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$(cat .run/spam.pid)" 2>/dev/null || { echo "spam worker exited:"; tail -20 .run/spam.log; exit 1; }
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "spam worker not ready after 60 s:"; tail -20 .run/spam.log; exit 1; }
echo "spam worker: ready"

bin/vigil produce --sample --poison
echo
echo "== verdicts (decision, sender, event, categories, policies, actions) =="
bin/vigil verdicts --idle-ms 4000 > .run/verdicts.txt
grep -v '^ALLOW' .run/verdicts.txt | head -40 || true
echo "   ... (allow verdicts and the rest in .run/verdicts.txt)"
tail -1 .run/verdicts.txt
echo
echo "== dead letters =="
bin/vigil verdicts --deadletters --idle-ms 2000
echo
echo "== metrics: http://127.0.0.1:$port/metrics  (health: /healthz, readiness: /readyz) =="
curl -fs "http://127.0.0.1:$port/metrics" | grep -E '^vigil_(verdicts_total|dead_letters_total|events_consumed_total)' | head -20
echo
echo "The broker and the worker keep running; 'make stop' stops them."
