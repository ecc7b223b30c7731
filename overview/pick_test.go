package overview

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"articlebot/internal/randtext"
)

// quotedSpan is the regular expression frameWords replaces: quoted spans,
// to the closing mark or the end.
var quotedSpan = regexp.MustCompile(`“[^”]*”?|"[^"]*"?`)

// TestFrameWords checks frameWords against the regular expression it
// replaces, on sentences of each shape and on random strings of marks,
// spaces, words and invalid bytes.
func TestFrameWords(t *testing.T) {
	texts := []string{
		"",
		"No quotation here at all.",
		"“Water doesn't disappear,” Okafor said.",
		"“Water doesn't disappear,” Okafor said in a long statement on Monday.",
		`"Straight," he said.`,
		"“Unclosed to the end, he said",
		`"unclosed straight`,
		"“Nested \"straight\" marks” she said",
		`"Curly “inside” straight" said the mayor today`,
		"Two “quoted” and “more” spans, then words",
		"tab\tand\u00a0no-break\u2003spaces “x” y",
		"bad \xff bytes “\xfe” here",
		"”“”“\"\"",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"“", "”", `"`, " ", "\t", "word", "a", "\xff", "é", "\u2003", ","}
	texts = append(texts, randtext.Strings(rng, 2000, 12, pieces)...)
	for _, text := range texts {
		want := len(strings.Fields(quotedSpan.ReplaceAllString(text, " ")))
		if got := frameWords(text, 1000); got != want {
			t.Errorf("frameWords(%q) = %d, want %d", text, got, want)
		}
		if got, want := attributionOnly(text), strings.ContainsAny(text, `“"`) && want <= maxFrameWords; got != want {
			t.Errorf("attributionOnly(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHasQuoteMark checks the one-pass test for a quotation mark against
// strings.ContainsAny, on random strings of marks, their bytes and letters.
func TestHasQuoteMark(t *testing.T) {
	parts := []string{"“", "”", "’", "—", "\"", "a", " ", "\xe2", "\xe2\x80", "é"}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, s := range randtext.Strings(rng, 5000, 8, parts) {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, `“"`); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPickFigures: for key facts, a sentence with a figure wins over a
// slightly more central one without; a plain summary keeps centrality.
func TestPickFigures(t *testing.T) {
	a := parse(t, "The ferry service to the outer islands will stop at the end of the season, the operator said on Monday.\n\n"+
		"Islanders have long complained that the crossings are unreliable and the boats are old.\n\n"+
		"The operator carried 41,000 passengers last year, down from 60,000 in 2019.\n\n"+
		"Some residents said they would miss the crossings in the summer months.\n")
	n := len(a.Sentences)
	r := &Ranking{art: a, score: []float64{0.4, 0.25, 0.2, 0.15}[:n], lead: 0,
		alone: make([]bool, n), dangling: make([]bool, n), words: make([]int, n)}
	for i := range r.alone {
		r.alone[i], r.words[i] = true, 20
	}
	r.byRank = mostCentral(r.score)
	if got, want := r.Pick(2, true, nil), []int{0, 1}; !slices.Equal(got, want) {
		t.Errorf("Pick: got %v, want %v", got, want)
	}
	if got, want := r.PickFigures(2, true, nil), []int{0, 2}; !slices.Equal(got, want) {
		t.Errorf("PickFigures: got %v, want %v", got, want)
	}
}
