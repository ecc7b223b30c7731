package article

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"

	"articlebot/internal/randtext"
)

// composed is Normalize as it was written before it read its input once:
// the test's reference.
func composed(s string) string {
	folder := strings.NewReplacer(
		"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
		"‘", "'", "’", "'", "‚", "'", "`", "'",
		"–", "-", "—", "-", "‑", "-", "−", "-",
		"…", "...", "\u00a0", " ",
	)
	s = strings.ToLower(folder.Replace(s))
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// TestNormalizeMatchesComposed checks Normalize against the composition of
// library calls it replaces, on article text and on random strings of
// marks, dashes, spaces of every kind, capitals and invalid bytes.
func TestNormalizeMatchesComposed(t *testing.T) {
	texts := []string{
		"",
		"  “Quoted,” she said — ‘twice’…  ",
		"Gov. İstanbul ÀÉ ΣΑΣ\u00a0\u00a0x\u2003y\u0085z",
		"bad \xff\xe2\x80 bytes \xe2\xe2\x80\x9c here\ufffd",
		"`tick` – dash ‑ nb − minus „low” «guil» ‚single’",
	}
	shipped, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, strings.Split(string(shipped), "\n")...)
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"“", "”", "„", "«", "»", "‘", "’", "‚", "`", "–", "—", "‑", "−", "…", "\u00a0",
		" ", "\t", "\n", "\u2003", "\u0085", "\v", "Word", "é", "É", "İ", "Σ", "\xff", "\xe2", "\x80", "\ufffd", "a", "Z", ".", "'", `"`}
	texts = append(texts, randtext.Strings(rng, 5000, 14, pieces)...)
	for _, s := range texts {
		if got, want := Normalize(s), composed(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}
