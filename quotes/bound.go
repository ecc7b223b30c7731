package quotes

import "articlebot/lexicon"

// boundSubject resolves "he" or "she" at token j, the subject of a speech
// verb inside a sentence that opens with a named person, to that person:
// "Tom Reyes, a retired baker, drew applause when he said that “…”",
// "Ana Ruiz said her clients were misled by a firm whose promises she
// called “…”". A pronoun in a later clause of a sentence refers to the
// sentence's subject before anyone named in earlier sentences. It returns
// nil when the pronoun opens the sentence, when no name opens it, or when
// the subject's known sex is not the pronoun's.
func (b *builder) boundSubject(p *para, j int, w string) *entity {
	want := lexicon.PronounGender(w)
	if want == 0 {
		return nil
	}
	lo, _ := p.sentRange(int(p.toks[j].sent))
	if lo >= j {
		return nil
	}
	s, _, st := b.leadSubject(p, lo, j)
	if st != found || s.ent == nil || s.ent.kind != Person {
		return nil
	}
	if s.ent.gender != 0 && s.ent.gender != want {
		return nil
	}
	return s.ent
}
