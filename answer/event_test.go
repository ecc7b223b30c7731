package answer

import (
	"context"
	"strings"
	"testing"

	"articlebot/article"
)

// signalsFor returns the signal vector of the candidate sentence holding
// want, for question q about a small article.
func signalsFor(t *testing.T, text, q, want string) [nSignals]float64 {
	t.Helper()
	a, err := article.Parse("story", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.retrieve(context.Background(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	f := e.focusOf(q, r.speakers)
	for _, c := range e.candidates(r) {
		if strings.Contains(c.sent.Text, want) {
			return e.signals(q, c, f, questionType(q), f.unseen())
		}
	}
	t.Fatalf("no candidate holds %q for %q", want, q)
	return [nSignals]float64{}
}

func TestAnswerOfTheAskedEvent(t *testing.T) {
	const text = "Dunmore gets a library\n\nThe city will open a new library in Dunmore next spring, the mayor said.\n\nThe council hired 40 staff for the library in March.\n\nThe library board is chaired by Ada Brenner.\n"
	for _, tc := range []struct {
		q, sentence string
		lacks       bool
	}{
		{"When will the Dunmore library open?", "will open a new library", false},
		// A date, but of another event: nothing says when it closes.
		{"When will the Dunmore library close?", "will open a new library", true},
		{"Who chairs the library board?", "chaired by Ada Brenner", false},
		{"Who will build the library?", "chaired by Ada Brenner", true},
		// A count of people before a noun for things is no head count.
		{"How many people did the council hire for the library?", "hired 40 staff", false},
	} {
		x := signalsFor(t, text, tc.q, tc.sentence)
		if got := x[7] == 1; got != tc.lacks {
			t.Errorf("%q on %q: lacks the answer = %v, want %v (signals %v)", tc.q, tc.sentence, got, tc.lacks, x)
		}
	}
}

func TestCountedKind(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"The firm will hire about 900 workers.", countsPersons},
		{"The workshop employs 14 people.", countsPersons},
		{"It holds 260 tax and tithe records.", countsThings},
		{"She has lived there for 31 years.", countsThings},
		{"A database held 2.1 million customers.", countsPersons},
		{"The crowd was 61,204, the club said.", countsUnknown},
	} {
		words := wordRe.FindAllStringIndex(tc.s, -1)
		i := -1
		for k, w := range words {
			if cardinalRe.MatchString(tc.s[w[0]:w[1]]) {
				i = k
				break
			}
		}
		if got := countedKind(tc.s, words, i); got != tc.want {
			t.Errorf("countedKind(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	if !countsPeople("How many people live in the town?") || countsPeople("How many homes are in the town?") {
		t.Error("countsPeople: want true for people, false for homes")
	}
}
