package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// addressed reports whether a quotation's own words address person e by a
// form of address set off by commas or ending a sentence: "In March, Madam
// Chair.", "With respect, Chair, we …", "Not to me, Senator Cole". Whoever
// is addressed is not the speaker: in a hearing the chair asks and the
// witness answers "Madam Chair". The address names e by surname or by a
// role the article gives e.
func addressed(text string, e *entity) bool {
	if e == nil || e.kind != Person {
		return false
	}
	// Read clause by clause and word by word in place: this runs for
	// every quotation of a 4.5 MB article.
	lo := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !strings.ContainsRune(",.?!;:", rune(text[i])) && !strings.HasPrefix(text[i:], "—") {
			continue
		}
		if addresses(text[lo:i], e) {
			return true
		}
		lo = i + 1
	}
	return false
}

// addresses reports whether clause is a form of address, one to three
// capitalised words (a title first when more than one), that names e.
func addresses(clause string, e *entity) bool {
	var ws [4]string
	n := 0
	for rest := strings.TrimSpace(clause); rest != ""; rest = strings.TrimLeft(rest, " ") {
		if n == len(ws) {
			return false
		}
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			end = len(rest)
		}
		ws[n], rest = rest[:end], rest[end:]
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	for k, w := range ws[:n] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // an address is capitalised throughout: "Madam Chair", "Mr Reyes"
		}
		if k == 0 && n > 1 && w != "Madam" && !lexicon.Titles.Has(strings.TrimSuffix(w, ".")) {
			return false
		}
	}
	for _, w := range ws[:n] {
		if w == "Madam" || lexicon.Titles.Has(strings.TrimSuffix(w, ".")) && !e.roleWords[fuzzy.Fold(strings.TrimSuffix(w, "."))] {
			continue
		}
		f := fuzzy.Fold(strings.TrimSuffix(w, "."))
		if len(e.words) > 1 && fuzzy.Fold(e.words[len(e.words)-1]) == f || e.roleWords[f] {
			return true
		}
	}
	return false
}

// otherSpeaker returns another person of w's sex the sentence before
// sentence sent names, whom its quotation does not address; else the
// speaker before w among the last two the article gave words to, when not
// addressed too; else no one. It is whom a hearing's answer belongs to when the words
// address the one who asked.
func (b *builder) otherSpeaker(w who, text string, sent int) who {
	// "Chair Helen Brooks thanked the witness, Maria Ortiz. “Thank
	// you, Madam Chair,” she said.": the other person of that sex the
	// sentence before names.
	if sent > 0 && w.ent != nil {
		for _, e := range b.peopleIn(sent - 1) {
			if e != w.ent && (e.gender == 0 || e.gender == w.ent.gender) && !addressed(text, e) {
				return who{ent: e}
			}
		}
	}
	for _, o := range b.recent {
		if o.ok() && o.name() != w.name() && !addressed(text, o.ent) {
			return o
		}
	}
	return who{}
}

// noteSpeaker keeps the last two different speakers, the latest first.
func (b *builder) noteSpeaker(w who) {
	if !w.ok() || b.recent[0].name() == w.name() {
		return
	}
	b.recent[1], b.recent[0] = b.recent[0], w
}
