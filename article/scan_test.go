package article

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"articlebot/internal/randtext"
)

// TestLineSpansAndControls checks lineSpans, which finds newlines with
// strings.IndexByte, and validate's count of control characters, which
// reads bytes, against the byte and rune loops they replaced (kept
// below), on the eval articles and on random strings of newlines, control
// characters, multi-byte letters and text.
func TestLineSpansAndControls(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/eval/*/*.txt")
	texts := []string{"", "\n", "\n\n", "a", "a\n", "\na", "a\r\nb\n\nc"}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"\n", "\n\n", "\r", "\t", "\f", "\x01", "\x1b", "\x7f", "é", "“", "\u2028", "word", " ", "."}
	texts = append(texts, randtext.Strings(rng, 3000, 20, pieces)...)
	for _, s := range texts {
		got, want := lineSpans(s), lineSpansByByte(s)
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("lineSpans(%q) = %v, want %v", s, got, want)
		}
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 || strings.TrimSpace(s) == "" {
			continue
		}
		if got, want := validate([]byte(s)), validateByRune([]byte(s)); got != want {
			t.Errorf("validate(%q) = %v, want %v", s, got, want)
		}
	}
}

// lineSpansByByte is lineSpans as it was.
func lineSpansByByte(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// validateByRune is validate's control check as it was, for valid UTF-8
// without NUL bytes.
func validateByRune(data []byte) error {
	control := 0
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
	}
	if control*100 > len(data) {
		return ErrBinary
	}
	return nil
}
