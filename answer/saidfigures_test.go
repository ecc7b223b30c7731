package answer

import "testing"

// TestFiguresSaidOtherwise checks figures and amounts a paraphrase says in
// other forms than its source: pence glued to their "p", millions glued to
// an "m" beside a marked sum, a price in words with a hyphenated number, a
// share as a fraction in words, "the first half" as a period, "every" before
// a unit as a rate, the whole of an amount stated as its total, and all
// of a kind as "whatever".
func TestFiguresSaidOtherwise(t *testing.T) {
	e := offlineEngine(t, `Tarrow notes

Creditors of the Tarrow bakery will get back 3p in the pound, its administrator said.

Mellory households spent 120m lira ($9m) on imported coal last winter.

The Kessa lighthouse stands 40m above the tide.

Wheat for March delivery closed at $26.40 a bushel in Pell.

Orders at the Pell flour mill rose 21 percent in the year to June.

Vesna Orlik scored for the Dovers in the 31st minute.

Lorries pay a toll of 20 cents a kilometre on the Brisk bypass.

The roof repairs at Hallam school cost £8,400 in total.

A grant from the Hallam trust covered £8,400 of the cost of the new library.

The Ness fish market opens on Saturdays whatever the weather.
`)
	checkSupport(t, e, []supportCase{
		{"pence glued to p", "The bakery's creditors will get three pence for every pound they are owed.", 2, true},
		{"pence, changed", "The bakery's creditors will get thirty pence for every pound they are owed.", 2, false},
		{"millions glued beside a marked sum", "Mellory households spent one hundred and twenty million lira, about nine million dollars, on imported coal.", 3, true},
		{"millions, changed", "Mellory households spent twelve million lira, about nine million dollars, on imported coal.", 3, false},
		{"a glued m alone is metres", "The Kessa lighthouse stands forty metres above the tide.", 4, true},
		{"a glued m alone is no million", "The Kessa lighthouse stands forty million above the tide.", 4, false},
		{"hyphenated price in words", "In Pell, wheat for March closed at twenty-six dollars forty a bushel.", 5, true},
		{"hyphenated price, changed", "In Pell, wheat for March closed at thirty-six dollars forty a bushel.", 5, false},
		{"a fraction in words rounds", "Orders at the Pell flour mill rose by a fifth in the year to June.", 6, true},
		{"a fraction in words, too far", "Orders at the Pell flour mill rose by a quarter in the year to June.", 6, false},
		{"the first half is a period", "Vesna Orlik scored for the Dovers in the first half, in the thirty-first minute.", 7, true},
		{"every before a unit is a rate", "On the Brisk bypass lorries pay twenty cents for every kilometre.", 8, true},
		{"the whole as a total", "The whole roof repair at Hallam school cost eight thousand four hundred pounds.", 9, true},
		{"all of them as whatever", "The Ness fish market opens on Saturdays in all weathers.", 11, true},
		{"the whole, only part stated", "A grant from the Hallam trust covered the whole cost of the new library, eight thousand four hundred pounds.", 10, false},
	})
}
