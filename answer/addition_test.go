package answer

import "testing"

// A made-up East African market brief and a West African growers' story:
// sums in shillings and cedis written with their prefixes, a rand sum
// grouped with a space, and a bonus given on top of a price the article
// never states.
const (
	shillingBrief = `Lakeside county opens new fish market
BUSIA — The county has opened a new Shs2.8 billion fish market at Port Victoria, replacing stalls that flooded every rainy season.
Traders will pay a daily fee of Shs5,000 for a stall, the county's trade officer said.
The market has 340 stalls and a cold room.`

	cediBrief = `Shea growers' union pays members a bonus
TAMALE — Each member of the Savanna Shea Growers' Union will get a GH¢12 bonus per sack of nuts this season, added on top of the buying price set by the board.
A mining firm said it would pay R15 000 to every family moved from the site.
The union has 2,300 members in 41 villages.`
)

func TestCurrencyPrefixes(t *testing.T) {
	checkAbstains(t, offlineEngine(t, shillingBrief), []abstainCase{
		{"How much did the fish market cost?", false},
		{"How much is the daily stall fee?", false},
	})
	checkAbstains(t, offlineEngine(t, cediBrief), []abstainCase{
		{"How much will the mining firm pay each family?", false},
	})
}

func TestAddedToPrice(t *testing.T) {
	checkAbstains(t, offlineEngine(t, cediBrief), []abstainCase{
		{"What is the buying price per sack?", true},
	})
}

func TestAdditionRe(t *testing.T) {
	cases := []struct {
		before string
		want   bool
	}{
		{"a premium of $7 on top of the ", true},
		{"$350 a tonne above the ", true},
		{"in addition to ", true},
		{"the ", false},
		{"a topping of the ", false},
	}
	for _, c := range cases {
		if got := additionRe.MatchString(c.before); got != c.want {
			t.Errorf("additionRe.MatchString(%q): got %v, want %v", c.before, got, c.want)
		}
	}
}
