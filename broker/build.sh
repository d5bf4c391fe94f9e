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
lib="$out/src/package/deps/librdkafka"
# OpenSSL (Debian's libssl-dev) for the TLS listener; SASL PLAIN/SCRAM/OAUTHBEARER are in the patch.
configure_flags="--disable-gssapi --disable-zstd --disable-lz4-ext --disable-curl --disable-sasl --disable-zlib --disable-regex-ext"
# The source is patched once per set of patches and flags: a change starts again from pristine source.
want=$( (cat "$here"/patches/*.patch; echo "$configure_flags") | sha256sum | cut -c1-16)
if [[ -d "$lib" && "$(cat "$lib/.vigil-patched" 2>/dev/null)" != "$want" ]]; then
  echo "broker: patches or flags changed: starting from pristine librdkafka source"
  rm -rf package
fi
if [[ ! -d package/deps/librdkafka ]]; then
  echo "broker: fetching librdkafka source from npm ($pkg)"
  rm -rf package ./*.tgz
  npm pack --silent "$pkg" >/dev/null
  tar xzf ./*.tgz
  rm -f ./*.tgz
fi
if [[ ! -f "$lib/.vigil-patched" ]]; then
  for p in "$here"/patches/*.patch; do
    echo "broker: applying $(basename "$p")"
    patch -s -d "$lib" -p1 < "$p"
  done
  rm -f "$lib/src/librdkafka.a"
  echo "$want" > "$lib/.vigil-patched"
fi
if [[ ! -f "$lib/src/librdkafka.a" ]]; then
  echo "broker: building librdkafka (static, with OpenSSL, no zstd; about a minute on 2 cores)"
  # shellcheck disable=SC2086
  (cd "$lib" && ./configure --enable-ssl $configure_flags >"$out/configure.log" 2>&1) \
    || { tail -20 "$out/configure.log"; exit 1; }
  make -C "$lib/src" -j"$(nproc)" librdkafka.a >"$out/make.log" 2>&1 || { tail -30 "$out/make.log"; exit 1; }
fi
cc -O2 -Wall -o "$bin.tmp" "$here/mock-broker.c" -I"$lib/src" "$lib/src/librdkafka.a" \
  -lssl -lcrypto -lpthread -lm -ldl
mv "$bin.tmp" "$bin"
echo "broker: built $bin"
