package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
)

// credits reads the credit line a wire story ends with ("Reporting by
// Katrin Aalto in Geneva and Milos Radev in Korvath; Editing by Peter
// Hamill"), which is boilerplate, never a quotation's source, and adds its
// people with their roles (reporter, editor) so that they can be looked
// up. People the body already names get the role.
func (b *builder) credits() {
	for _, p := range b.a.Paragraphs {
		if p.Kind != article.Body {
			b.byline(p)
		}
		if p.Kind != article.Boilerplate {
			continue
		}
		for _, part := range strings.FieldsFunc(p.Text, func(r rune) bool { return r == ';' || r == '.' || r == '|' }) {
			lower := strings.ToLower(strings.TrimSpace(part))
			for key, role := range lexicon.CreditRoles {
				if !strings.HasPrefix(lower, key+" by ") {
					continue
				}
				rest := strings.TrimSpace(part)[len(key)+len(" by "):]
				off := p.Start + strings.Index(p.Text, rest)
				for _, name := range creditNames(rest) {
					b.creditPerson(name, role, p.N, off)
				}
			}
		}
	}
}

// creditNames splits "Katrin Aalto in Geneva and Milos Radev in Korvath"
// into the names, dropping places; anything that is not two to four
// capitalised words is not a name.
func creditNames(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' }) {
		words := strings.Fields(part)
		for i, w := range words {
			if w == "in" || w == "from" {
				words = words[:i]
				break
			}
		}
		if len(words) < 2 || len(words) > 4 {
			continue
		}
		name := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			name = name && unicode.IsUpper(r) && !lexicon.SentenceStarters.Has(w)
		}
		if name {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// creditPerson gives a credited person the role, making them a person of
// the article if the body does not name them.
func (b *builder) creditPerson(name, role string, n, at int) {
	for _, e := range b.rs.people {
		if e.name == name {
			e.addRole(role)
			return
		}
	}
	e := &entity{name: name, kind: Person, words: strings.Fields(name), first: n, firstAt: at, introAt: at}
	e.addAlias(name)
	e.addRole(role)
	b.rs.people = append(b.rs.people, e)
}

// byline reads a byline outside the body and under the headline, "By Clara
// Pennington" or "By Harriet Moss, Showbusiness Reporter", and adds its writers with the role
// it gives (in lower case), else "writer", so that they can be looked up.
func (b *builder) byline(p article.Paragraph) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(p.Text), "By ")
	if !ok || p.N == 1 || utf8.RuneCountInString(rest) > 80 {
		return
	}
	// "By Marta Quell, Senior Courts Correspondent | Harbour Ledger": the
	// publication after a bar or a dash is no part of the role.
	if i := strings.IndexAny(rest, "|—–"); i >= 0 {
		rest = rest[:i]
	}
	names, role, _ := strings.Cut(rest, ",")
	role = strings.ToLower(strings.TrimSpace(role))
	if role == "" || len(strings.Fields(role)) > 4 {
		role = "writer"
	}
	for _, name := range creditNames(names) {
		b.creditPerson(name, role, p.N, p.Start+strings.Index(p.Text, name))
	}
}
