package answer

import "testing"

// A made-up Kenyan county brief and an Indian trade story: a grant whose
// size is never given beside a year and other sums, and sums in rupees
// written with lakh and crore.
const (
	boreholeBrief = `Kitui county to sink forty boreholes with donor grant
KITUI — The county government will sink forty boreholes in its driest wards before the short rains, funded by a grant from the Mwangaza Water Fund, officials said on Monday.
The drilling, due to finish in November 2027, will be done by two firms from Machakos.
Each borehole will serve about 600 households, the county's water officer said.`

	rupeeBrief = `Textile mill to reopen after three years
SURAT — The Vardhan textile mill will reopen in April after its new owners spent Rs 18 crore on looms and repairs, the company said on Friday.
A weaver at the mill will earn about ₹2.4 lakh a year, the union said.
The mill was founded in 1962 and closed in 2023.`
)

func TestAmountForms(t *testing.T) {
	t.Run("years are not amounts", func(t *testing.T) {
		checkAbstains(t, offlineEngine(t, boreholeBrief), []abstainCase{
			// Only a year and counts of boreholes and households.
			{"How much is the Mwangaza Water Fund's grant?", true},
			{"How many households will each borehole serve?", false},
			{"When will the drilling finish?", false},
		})
	})
	t.Run("lakh and crore", func(t *testing.T) {
		checkAbstains(t, offlineEngine(t, rupeeBrief), []abstainCase{
			{"How much did the new owners spend on the mill?", false},
			{"How much will a weaver earn?", false},
			{"How much did the mill cost to build in 1962?", true},
		})
	})
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The wing is due to open in March 2029.", false},
		{"She was born in the 1990s.", false},
		{"The party won 1998 votes.", true},
		{"The plan costs Rs 64 crore.", true},
	} {
		if got := hasAnswerType(numberType, "How much is it?", c.s); got != c.want {
			t.Errorf("hasAnswerType(number, %q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A made-up Visayan market brief in pesos written with the letter sign,
// and a price asked with a verb of trade after its thing.
const pesoBrief = `Coconut prices slump in Ormoc
ORMOC — Copra traders in Ormoc said on Tuesday that the city had paid P12.5 million for a new drying shed last year.
Inspectors found wet copra being sold at P28 a kilo, half what it fetched in May, at a stall beside the old ferry terminal in Ormoc.
The N5 highway to the port reopened on Monday.`

func TestLetterCurrencySigns(t *testing.T) {
	checkAbstains(t, offlineEngine(t, pesoBrief), []abstainCase{
		{"How much did the city pay for the drying shed?", false},
		{"How much was wet copra selling for in Ormoc?", false},
		{"How much did the highway cost?", true},
	})
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The city paid P12.5 million for it.", true},
		{"The loan was R85,000.", true},
		{"Copra sold at P28 a kilo.", true},
		{"The N5 highway reopened.", false},
		{"He filled in a P45 form.", false},
	} {
		if got := hasMoney(c.s); got != c.want {
			t.Errorf("hasMoney(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTradeVerbModifiesNothing: in "wet copra selling for", the verb of
// trade after the noun does not make the noun a modifier, so the sum must
// stand beside the copra.
func TestTradeVerbModifiesNothing(t *testing.T) {
	e := offlineEngine(t, pesoBrief)
	q := "How much was wet copra selling for in Ormoc?"
	mods := e.focusOf(q, nil).modifiers(q)
	if !mods["wet"] || mods["copra"] {
		t.Errorf("modifiers(%q) = %v, want wet and not copra", q, mods)
	}
}
