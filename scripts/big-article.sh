#!/bin/sh
# big-article.sh OUT [BYTES] writes an article of about BYTES bytes (default
# 4.9 MB, just under the 5 MB limit) made of the built-in article repeated,
# one paragraph per line, for measuring time and memory on a large input:
#   go build -o /tmp/articlebot . && scripts/big-article.sh /tmp/big.txt
#   /usr/bin/time -v /tmp/articlebot ask --article /tmp/big.txt "What did Witkoff say?"
set -eu
out=$1
bytes=${2:-4900000}
src=$(dirname "$0")/../article.txt
: > "$out"
while [ "$(wc -c < "$out")" -lt "$bytes" ]; do
	cat "$src" >> "$out"
done
head -c "$bytes" "$out" > "$out.tmp" && mv "$out.tmp" "$out"
echo >> "$out"
