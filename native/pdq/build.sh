#!/usr/bin/env bash
# Builds dist/native/vigil_native.node (PDQ filter + DCT, JPEG shrink-on-load decode) from native/pdq/vigil_native.c
# with the C compiler and libjpeg-turbo headers `make setup` installs. Without them vigil runs on its JavaScript
# fallback (services/image/native.ts), which gives the same PDQ bits from the same pixels.
# VIGIL_NATIVE_REQUIRED=1 (the Dockerfile's build stage) makes missing tools an error instead.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src="$root/native/pdq/vigil_native.c"
out="$root/dist/native/vigil_native.node"
inc=$(node -p "require('node:path').join(process.execPath, '..', '..', 'include', 'node')")
cc=${CC:-cc}
if ! command -v "$cc" >/dev/null || [[ ! -f "$inc/node_api.h" ]] || [[ ! -f /usr/include/jpeglib.h ]]; then
  if [[ "${VIGIL_NATIVE_REQUIRED:-0}" == 1 ]]; then
    echo "native: C compiler, Node-API headers ($inc) or jpeglib.h missing and VIGIL_NATIVE_REQUIRED=1" >&2
    exit 1
  fi
  echo "native: C compiler, Node-API headers ($inc) or jpeglib.h missing: using the JavaScript fallback" >&2
  exit 0
fi
if [[ -f "$out" && "$out" -nt "$src" && "$out" -nt "${BASH_SOURCE[0]}" ]]; then exit 0; fi
mkdir -p "$(dirname "$out")"
"$cc" -O3 -std=gnu11 -fPIC -shared -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter -Wno-clobbered -I"$inc" "$src" -o "$out.tmp" -ljpeg -lm
mv "$out.tmp" "$out"
echo "native: built $out"
