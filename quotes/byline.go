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
// | 2 May"): a given name opens it, unless the line gives the date
// ("Ada Lim, 2 May 2026") or stands alone over a line that does: a name
// and a date are the writer's credit whatever the name.
func (b *builder) byline(p article.Paragraph) {
	if p.N == 1 {
		return
	}
	parts := bylineParts(p.Text)
	// "Ada Lim, Money column | Sun 2 May 2026": a line of the page's
	// furniture with a date among its parts, read wherever it was classed.
	meta := p.N <= 4 && len(parts) > 1 && slices.ContainsFunc(parts, datePart)
	if p.Kind == article.Body && p.N != 2 && !meta {
		return
	}
	by := slices.ContainsFunc(parts, func(s string) bool { _, ok := cutBy(s); return ok })
	next, _ := b.a.Paragraph(p.N + 1)
	dated := len(parts) == 1 && datePart(next.Text) && len(strings.Fields(next.Text)) <= 8
	for _, part := range parts {
		rest, ok := cutBy(part)
		role := ""
		if !ok {
			if by || p.Kind == article.Body && !meta || p.N > 3 && !meta {
				continue
			}
			rest, role, ok = filedFrom(part, meta, dated)
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
		names, after, _ := strings.Cut(rest, ",")
		if role == "" {
			role = after
		}
		roles := []string{strings.ToLower(strings.TrimSpace(role))}
		if roles[0] == "" || len(strings.Fields(roles[0])) > 4 {
			roles = []string{"writer", "reporter"}
		}
		house, sents := b.houseNames()
		roles = append(roles, house...)
		names = withoutClassYears(capitalisedName(names))
		for _, name := range creditNames(names) {
			var e *entity
			for _, r := range roles {
				e = b.creditPerson(name, r, p.N, p.Start+strings.Index(p.Text, name))
			}
			e.wrote = true
			if e.wroteIn == 0 {
				e.wroteIn = p.N
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

// bylineParts splits a line of bylines, dates and sections at the bars
// and middle dots that divide it: "By Ada Lim, Fact Checker · 2 May".
func bylineParts(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// datePart reports whether a part of a byline's line is a date: a digit
// and the name of a month or a day, whole or shortened ("Sun 2 May
// 2026", "Nov 28th 2026").
func datePart(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return lexicon.CalendarWord(strings.Trim(w, ",")) })
}

// capitalisedName writes a name printed in capitals ("ADA LIM") as a name
// is written ("Ada Lim"); any other text is returned as it is.
func capitalisedName(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	var out strings.Builder
	start := true
	for _, r := range s {
		if start {
			out.WriteRune(r)
		} else {
			out.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) // a new word after a space, a hyphen or an apostrophe: "ANNE-MARIE O'HARA"
	}
	return out.String()
}

// cutBy returns what follows "By ", "by " or "BY " opening s.
func cutBy(s string) (string, bool) {
	if len(s) > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' ' {
		return s[3:], true
	}
	return "", false
}

// filedFrom returns the name of a byline written as a name alone or with
// the place the story was filed from after a comma: two to four
// capitalised words opening with a given name, then at most three more.
// In a line with a date (meta), words after the comma that are not all
// capitalised are the writer's role or column ("Ada Lim, Money matters |
// 2 May"), returned as role. A date after the comma ("Ada Lim, 2 May
// 2026"), or one on the line below (dated), makes the name a byline
// without a given name the lexicon knows ("Ásdís Hrafnsdóttir").
func filedFrom(s string, meta, dated bool) (name, role string, ok bool) {
	name, place, _ := strings.Cut(s, ",")
	words := strings.Fields(name)
	dated = dated && place == "" || datePart(place) && len(strings.Fields(place)) <= 5
	if len(words) < 2 || len(words) > 4 || !dated && !lexicon.GivenName(words[0]) || len(creditNames(name)) != 1 ||
		slices.ContainsFunc(words, func(w string) bool { return lexicon.OrgHeads.Has(w) || lexicon.OrgWords.Has(w) }) {
		return "", "", false // "Kelby Gazette | 4 April": the paper's name
	}
	if dated {
		return name, "", true
	}
	pw := strings.Fields(place)
	if len(pw) > 3 {
		return "", "", false
	}
	for _, w := range pw {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			if meta {
				return name, place, true
			}
			return "", "", false
		}
	}
	return name, "", true
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
