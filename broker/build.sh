#!/usr/bin/env bash
# Builds .broker/bin/vigil-mock-broker: librdkafka's mock cluster (source from the
# npm package @confluentinc/kafka-javascript, which bundles it), patched for kafkajs.
# Idempotent: does nothing when the binary is newer than its inputs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
pkg="@confluentinc/kafka-javascript@1.10.1"   # bundles librdkafka 2.15.1
out="$root/.broker"
bin="$out/bin/vigil-mock-broker"
stamp_inputs=("$here/mock-broker.c" "$here/build.sh" "$here"/patches/*.patch)

if [[ -x "$bin" ]]; then
  fresh=1
  for f in "${stamp_inputs[@]}"; do [[ "$f" -nt "$bin" ]] && fresh=0; done
  if [[ $fresh == 1 ]]; then echo "broker: up to date ($bin)"; exit 0; fi
fi

mkdir -p "$out/src" "$out/bin"
cd "$out/src"
if [[ ! -d package/deps/librdkafka ]]; then
  echo "broker: fetching librdkafka source from npm ($pkg)"
  rm -rf package ./*.tgz
  npm pack --silent "$pkg" >/dev/null
  tar xzf ./*.tgz
  rm -f ./*.tgz
fi
lib="$out/src/package/deps/librdkafka"
if [[ ! -f "$lib/.vigil-patched" ]]; then
  for p in "$here"/patches/*.patch; do
    echo "broker: applying $(basename "$p")"
    patch -s -d "$lib" -p1 < "$p"
  done
  touch "$lib/.vigil-patched"
fi
if [[ ! -f "$lib/src/librdkafka.a" || "$lib/.vigil-patched" -nt "$lib/src/librdkafka.a" ]]; then
  echo "broker: building librdkafka (static, no SSL/SASL/zstd; about 30 s on 2 cores)"
  (cd "$lib" && ./configure --disable-ssl --disable-gssapi --disable-zstd --disable-lz4-ext \
      --disable-curl --disable-sasl --disable-zlib --disable-regex-ext >"$out/configure.log" 2>&1) \
    || { tail -20 "$out/configure.log"; exit 1; }
  make -C "$lib/src" -j"$(nproc)" librdkafka.a >"$out/make.log" 2>&1 || { tail -30 "$out/make.log"; exit 1; }
fi
cc -O2 -Wall -o "$bin.tmp" "$here/mock-broker.c" -I"$lib/src" "$lib/src/librdkafka.a" \
  -lpthread -lm -ldl
mv "$bin.tmp" "$bin"
echo "broker: built $bin"
