package quotes

import (
	"strings"
	"testing"

	"articlebot/fuzzy"
)

// TestOrgKey checks orgKey against the joined, folded, split and joined
// again copies it replaced, on the words of every mention of the eval
// articles and on made-up names with possessives, dots, dashes, marks,
// diacritics, other scripts, bytes that are no UTF-8 and empty words.
func TestOrgKey(t *testing.T) {
	lists := [][]string{
		nil, {}, {""}, {"", ""}, {"Port", "Authority"}, {"Dockers'", "Union"}, {"Shepherds’", "Association"},
		{"St.", "Mary's", "Hospital"}, {"U.S.", "Army"}, {"'s"}, {"'", "-", "."}, {"Ça", "Va", "S.A."},
		{"Société", "Générale’s"}, {"Zürich-based", "Bank"}, {"ŁÓDŹ", "Council"}, {"Δήμος", "Αθηναίων"},
		{"東京", "電力"}, {"\xff", "Co\xfe"}, {"—", "Party", "“of”", "Labour"}, {"A&B", "Holdings,"},
		{"-Mid-", "'Town'", "..Trust.."}, {"Ltd's's"}, {"İstanbul", "Belediyesi"}, {"K\u212a", "Club"},
	}
	for _, p := range evalParas(t) {
		for i := range p.ments {
			lists = append(lists, p.ments[i].words(p.toks))
		}
	}
	for _, words := range lists {
		want := strings.Join(fuzzy.Words(strings.Join(words, " ")), " ")
		var scratch [4]byte // too small: the key must not depend on the room given
		if got := string(orgKey(nil, scratch[:0], words)); got != want {
			t.Errorf("orgKey(%q) = %q, want %q", words, got, want)
		}
	}
	if len(lists) < 1000 {
		t.Errorf("only %d names: the test reads too little", len(lists))
	}
}
