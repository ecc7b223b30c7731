// Package termtext makes untrusted text safe to print on a terminal.
//
// Article text, questions, model output and error text from a server can
// hold control characters that a terminal obeys: ESC sequences retitle the
// window, clear the screen or plant hyperlinks, BEL rings, backspace and
// carriage return overwrite what was printed, and bidirectional overrides
// make a line read differently from what it holds. Every terminal writer
// passes such text through Clean; text the program writes itself (its own
// ESC sequences to redraw a line) does not go through it.
package termtext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Clean returns s with every character a terminal would act on replaced by
// something visible: C0 controls other than newline and tab become their
// Unicode control pictures (ESC is shown as ␛, BEL as ␇), DEL becomes ␡,
// C1 controls and bidirectional overrides and isolates are shown as their
// code point (<U+202E>), and invalid UTF-8 becomes U+FFFD. Carriage
// returns are dropped: CRLF becomes a plain newline, and a lone CR, which
// would let later text overwrite earlier text, disappears. Clean allocates
// only when s needs changing.
func Clean(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		writeSafe(&b, r)
	}
	return b.String()
}

// firstUnsafe returns the byte offset of the first character Clean changes,
// or -1.
func firstUnsafe(s string) int {
	for i, r := range s {
		if unsafe(r) {
			return i
		}
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}

func unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	}
	return isBidiControl(r)
}

// isBidiControl reports the explicit bidirectional formatting characters
// of Unicode's bidi algorithm (embeddings, overrides, isolates and their
// terminators), the ones "Trojan Source" uses to reorder a line. The
// implicit marks (LRM, RLM, ALM) only nudge neutral characters and stay.
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

func writeSafe(b *strings.Builder, r rune) {
	switch {
	case r == '\r':
		// Dropped: see Clean.
	case r == '\n' || r == '\t':
		b.WriteRune(r)
	case r < 0x20:
		b.WriteRune(0x2400 + r) // the Control Pictures block mirrors C0
	case r == 0x7f:
		b.WriteRune('␡')
	case (r >= 0x80 && r <= 0x9f) || isBidiControl(r):
		fmt.Fprintf(b, "<U+%04X>", r)
	default:
		b.WriteRune(r) // includes U+FFFD for invalid bytes
	}
}
