// Months written short: "Dec. 6" in an article is "the sixth of December"
// in a claim.

package answer

// monthShort pairs the term of a month's name with the term of its
// abbreviation where neither starts the other by four letters or more
// ("sept" already finds "septemb"; May has no short form).
var monthShort = map[string]string{"januari": "jan", "februari": "feb", "march": "mar", "april": "apr",
	"june": "jun", "juli": "jul", "august": "aug", "octob": "oct", "novemb": "nov", "decemb": "dec"}

// monthForms returns a month term's other written form: its abbreviation
// for its name and its name for its abbreviation.
func monthForms(t string) []string {
	if s, ok := monthShort[t]; ok {
		return []string{s}
	}
	for long, s := range monthShort {
		if s == t {
			return []string{long}
		}
	}
	return nil
}
