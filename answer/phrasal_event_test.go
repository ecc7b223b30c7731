package answer

import (
	"context"
	"testing"
)

// A light verb with a particle ("take up") is a phrasal verb with an event
// of its own: a date in a sentence that states neither it nor a word for
// it is another event's date.
func TestPhrasalLightVerbIsAnEvent(t *testing.T) {
	e := offlineEngine(t, "Ferry petition filed\n\nA councillor for the island ward has filed a petition about the ferry fares with the regional council, and the harbour board met on Tuesday to discuss the timetable.\n\nThe council took up the bus petition on Friday.\n\nThe ferry carries forty cars.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"When will the regional council take up the ferry petition?", false},
		{"When did the council take up the bus petition?", true},
	} {
		r, err := e.retrieve(context.Background(), tc.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.judge(tc.q, e.candidates(r), e.focusOf(tc.q, r.speakers)).answerable; got != tc.want {
			t.Errorf("judge(%q).answerable = %v, want %v", tc.q, got, tc.want)
		}
	}
}
