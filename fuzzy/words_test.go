package fuzzy

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// wordsBefore is WordSeq as it was written before EachWord: the reference
// EachWord must match.
func wordsBefore(s string) []string {
	var out []string
	for f := range strings.FieldsFuncSeq(Fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.')
	}) {
		f = strings.Trim(f, "'-.")
		f = strings.TrimSuffix(f, "'s")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// TestEachWord checks EachWord and WordSeq against the folded, split and
// trimmed copies they replace, on every eval article and on made-up text
// with possessives, dashes, dots, marks, diacritics, ligatures, other
// scripts, digits and bytes that are no UTF-8.
func TestEachWord(t *testing.T) {
	texts := []string{
		"", " ", "'s", "''", "-.-", "Trump’s full-scale war.", "Washington-based, U.S.-led talks’ end--now",
		"ŁÓDŹ Straße Ærø Œuvre þing ĦAL", "“quoted” – dash — and ‘single’ ʼokina", "Ελλάδα ΑΘΗΝΑ 東京電力 Москва",
		"\xff\xfeabc\xc3 d\xe2\x80", "K\u212aelvin İstanbul ǅemal ﬁnance", "1,400.50 3-2 4½ ①②", "the parents' union's 'members'",
		"tail-", "-head", "a.b.c.", "O'Neill's Mc'Donald", "x\u0301y e\u0300",
	}
	paths, _ := filepath.Glob("../testdata/eval/*/*.txt")
	for _, p := range append(paths, "../article.txt") {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	var scratch []byte
	n := 0
	for _, s := range texts {
		want := wordsBefore(s)
		var got []string
		scratch = EachWord(scratch, s, func(w []byte) { got = append(got, string(w)) })
		if !slices.Equal(got, want) {
			t.Errorf("EachWord(%q):\n got %q\nwant %q", s, got, want)
		}
		if seq := slices.Collect(WordSeq(s)); !slices.Equal(seq, want) {
			t.Errorf("WordSeq(%q):\n got %q\nwant %q", s, seq, want)
		}
		n += len(want)
	}
	if n < 10000 {
		t.Errorf("only %d words: the test reads too little", n)
	}
}
