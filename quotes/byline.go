package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
)

// byline reads a byline outside the body and under the headline, "By Clara
// Pennington", "by Clara Pennington", "By Harriet Moss, Showbusiness
// Reporter" or "By Ada Lim at Fenton Park", alone or as one part of a line
// divided by bars ("Harbour Ledger | 2 May | By Ada Lim"), and adds its
// writers with the role it gives (in lower case), else as the story's
// writer and reporter, so that they can be looked up. The line right under
// the headline is read even when it was taken for a paragraph of the body,
// and near the top a name alone with the place it was filed from is a
// byline too, without "By" ("Ada Lim, Harwich", "Ports | Ada Lim, Harwich
// | 2 May"): a given name opens it.
func (b *builder) byline(p article.Paragraph) {
	if p.N == 1 {
		return
	}
	parts := strings.Split(p.Text, "|")
	by := slices.ContainsFunc(parts, func(s string) bool { _, ok := cutBy(strings.TrimSpace(s)); return ok })
	for _, part := range parts {
		part = strings.TrimSpace(part)
		rest, ok := cutBy(part)
		if !ok {
			if by || p.Kind == article.Body || p.N > 3 {
				continue
			}
			rest, ok = filedFrom(part)
			if !ok {
				continue
			}
		}
		if utf8.RuneCountInString(rest) > 80 {
			continue
		}
		// "By Marta Quell, Senior Courts Correspondent — Harbour Ledger":
		// the publication after a dash is no part of the role.
		if i := strings.IndexAny(rest, "—–"); i >= 0 {
			rest = rest[:i]
		}
		names, role, _ := strings.Cut(rest, ",")
		roles := []string{strings.ToLower(strings.TrimSpace(role))}
		if roles[0] == "" || len(strings.Fields(roles[0])) > 4 {
			roles = []string{"writer", "reporter"}
		}
		house, sents := b.houseNames()
		roles = append(roles, house...)
		names = withoutClassYears(names)
		for _, name := range creditNames(names) {
			var e *entity
			for _, r := range roles {
				e = b.creditPerson(name, r, p.N, p.Start+strings.Index(p.Text, name))
			}
			for _, sid := range sents {
				// "A visit by our correspondent found …" is about the writer.
				if sid < len(b.sentPeople) && !slices.Contains(b.sentPeople[sid], e) {
					b.sentPeople[sid] = append(b.sentPeople[sid], e)
				}
			}
		}
	}
}

// cutBy returns what follows "By " or "by " opening s.
func cutBy(s string) (string, bool) {
	if len(s) > 3 && (s[0] == 'B' || s[0] == 'b') && s[1] == 'y' && s[2] == ' ' {
		return s[3:], true
	}
	return "", false
}

// filedFrom returns the name of a byline written as a name alone or with
// the place the story was filed from after a comma: two to four
// capitalised words opening with a given name, then at most three more.
func filedFrom(s string) (string, bool) {
	name, place, _ := strings.Cut(s, ",")
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || !lexicon.GivenName(words[0]) || len(creditNames(name)) != 1 ||
		slices.ContainsFunc(words, func(w string) bool { return lexicon.OrgHeads.Has(w) || lexicon.OrgWords.Has(w) }) {
		return "", false // "Kelby Gazette | 4 April": the paper's name
	}
	pw := strings.Fields(place)
	if len(pw) > 3 {
		return "", false
	}
	for _, w := range pw {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", false
		}
	}
	return name, true
}

// withoutClassYears drops the class years a college paper writes after a
// student's name ("Ana Ruiz ’27"): an apostrophe and two digits.
func withoutClassYears(s string) string {
	words := strings.Fields(s)
	out := words[:0]
	for _, w := range words {
		if classYearWord(w) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// classYearWord reports whether the word w is a class year: ’27, '27.
func classYearWord(w string) bool {
	w = strings.TrimRight(w, ",")
	for _, m := range []string{"’", "'", "‘"} {
		if d, ok := strings.CutPrefix(w, m); ok {
			return len(d) == 2 && d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9'
		}
	}
	return false
}

// houseNames returns the nouns the paper calls its own writer by in the
// body, outside quotations: "our correspondent", "this reporter" (a
// journalist's role after "our" or "this"), which mean the byline's
// writer; and the sentences that call them so.
func (b *builder) houseNames() (nouns []string, sents []int) {
	for _, p := range b.paras {
		for i := 1; i < len(p.toks); i++ {
			t, d := p.toks[i], p.toks[i-1]
			if !t.isWord() || t.quote >= 0 || t.capital() || !(d.lower() == "our" || d.lower() == "this") || !lexicon.PressRoles.Has(t.lower()) {
				continue
			}
			if !slices.Contains(nouns, t.lower()) {
				nouns = append(nouns, t.lower())
			}
			sents = append(sents, int(t.sent))
		}
	}
	return nouns, sents
}
