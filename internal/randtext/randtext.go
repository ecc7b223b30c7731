// Package randtext makes random strings out of given pieces, for tests that
// check a fast routine against a slow, obviously right one on inputs nobody
// would think to write: quotation marks of every kind, broken UTF-8 bytes,
// odd spaces.
package randtext

import (
	"math/rand/v2"
	"strings"
)

// Strings returns n strings, each the concatenation of fewer than maxParts
// pieces drawn from parts by rng. The same rng state gives the same strings.
func Strings(rng *rand.Rand, n, maxParts int, parts []string) []string {
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range rng.IntN(maxParts) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		out = append(out, b.String())
	}
	return out
}
