package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// Letters after a name set off by commas ("Sir Roland Ekwueme KC, MBE
// said", "Dr Aaron Moss, PhD, a geologist,") are the name's, as letters
// right after it are (postNominals): they name no organisation of their
// own, and a verb after them is the name's.

// lettersAfterComma reports whether token i is post-nominal letters set
// off by a comma after the person mention last in ments, or after more
// such letters: "Ekwueme KC, MBE said". Punctuation, more letters or a
// verb must follow, as a description's words do not ("Ann Lee, BBC
// correspondent").
func lettersAfterComma(toks []token, ments []mention, i int) bool {
	t := toks[i]
	if i < 2 || len(ments) == 0 || !t.isWord() || t.poss || t.quote >= 0 || !postNominalAfter(t.text, toks[ments[len(ments)-1].lo].text) || !toks[i-1].is(",") || toks[i-2].sent != t.sent {
		return false
	}
	if n := i + 1; n < len(toks) && toks[n].isWord() && !lexicon.PostNominal(toks[n].text) &&
		!lexicon.Auxiliaries.Has(toks[n].lower()) && !lexicon.SpeechVerbs.Has(toks[n].lower()) {
		return false
	}
	last := ments[len(ments)-1]
	if last.hi == i-1 {
		// A name not yet known for a person's holds letters as one
		// does when it opens with a given name ("Ruth Wanjiku Mbugua,
		// OGW, said"): an organisation's name does not.
		return last.hint == person || last.hint == unknown && last.hi-last.lo >= 2 && (lexicon.GivenName(toks[last.lo].text) || noEnglishWord(toks[last.lo].text))
	}
	return last.hi < i-2 && lettersAfterComma(toks, ments, i-2)
}

// pastLetters returns the last token of the person's name before letters
// set off by commas that end at j ("Ekwueme KC, MBE said"), or j.
func pastLetters(p *para, lo, j int) int {
	k := j
	for k-2 >= lo && p.mentAt[k] < 0 && p.toks[k].isWord() && lexicon.PostNominal(p.toks[k].text) && p.toks[k-1].is(",") {
		k -= 2
	}
	if k == j || p.mentAt[k] < 0 || p.ments[p.mentAt[k]].hi != k+1 {
		return j
	}
	return k
}

// postNominalAfter reports whether w, after the name word before, is
// letters of an honour or degree (lexicon.PostNominal): not when the name
// is written in capitals too, as in a line all in capitals ("ADA MENSAH
// SPEAKS"), where a surname has the letters' shape.
func postNominalAfter(w, before string) bool {
	return lexicon.PostNominal(w) && strings.ToUpper(before) != before
}

// pastSetOffLetters returns the comma after the letters set off by commas
// after the name m ("Dr Tom Quennell, Ph.D., a statistician"), or i, the
// comma after the name, when none are: the description after them is
// the name's.
func pastSetOffLetters(toks []token, m *mention, i int) int {
	for i+2 < len(toks) && toks[i].is(",") && toks[i+1].isWord() && toks[i+1].sent == toks[i].sent && toks[i+2].is(",") &&
		postNominalAfter(toks[i+1].text, toks[m.lo].text) {
		i += 2
	}
	return i
}
