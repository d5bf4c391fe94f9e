#!/usr/bin/env bash
# `make run`: starts the text worker (text harms + spam frequency) and the image worker (hash banks with the synthetic
# sample bank, nudity cascade, weapons baseline) against the local broker, publishes the sample feed (plus a few poison
# messages), then shows the verdicts, the dead letters and where the metrics are.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${HTTP_PORT:-9464}"
mkdir -p .run
export LOG_LEVEL="${LOG_LEVEL:-info}"

# start_worker SERVICE PORT [VAR=VALUE...]: starts `vigil serve SERVICE` unless running, waits for /readyz
start_worker() {
  local svc="$1" p="$2"; shift 2
  if [[ -f ".run/$svc.pid" ]] && kill -0 "$(cat ".run/$svc.pid")" 2>/dev/null; then
    echo "$svc worker: already running (pid $(cat ".run/$svc.pid"))"
  else
    env VIGIL_HTTP_PORT="$p" "$@" setsid bin/vigil serve "$svc" >".run/$svc.log" 2>&1 &
    echo $! >".run/$svc.pid"
    echo "$svc worker: started (pid $(cat ".run/$svc.pid"), log .run/$svc.log, http://127.0.0.1:$p)"
  fi
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$p/readyz" >/dev/null 2>&1 && { echo "$svc worker: ready"; return 0; }
    kill -0 "$(cat ".run/$svc.pid")" 2>/dev/null || { echo "$svc worker exited:"; tail -20 ".run/$svc.log"; exit 1; }
    sleep 0.2
  done
  echo "$svc worker not ready after 120 s:"; tail -20 ".run/$svc.log"; exit 1
}

start_worker text "$port"
start_worker image "$((port + 1))" VIGIL_HASH_BANKS=samples/banks/banks.yaml VIGIL_WEAPONS=true

bin/vigil produce --sample --poison
echo
echo "== verdicts (decision, sender, event, categories, policies, actions) =="
bin/vigil verdicts --idle-ms 5000 > .run/verdicts.txt
# at most two per sender group (campaign-0, campaign-1 … count as one group); images all shown
grep -v '^ALLOW' .run/verdicts.txt | awk '{g=$2; sub(/-[0-9]+$/, "", g); if (n[g]++ < 2) print}' || true
grep 'image-' .run/verdicts.txt | grep '^ALLOW' || true
echo "   ... (all verdicts, allow included, in .run/verdicts.txt)"
tail -1 .run/verdicts.txt
echo
echo "== high-priority verdicts (notify authorities: topic vigil.verdicts.priority) =="
bin/vigil verdicts --priority --idle-ms 2000
echo
echo "== dead letters =="
bin/vigil verdicts --deadletters --idle-ms 2000
echo
for svc in text:$port image:$((port + 1)); do
  echo "== ${svc%%:*} worker metrics: http://127.0.0.1:${svc##*:}/metrics  (health: /healthz, readiness: /readyz) =="
  curl -fs "http://127.0.0.1:${svc##*:}/metrics" | grep -E '^vigil_(verdicts_total|dead_letters_total|events_consumed_total|hash_bank_matches_total|model_loaded)' | head -14
done
echo
echo "The broker and the workers keep running; 'make stop' stops them."
