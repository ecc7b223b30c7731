package answer

import "strings"

// currency is one currency as sources write it: the mark before a figure
// ("$40"), the words after one ("40 dollars") and the code the figure
// checks give its unit, so that "$40" and "40 dollars" compare equal.
type currency struct {
	mark, code string
	words      []string
}

// currencies are the currencies the gate knows by mark and by name.
var currencies = []currency{
	{"$", "curusd", []string{"dollar", "dollars"}},
	{"£", "curgbp", []string{"pound", "pounds"}},
	{"€", "cureur", []string{"euro", "euros"}},
	{"₹", "curinr", []string{"rupee", "rupees"}},
	{"¥", "curjpy", []string{"yen"}},
}

// currencyByWord finds a currency by a word written after a figure.
var currencyByWord = func() map[string]currency {
	m := map[string]currency{}
	for _, c := range currencies {
		for _, w := range c.words {
			m[w] = c
		}
	}
	return m
}()

// currencyCodes replace the marks a text writes currencies with, so that
// they survive tokenising as words of their own.
var currencyCodes = func() *strings.Replacer {
	var pairs []string
	for _, c := range currencies {
		pairs = append(pairs, c.mark, " "+c.code+" ")
	}
	return strings.NewReplacer(pairs...)
}()

// currencyName reports whether a word is one of the currency codes
// currencyCodes writes.
func currencyName(w string) bool {
	for _, c := range currencies {
		if w == c.code {
			return true
		}
	}
	return false
}
