package wordnetfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestEachSynset(t *testing.T) {
	data := "  1 This software and database is being provided\n" +
		"10161363 18 n 02 seller 0 marketer 0 002 @ 09626238 n 0000 + 02244956 v 0101 | someone who sells\n" +
		"02244956 40 v 01 sell 0 001 + 10161363 n 0101 01 + 08 00 | exchange for money\n" +
		"short line\n"
	path := filepath.Join(t.TempDir(), "data.test")
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	var got []Synset
	if err := EachSynset(path, func(s Synset) error { got = append(got, s); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []Synset{
		{Offset: "10161363", Lex: 18, Words: []string{"seller", "marketer"},
			Pointers: []string{"002", "@", "09626238", "n", "0000", "+", "02244956", "v", "0101", "|", "someone", "who", "sells"}},
		{Offset: "02244956", Lex: 40, Words: []string{"sell"},
			Pointers: []string{"001", "+", "10161363", "n", "0101", "01", "+", "08", "00", "|", "exchange", "for", "money"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d synsets, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Offset != w.Offset || g.Lex != w.Lex || !slices.Equal(g.Words, w.Words) || !slices.Equal(g.Pointers, w.Pointers) {
			t.Errorf("synset %d: got %+v, want %+v", i, g, w)
		}
	}
}

func TestEachSynsetBadCount(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.test")
	if err := os.WriteFile(path, []byte("10161363 18 n zz seller 0 000 | x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := EachSynset(path, func(Synset) error { return nil }); err == nil {
		t.Error("a word count that is not hex: got no error")
	}
}
