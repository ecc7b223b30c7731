package answer

import "testing"

// A how-long question's verb is often said in other words: a span after
// "for", or when it lasts until, in a sentence about the question's
// subject does not count the verb as absent; a sentence with no span of
// its own, or about someone else, still does.
func TestHowLongInOtherWordsKeepsTheVerb(t *testing.T) {
	const text = "Inquiry into the Tarrow Lane sinkhole\n\nThe council's chief engineer, Petra Holm, answered questions from the inquiry panel for nearly four hours on Tuesday.\n\nHolm joined the council in 2011 and leads a team of twelve engineers.\n\nThe depot manager, Ivo Brandt, spoke to reporters for ten minutes outside.\n\nThe ferry service will carry no cars until the end of April, the operator said.\n"
	for _, tc := range []struct {
		q, sentence string
		absent      bool
	}{
		{"How long did Petra Holm testify?", "answered questions from the inquiry panel", false},
		{"How long did Petra Holm testify?", "leads a team of twelve engineers", true},
		{"How long did Petra Holm testify?", "spoke to reporters for ten minutes", true},
		{"How long will the ferry service be suspended?", "will carry no cars until the end of April", false},
	} {
		x := signalsFor(t, text, tc.q, tc.sentence)
		if got := x[16] == 1; got != tc.absent {
			t.Errorf("%q on %q: verb absent = %v, want %v (signals %v)", tc.q, tc.sentence, got, tc.absent, x)
		}
	}
}

// "How long will …?" is answered by when the thing ends ("through
// Wednesday", "until the end of April") as well as by a count of days;
// "How long has …?" asks from when, and an end date does not answer it.
func TestHowLongAnsweredByItsEnd(t *testing.T) {
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"How long will engineers remain on the bridge?", "Engineers will remain on the bridge through Friday in case the cables shift.", true},
		{"How long will the lane be closed?", "The lane will be closed until the end of next month.", true},
		{"How long will the lane be closed?", "The lane was closed in March.", false},
		{"How long has the lane been closed?", "The lane will be closed until the end of next month.", false},
		{"How long has the lane been closed?", "The lane has been closed since March.", true},
	} {
		if got := hasAnswerType(durationType, tc.q, tc.s); got != tc.want {
			t.Errorf("%q on %q: got %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}
