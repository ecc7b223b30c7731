package answer

import "testing"

// ownWordsArticle is a short report whose paragraphs share few words, so
// that a claim in other words than the article's still has one nearest
// paragraph.
const ownWordsArticle = `Orchard town votes to keep its weekly market

The Brackley town council voted on Wednesday to keep the Saturday market on Mill Square for another five years, rejecting a proposal to move it to a car park outside the centre.

Stallholders had warned that the move would halve their trade. Several said they would give up their pitches rather than relocate.

The council's finance officer said the market brings in about £40,000 a year in fees, enough to pay for the square's cleaning and lighting.

Residents living above the square complained about noise from vans unloading before dawn. The council agreed to ban deliveries before 6 a.m.

A local baker, Dobromir Wielgosz, said the vote was a relief. "Half my customers walk here with their dogs on a Saturday morning," he said.
`

func TestOwnWords(t *testing.T) {
	e := offlineEngine(t, ownWordsArticle)
	tests := []supportCase{
		{"a whole predicate in the writer's words", "Stallholders cautioned that shifting sites would gut their trade, and a few vowed to abandon their spots.", 3, true},
		{"a whole predicate in the writer's words, with a figure", "Pitch fees net the town roughly £40,000 annually, covering upkeep of the plaza.", 4, true},
		{"a verb borrowed from another paragraph", "Stallholders voted to relocate the market.", 3, false},
		{"another paragraph's words", "Residents rejected a proposal to keep deliveries before dawn.", 5, false},
	}
	checkSupport(t, e, tests)
}
