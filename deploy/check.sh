#!/usr/bin/env bash
# Builds the container's binary with deploy/build.sh and checks it is
# static and runs; then checks the systemd unit with systemd-analyze verify
# where that tool exists (it needs no running systemd). Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sh deploy/build.sh "$tmp/articlebot"
if command -v ldd >/dev/null && ldd "$tmp/articlebot" >/dev/null 2>&1; then
  echo "deploy: the binary is dynamically linked; the distroless image needs a static one"; ldd "$tmp/articlebot"; exit 1
fi
"$tmp/articlebot" version
"$tmp/articlebot" healthcheck --help >/dev/null 2>&1 || { echo "deploy: the binary has no healthcheck command, which the Dockerfile's HEALTHCHECK runs"; exit 1; }
grep -q 'deploy/build.sh' Dockerfile || { echo "deploy: the Dockerfile no longer builds with deploy/build.sh"; exit 1; }

if command -v systemd-analyze >/dev/null; then
  # verify checks that ExecStart exists: point it at the binary just built.
  sed "s|/usr/local/bin/articlebot|$tmp/articlebot|" deploy/articlebot.service > "$tmp/articlebot.service"
  systemd-analyze verify "$tmp/articlebot.service"
  echo "deploy: systemd unit verified"
else
  echo "deploy: systemd-analyze not installed; unit not verified"
fi
echo "deploy: static binary built as the Dockerfile builds it"
