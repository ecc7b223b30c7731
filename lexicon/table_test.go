package lexicon

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"articlebot/fuzzy"
)

// searchLine is the binary search over a table's lines that wordTable
// replaced, kept to check that both find the same line for every word.
func searchLine(t thesaurus, w string) ([]byte, bool) {
	k := sort.Search(len(t.lines), func(k int) bool { return string(word(t.line(k))) >= w })
	if k == len(t.lines) || string(word(t.line(k))) != w {
		return nil, false
	}
	return t.line(k), true
}

// TestWordTableMatchesSearch checks the map lookups of the given-name and
// noun tables against the binary search they replaced, on every word of
// both tables, written as the article would (capitalised, upper case, with
// accents and curly marks) and on words neither has.
func TestWordTableMatchesSearch(t *testing.T) {
	oldGiven := unpackTable(givenTable, givenTableSize, 40300)
	oldNouns := unpackTable(nounTable, nounTableSize, 44000)
	var words []string
	for _, tab := range []thesaurus{oldGiven, oldNouns} {
		for k := range tab.lines {
			w := string(word(tab.line(k)))
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w+"s", w[:len(w)-1])
		}
	}
	words = append(words, "", "Wiśniewski", "Zoë", "José", "JOSÉ", "O’Brien", "o'brien", "Ærin", "İlker", "Kelvin\u212a",
		"\xff", "a\xffb", strings.Repeat("a", foldedKeyMax), strings.Repeat("B", foldedKeyMax+1), "jean-claude", "Jean-Claude", "mr.", "Mr.")
	if len(words) < 80000 {
		t.Fatalf("only %d words: the tables did not unpack", len(words))
	}
	for _, w := range words {
		l, ok := searchLine(oldGiven, fuzzy.Fold(w))
		if ok && len(l) < len(fuzzy.Fold(w))+2 {
			l, ok = nil, false
		}
		var want string
		if ok {
			want = string(l[len(word(l)):])
		}
		if got, gotOK := givenLine(w); got != want || gotOK != ok {
			t.Fatalf("givenLine(%q) = %q, %v; the search gives %q, %v", w, got, gotOK, want, ok)
		}
		l, ok = searchLine(oldNouns, w)
		wantNoun := NounKind{}
		if ok {
			flags := l[len(w):]
			wantNoun = NounKind{Noun: true, Person: bytes.IndexByte(flags, 'p') >= 0, Name: bytes.IndexByte(flags, 'n') >= 0}
		}
		if got := Noun(w); got != wantNoun {
			t.Fatalf("Noun(%q) = %+v; the search gives %+v", w, got, wantNoun)
		}
	}
}
