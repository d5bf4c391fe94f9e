#!/usr/bin/env bash
# `make run`: starts the text worker (text harms + spam frequency), the image worker (hash banks with the synthetic
# sample bank, nudity cascade, weapons baseline, text and QR codes in images) and the video worker against the local
# broker, publishes the sample feed (plus a few poison messages; its images include an ad poster with a QR code drawn
# at run time) and two generated videos, then shows the verdicts, the dead letters and the metrics.
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

# sample videos, generated (never downloaded): A is banked (a synthetic stand-in for a banned video), its re-encoded
# rescaled copy is published, and B is unrelated
mkdir -p .run/banks
if [[ ! -f .run/banks/banks.yaml ]]; then
  ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i testsrc=duration=8:size=320x240:rate=10 -pix_fmt yuv420p .run/sample-a.mp4
  ffmpeg -hide_banner -loglevel error -nostdin -y -i .run/sample-a.mp4 -vf scale=480:360 -c:v libx264 -crf 32 .run/sample-a-copy.mp4
  ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i testsrc2=duration=8:size=320x240:rate=10 -pix_fmt yuv420p .run/sample-b.mp4
  bin/vigil hash --video --csv sample-video-1 .run/sample-a.mp4 > .run/banks/sample-videos.csv
  cp samples/banks/sample-csam.csv .run/banks/
  printf 'banks:\n  - { name: sample-csam, file: sample-csam.csv, category: csam }\n  - { name: sample-banned-videos, file: sample-videos.csv, category: banned, media: video }\n' > .run/banks/banks.yaml
fi

start_worker text "$port"
start_worker image "$((port + 1))" VIGIL_HASH_BANKS=.run/banks/banks.yaml VIGIL_WEAPONS=true
start_worker video "$((port + 2))" VIGIL_HASH_BANKS=.run/banks/banks.yaml VIGIL_VIDEO_IDLE_MS=3000
# the review console (make db started its PostgreSQL); a first lead account is written to .run/review-credentials
review_port="${REVIEW_PORT:-8080}"
start_worker review "$((port + 3))" DATABASE_URL="$(cat .run/postgres/url)" VIGIL_REVIEW_HTTP_PORT="$review_port" VIGIL_REVIEW_BOOTSTRAP_FILE=.run/review-credentials

prefix="sample-$(date +%s)"
bin/vigil produce --sample --poison --prefix "$prefix"
bin/vigil produce --video .run/sample-a-copy.mp4 --video-id sample-video-copy
bin/vigil produce --video .run/sample-b.mp4 --video-id sample-video-unended --no-last
echo
echo "== verdicts (decision, sender, event, categories, policies, actions) =="
sleep 4 # the unended video is finalised by the idle timeout (3 s here)
bin/vigil verdicts --idle-ms 5000 > .run/verdicts.txt
# at most two per sender group (campaign-0, campaign-1 … count as one group); images all shown
grep -v '^ALLOW' .run/verdicts.txt | awk '{g=$2; sub(/-[0-9]+$/, "", g); if (n[g]++ < 2) print}' || true
grep 'image-' .run/verdicts.txt | grep '^ALLOW' || true
grep 'sample-video' .run/verdicts.txt | grep '^ALLOW' || true
echo "   ... (all verdicts, allow included, in .run/verdicts.txt)"
tail -1 .run/verdicts.txt
echo
echo "== text and QR codes in images: the sample ad poster (drawn now with the wqy font, a QR code to a chat group) =="
echo "   signals read from the picture, with where and how they were read; the recognised text itself is never in a verdict"
bin/vigil verdicts --json --idle-ms 2000 | node -e '
  const id = process.argv[1];
  require("node:readline").createInterface({ input: process.stdin }).on("line", (l) => {
    const v = JSON.parse(l);
    if (v.eventId !== id || v.service !== "image") return;
    console.log(`   ${v.decision} ${v.categories.map((c) => `${c.name}=${c.score.toFixed(2)}`).join(",")}; rules ${v.rules.filter((r) => r.decision !== "ALLOW").map((r) => r.id).join(", ")}`);
    for (const s of v.signals) {
      if (s.evidence.source !== "image-text" && s.evidence.source !== "qr") continue;
      console.log(`   ${`${s.classifier}.${s.label}`.padEnd(26)} ${s.score.toFixed(2)}  ${Object.entries(s.evidence).map(([k, x]) => `${k}=${x}`).join(" ")}`);
    }
  });' "$prefix-image-ad-poster"
echo
echo "== high-priority verdicts (notify authorities: topic vigil.verdicts.priority) =="
bin/vigil verdicts --priority --idle-ms 2000
echo
echo "== dead letters =="
bin/vigil verdicts --deadletters --idle-ms 2000
echo
for svc in text:$port image:$((port + 1)) video:$((port + 2)); do
  echo "== ${svc%%:*} worker metrics: http://127.0.0.1:${svc##*:}/metrics  (health: /healthz, readiness: /readyz) =="
  curl -fs "http://127.0.0.1:${svc##*:}/metrics" | grep -E '^vigil_(verdicts_total|dead_letters_total|events_consumed_total|hash_bank_matches_total|model_loaded|video_verdicts_total|text_languages_total)' | grep -v ' 0$' | head -24
done
echo
echo "== review console: http://127.0.0.1:$review_port/ =="
for _ in $(seq 1 50); do
  depth=$(curl -fs "http://127.0.0.1:$((port + 3))/metrics" | awk '/^vigil_review_queue_depth/ {n += $2} END {print n + 0}')
  [[ "$depth" -gt 0 ]] && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$((port + 3))/metrics" | grep -E '^vigil_review_queue_depth' | sed 's/^/   /'
if [[ -f .run/review-credentials ]]; then
  echo "   first account (a lead; create reviewers under Accounts): $(sed -n 's/^username: //p' .run/review-credentials) / $(sed -n 's/^password: //p' .run/review-credentials)"
  echo "   (kept in .run/review-credentials, mode 0600)"
fi
echo
echo "The broker, the workers, the review console and its database keep running; 'make stop' stops them."
