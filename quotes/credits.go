package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
)

// credits reads the credit line a wire story ends with ("Reporting by
// Sanna Virtanen in Tallinn and Oskar Lind in Turku; Editing by Hugo
// Marsh"), which is boilerplate, never a quotation's source, and adds its
// people with their roles (reporter, editor) so that they can be looked
// up. People the body already names get the role.
func (b *builder) credits() {
	for _, p := range b.a.Paragraphs {
		b.byline(p)
		b.passiveCredits(p)
		if p.Kind != article.Boilerplate && !creditLine(p.Text) {
			continue
		}
		for _, part := range strings.FieldsFunc(p.Text, func(r rune) bool { return r == ';' || r == '.' || r == '|' }) {
			// "(Reporting by …; Editing by …)": a credit line in brackets.
			part = strings.Trim(strings.TrimSpace(part), "()[] ")
			lower := strings.ToLower(part)
			for key, role := range lexicon.CreditRoles {
				if !strings.HasPrefix(lower, key+" by ") {
					continue
				}
				rest := part[len(key)+len(" by "):]
				off := p.Start + strings.Index(p.Text, rest)
				for _, name := range creditNames(rest) {
					e := b.creditPerson(name, role, p.N, off)
					if lexicon.WriterRoles.Has(role) && e.wroteIn == 0 {
						e.wroteIn = p.N
					}
				}
			}
		}
	}
}

// creditNames splits "Sanna Virtanen in Tallinn and Oskar Lind in Turku"
// into the names, dropping places; anything that is not two to four
// capitalised words is not a name.
func creditNames(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' }) {
		words := strings.Fields(part)
		for i, w := range words {
			if w == "in" || w == "from" || w == "at" {
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
// the article if the body does not name them, and returns them.
func (b *builder) creditPerson(name, role string, n, at int) *entity {
	words := strings.Fields(name)
	for len(words) > 2 && lexicon.IsTitleWord(words[0]) {
		words = words[1:] // "Dr Ann Lee"
	}
	name = strings.Join(words, " ")
	for _, e := range b.rs.people {
		if e.name == name || slices.Contains(e.aliases, name) {
			e.addRole(role)
			return e
		}
	}
	e := &entity{name: name, kind: Person, words: strings.Fields(name), first: n, firstAt: at, introAt: at, credited: true}
	e.addAlias(name)
	e.addRole(role)
	b.rs.people = append(b.rs.people, e)
	return e
}

// passiveCredits reads the people a sentence credits with a work in the
// passive, "written by Ada Lim and edited by Tom Berg", "photographs
// taken by …": each name after a verb's participle and "by" gets the
// agent noun WordNet derives from the verb (writer, editor), so that "the
// editor" finds them. A noun for whom a deed is done ("appointee") is no
// role of the one who does it.
func (b *builder) passiveCredits(p article.Paragraph) {
	text := p.Text
	for i := 0; ; {
		k := strings.Index(text[i:], " by ")
		if k < 0 {
			return
		}
		k += i
		i = k + len(" by ")
		verb := lastField(text[:k])
		agent := lexicon.AgentNoun(strings.ToLower(verb))
		if agent == "" || strings.HasSuffix(agent, "ee") {
			continue
		}
		rest := text[i:]
		if end := strings.IndexAny(rest, ".;:,()"); end >= 0 {
			rest = rest[:end]
		}
		if j := strings.Index(rest, " and "); j >= 0 {
			rest = rest[:j] // "… and edited by Y": the next credit has its own verb
		}
		for _, name := range creditNames(rest) {
			b.creditPerson(name, agent, p.N, p.Start+i)
		}
	}
}

// lastField returns the last space-separated word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// creditLine reports whether a paragraph is a credit line however it was
// classed: its text, brackets aside, opens with a credit ("(Reporting by
// …)").
func creditLine(text string) bool {
	lower := strings.ToLower(strings.TrimLeft(text, "([ "))
	for key := range lexicon.CreditRoles {
		if strings.HasPrefix(lower, key+" by ") {
			return true
		}
	}
	return false
}
