package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// legalTail returns how many of the last words of a name are legal
// suffixes (lexicon.LegalSuffixes): 1 for "Corvell Glazing Ltd".
func legalTail(words []string) int {
	n := 0
	for n < len(words)-1 && lexicon.LegalSuffixes.Has(words[len(words)-1-n]) {
		n++
	}
	return n
}

// plainCompanyNames names each organisation the article writes both with
// and without its legal suffixes by the shorter form, as the article
// calls it in the running text: "Corvell Glazing Ltd went into
// liquidation" and "we paid Corvell Glazing" name Corvell Glazing. A
// company written only with them keeps them ("Brannock Hale LLP").
func (rs *resolver) plainCompanyNames() {
	for _, e := range rs.orgs {
		n := len(e.words) - legalTail(e.words)
		if n == len(e.words) {
			continue
		}
		plain := strings.Join(e.words[:n], " ")
		for _, a := range e.aliases {
			if a == plain {
				e.name, e.words = plain, e.words[:n:n]
				break
			}
		}
	}
}

// legalPrefixed reports whether a run of two or more words opens with a
// company's legal form (lexicon.LegalPrefixes): "PT Sumber Jaya Abadi" is
// a company, which keeps the form in its name, not a person with a title.
func legalPrefixed(toks []token) bool {
	return len(toks) >= 2 && lexicon.LegalPrefixes.Has(toks[0].text)
}

// legalSuffixed reports whether a run of two or more words ends with a
// company's legal form (lexicon.LegalSuffixes): "Brimfoss hf.", "Halden SA".
func legalSuffixed(toks []token) bool {
	return len(toks) >= 2 && lexicon.LegalSuffixes.Has(toks[len(toks)-1].text)
}

// withoutLegalForms returns a lookup without the legal forms before and
// after a company's name (lexicon.LegalForm), and whether it had any:
// "Halden SA" and "PT Halden" are looked up as "Halden" when the article
// never writes the form.
func withoutLegalForms(query string) (string, bool) {
	f := strings.Fields(query)
	n := len(f)
	for len(f) > 1 && lexicon.LegalForm(strings.TrimRight(f[len(f)-1], ",")) {
		f = f[:len(f)-1]
	}
	for len(f) > 1 && lexicon.LegalForm(f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " "), len(f) < n
}
