package answer

import "testing"

// headOfArticle gives its people titles of office; the claims say the same
// with a verb of leading.
const headOfArticle = `Valley bakery guild wins flour contract

The Orlan Valley Bakers' Guild has signed a three-year contract with the Tessel mill for its members' flour, ending a long dispute over prices.

The guild's chief executive, Dr Petra Movlan, said the price would be fixed for the first year. "Our members can plan again," she said.

Tessel general manager Ivo Brandt said the mill would add a second shift to meet the order.

A baker in Korsk, Hanna Lidell, said the deal was late but welcome. Its vice president of sales, Colm Rudd, was not at the signing.

Mayor Edda Varkonen said the town would lend the guild a warehouse for the winter.

Edda Varkonen, a former teacher, took office in 2019; the town has elected its mayor directly since 1994.
`

func TestHeadOf(t *testing.T) {
	e := offlineEngine(t, headOfArticle)
	tests := []supportCase{
		{"a chief executive runs the body", "Petra Movlan runs the guild.", 3, true},
		{"a general manager runs the works", "Ivo Brandt runs the works.", 4, true},
		{"a mayor leads the place", "Edda Varkonen leads the place.", 6, true},
		{"the title stands near the name only in another paragraph", "Edda Varkonen leads the town.", 7, false},
		{"a verb of leading the article gives nobody", "Hanna Lidell runs the guild.", 5, false},
	}
	checkSupport(t, e, tests)
}
