package lexicon

import (
	"sort"
	"strings"
)

// currencyNouns are the names a sum of money is counted in after its
// figure or its written number: "62 cents", "1.2 billion kroner",
// "eighty thousand euros". Each noun is listed with its plural; the
// sign a currency is written with ("£", "₦") is a pattern of the figure,
// not a word, and stays with the figure patterns.
var currencyNouns = strings.Fields(`cent cents pence penny pennies dollar dollars
	pound pounds euro euros krone kroner krona kronor franc francs yen yuan
	rupee rupees peso pesos naira rand`)

// CurrencyNouns are currencyNouns as a set.
var CurrencyNouns = newSet(strings.Join(currencyNouns, " "))

// CurrencyNounPattern returns the currency nouns as a regular-expression
// alternation without a group, longest first so that a pattern never
// stops inside a longer noun ("pence" before "pen…"): for the patterns
// that find sums of money and questions counted in a currency.
func CurrencyNounPattern() string {
	ws := append([]string(nil), currencyNouns...)
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	return strings.Join(ws, "|")
}
