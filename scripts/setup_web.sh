#!/usr/bin/env bash
# Front-end setup for `sitrep serve`, called by `make setup`.
#
# 1. Installs the web app's libraries from the npm registry (package.json + package-lock.json,
#    `npm ci`, so the versions are the locked ones) and copies their built files into
#    src/sitrep/web/static/vendor/ (a build output, not committed): the app serves them itself,
#    nothing is fetched from a CDN at run time.
# 2. Installs Debian's chromium (for the browser tests) when /usr/bin/chromium is missing.
#    Playwright drives that binary; it never downloads a browser of its own.
#
# SITREP_SKIP_CHROMIUM=1 skips step 2 (e.g. on a machine that only serves).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/src/sitrep/web/static/vendor"
cd "$ROOT"

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

if ! command -v npm >/dev/null 2>&1; then
    echo "setup_web: npm not found; installing Debian's nodejs and npm"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# --ignore-scripts: none of these packages needs an install script, and none should run one.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/d3" "$VENDOR/topojson-client" "$VENDOR/world-atlas"
NM="$ROOT/node_modules"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$VENDOR/leaflet/"
cp "$NM/leaflet/dist/images/"*.png "$VENDOR/leaflet/images/"
cp "$NM/leaflet/LICENSE" "$VENDOR/leaflet/LICENSE"
cp "$NM/d3/dist/d3.min.js" "$VENDOR/d3/"
cp "$NM/d3/LICENSE" "$VENDOR/d3/LICENSE"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$VENDOR/topojson-client/"
cp "$NM/topojson-client/LICENSE" "$VENDOR/topojson-client/LICENSE"
# Natural Earth 1:50m country outlines (public domain) as TopoJSON.
cp "$NM/world-atlas/countries-50m.json" "$NM/world-atlas/countries-110m.json" "$VENDOR/world-atlas/"
cp "$NM/world-atlas/LICENSE" "$VENDOR/world-atlas/LICENSE"
# A marker the server checks: present only when every copy above succeeded.
node -e 'const p=require("./package-lock.json");const o={};for(const n of ["leaflet","d3","topojson-client","world-atlas"]){o[n]=p.packages["node_modules/"+n].version}require("fs").writeFileSync(process.argv[1],JSON.stringify(o,null,1)+"\n")' "$VENDOR/manifest.json"
echo "setup_web: front-end libraries copied to ${VENDOR#"$ROOT"/}"

if [ "${SITREP_SKIP_CHROMIUM:-0}" != "1" ] && [ ! -x /usr/bin/chromium ]; then
    echo "setup_web: installing Debian's chromium for the browser tests"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
