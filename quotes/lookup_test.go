package quotes

import (
	"reflect"
	"testing"
)

func TestLookup(t *testing.T) {
	_, ix := load(t, "../article.txt")
	_, hx := load(t, "../testdata/eval/tuned/harbor.txt")
	tests := []struct {
		ix   *Index
		in   string
		want string // "" for no match
	}{
		{ix, "Zelensky", "Volodymyr Zelenskiy"},
		{ix, "Zelenskyy", "Volodymyr Zelenskiy"},
		{ix, "ZELENSKIY", "Volodymyr Zelenskiy"},
		{ix, "witkof", "Steve Witkoff"},
		{ix, "colbrun", "Susan Colbourn"},
		{ix, "Steve Witkof", "Steve Witkoff"},
		{ix, "von der leyen", "Ursula von der Leyen"},
		{ix, "Ursula von der Leyen", "Ursula von der Leyen"},
		{ix, "putin", "Vladimir Putin"},
		{ix, "President Putin", "Vladimir Putin"},
		{ix, "Putin's", "Vladimir Putin"},
		{ix, "Donald Trump", "Donald Trump"},
		{ix, "donald", "Donald Trump"},
		{ix, "olaf", "Olaf Scholz"},
		{ix, "Scholtz", "Olaf Scholz"},
		{ix, "macron", "Emmanuel Macron"},
		{ix, "the white house", "White House"},
		{ix, "kremlin", "Kremlin"},
		{ix, "Marshall Fund", "German Marshall Fund"},
		{ix, "Xi Jinping", ""},
		{ix, "Biden", ""},
		{ix, "macro", "Emmanuel Macron"}, // one edit in five letters, and nobody else is near
		{ix, "german", ""},
		{ix, "russia", ""},
		{ix, "", ""},
		{hx, "wisniewski", "Elena Wiśniewski"},
		{hx, "Mr. Okafor", "Raymond T. Okafor"},
		{hx, "raymond okafor", "Raymond T. Okafor"},
		{hx, "dr achebe", "Samuel Achebe"},
		{hx, "lindquist", "Patricia Lindqvist"},
		{hx, "port authority", "Harbor City Port Authority"},
		{hx, "maria", "Maria Gonzalez"},
		{hx, "Elena", "Elena Wiśniewski"},
		{hx, "Putin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			s, ok := tt.ix.Lookup(tt.in)
			if got := s.Name; got != tt.want || ok != (tt.want != "") {
				t.Errorf("got %q %v, want %q", got, ok, tt.want)
			}
		})
	}
}

func TestLookupAmbiguousFirstName(t *testing.T) {
	_, ix := parse(t, "Senator Maria Lopez met Judge Maria Chen.", "Lopez said the meeting went well.")
	if s, ok := ix.Lookup("maria"); ok {
		t.Errorf("got %q, want no match for a shared first name", s.Name)
	}
	if s, ok := ix.Lookup("chen"); !ok || s.Name != "Maria Chen" {
		t.Errorf("got %q %v, want Maria Chen", s.Name, ok)
	}
}

func TestSuggest(t *testing.T) {
	_, ix := load(t, "../article.txt")
	tests := []struct {
		in   string
		n    int
		want []string
	}{
		{"", 3, []string{"Volodymyr Zelenskiy", "Vladimir Putin", "Donald Trump"}},
		{"zel", 5, []string{"Volodymyr Zelenskiy"}},
		{"Zelenski", 5, []string{"Volodymyr Zelenskiy"}},
		{"trmp", 5, []string{"Donald Trump"}},
		{"wit", 5, []string{"Steve Witkoff"}},
		{"von der", 5, []string{"Ursula von der Leyen"}},
		{"white", 5, []string{"White House"}},
		{"macron", 5, []string{}}, // named, but never quoted
		{"xyzzy", 5, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := []string{}
			for _, s := range ix.Suggest(tt.in, tt.n) {
				got = append(got, s.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := len(ix.Suggest("", 0)); got < 10 {
		t.Errorf("n=0: got %d speakers, want all with quotations or statements", got)
	}
}

func TestQuotesByAndSpeakersIn(t *testing.T) {
	_, ix := load(t, "../article.txt")
	if got := len(ix.QuotesBy("Kristine Berzina")); got != 2 {
		t.Errorf("QuotesBy canonical: got %d, want 2", got)
	}
	if got := len(ix.QuotesBy("berzina")); got != 2 {
		t.Errorf("QuotesBy surname: got %d, want 2", got)
	}
	if got := len(ix.QuotesBy("Xi Jinping")); got != 0 {
		t.Errorf("QuotesBy unknown: got %d, want 0", got)
	}
	if got := ix.StatementsBy("Snegovaya"); len(got) != 1 || got[0].Paragraph != 17 {
		t.Errorf("StatementsBy: got %v, want one in ¶17", got)
	}
	q := ix.QuotesBy("White House")
	if len(q) != 1 {
		t.Fatalf("got %d White House quotations, want 1", len(q))
	}
	if got := ix.SpeakersIn(q[0].Sentence); !reflect.DeepEqual(got, []string{"White House"}) {
		t.Errorf("SpeakersIn: got %q", got)
	}
	st := ix.StatementsBy("Kremlin")
	var s14 int = -1
	for _, s := range st {
		if s.Paragraph == 8 {
			s14 = s.Sentence
		}
	}
	if got := ix.SpeakersIn(s14); !reflect.DeepEqual(got, []string{"Vladimir Putin", "Kremlin"}) {
		t.Errorf("SpeakersIn ¶8: got %q", got)
	}
}
