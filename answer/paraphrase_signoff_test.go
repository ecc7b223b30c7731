package answer

import "testing"

// A made-up parish story whose decisions are told in one word where a
// reader asks with a phrasal verb.
func TestSignOffParaphrase(t *testing.T) {
	e := offlineEngine(t, `Chapel roof to be mended
The parish trustees approved the roof repairs in February after a survey found loose slates.
The work is expected to take six weeks.`)
	checkAnswerable(t, e, []answerableCase{
		{"When did the trustees sign off on the roof repairs?", true},
	})
}
