package answer

import "testing"

// ourVoiceArticle quotes a coach in the first person plural, and a
// neighbour in the singular.
const ourVoiceArticle = `Storm ends a rowing season early

The Vellmar Rowing Club will skip its last two regattas after three of its boats were damaged in a storm, its coach said on Friday.

“We cannot race in borrowed shells against crews who train in their own,” said Odile Fenwick, who has coached the eights for nine years.

Repairs to the boathouse roof are expected to cost about 12,000 euros, according to the town's building office.

“Our rowers will be back on the water in March, and we will start raising money for new oars next week,” Fenwick said.

“I have never seen wind like it,” said a neighbour, Kasimir Holt, who watched the roof tear loose.
`

// TestOurVoice checks that a claim retelling a quotation's "we" as the body
// the speaker speaks for ("the club said it …") is supported by the
// quotation, and that a quotation in the singular stays the speaker's own.
func TestOurVoice(t *testing.T) {
	e := offlineEngine(t, ourVoiceArticle)
	tests := []supportCase{
		{"our money retold as the team's", "The team said it would start collecting money.", 5, true},
		// The body says who, not what: what the claim says of it must
		// still be there.
		{"the body alone", "The team said its rowers return in spring.", 5, false},
	}
	checkSupport(t, e, tests)
	// Only the first person plural speaks for a body: the neighbour's "I"
	// is his own.
	c := e.claimInfo("The club said it never saw such a gale.")
	p, _ := e.art.Paragraph(6)
	if got := c.ourVoiceMask(e.evidence.get(e.art, e.quotes), p.Sentences); got != 0 {
		t.Errorf("ourVoiceMask(¶6) = %b, want 0", got)
	}
}
