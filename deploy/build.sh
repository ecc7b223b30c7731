#!/bin/sh
# Builds the static articlebot binary exactly as the container image does:
# the Dockerfile and .ci/run both call this script, so CI checks the binary
# that ships. Usage: deploy/build.sh OUTPUT
set -eu
out=${1:?usage: deploy/build.sh OUTPUT}
CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$out" .
