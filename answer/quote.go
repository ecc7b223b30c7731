package answer

import (
	"strings"

	"articlebot/quotes"
)

// SpeakerCount is a speaker with how often the article quotes or reports
// them, and what it says they are ("mayor", "the owner of a bicycle shop").
type SpeakerCount struct {
	Name       string   `json:"name"`
	Roles      []string `json:"roles"`
	Quotes     int      `json:"quotes"`
	Statements int      `json:"statements"`
}

// minResolvePrefix is the shortest typed name that Quote resolves to the one
// speaker it can only mean ("trum", "putn"); a shorter one ("O") only gets
// suggestions.
const minResolvePrefix = 3

// Quote looks a speaker up by name, tolerating misspellings, and returns
// their verbatim quotations and, when there are none or as well, their
// reported statements. A name typed by a user who is looking for a speaker
// is also resolved when exactly one speaker's name starts with it or is one
// typo from it, even where a name inside a question would need to match
// more closely (short names). ok is false when no speaker was resolved;
// res.Suggestions then lists the candidates.
func (e *Engine) Quote(name string) (QuoteResult, bool) {
	res := QuoteResult{Query: name, Roles: []string{}, Suggestions: []string{}, Quotes: []Attributed{}, Reported: []Attributed{}}
	m := e.quotes.Find(name)
	if len(m.Speakers) > 1 {
		// "Kovač" with two people of that name, "the chief executive"
		// with two companies: say so rather than pick one.
		res.Ambiguous = true
		for _, s := range m.Speakers {
			res.Suggestions = append(res.Suggestions, s.Name)
		}
		return res, false
	}
	var sp quotes.Speaker
	if len(m.Speakers) == 1 {
		sp = m.Speakers[0]
	} else {
		closest := e.quotes.Closest(name)
		if len(closest) != 1 || len([]rune(strings.TrimSpace(name))) < minResolvePrefix {
			for _, c := range closest {
				res.Suggestions = append(res.Suggestions, c.Name)
			}
			if len(res.Suggestions) == 0 {
				for _, c := range m.Suggestions {
					res.Suggestions = append(res.Suggestions, c.Name)
				}
			}
			return res, false
		}
		sp = closest[0]
	}
	res.Found = true
	res.Speaker = sp.Name
	res.Roles = append(res.Roles, sp.Roles...)
	for _, q := range e.quotes.QuotesBy(sp.Name) {
		res.Quotes = append(res.Quotes, Attributed{Speaker: q.Speaker, Text: q.Text, Paragraph: q.Paragraph})
	}
	for _, s := range e.quotes.StatementsBy(sp.Name) {
		res.Reported = append(res.Reported, Attributed{Speaker: s.Speaker, Text: s.Text, Paragraph: s.Paragraph})
	}
	return res, true
}

// Speakers lists everyone the article quotes or reports, most quoted first.
func (e *Engine) Speakers() []SpeakerCount {
	var out []SpeakerCount
	for _, s := range e.quotes.Speakers() {
		if s.Quotes+s.Statements == 0 {
			continue
		}
		out = append(out, SpeakerCount{Name: s.Name, Roles: append([]string{}, s.Roles...), Quotes: s.Quotes, Statements: s.Statements})
	}
	return out
}

// SuggestSpeakers returns up to n speakers whose names match what a user has
// typed so far, for autocompletion.
func (e *Engine) SuggestSpeakers(typed string, n int) []string {
	var out []string
	for _, s := range e.quotes.Suggest(typed, n) {
		out = append(out, s.Name)
	}
	return out
}
