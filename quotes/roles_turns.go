package quotes

// turnRoles gives the people a transcript's labels name what the
// transcript says of them (see resolveTurns): whoever asks the questions
// is the interviewer, and a label of initials ("KM:") is a name the
// article calls them by, so that "the interviewer" and "KM" find them.
func (b *builder) turnRoles() {
	for _, t := range b.turns {
		e := t.who.ent
		if e == nil || e.kind != Person {
			continue
		}
		if t.asks {
			e.addRole("interviewer")
		}
		if initials(t.label) {
			// A name for lookups, as a nickname is, not a surface form
			// the answer side reads as naming them in a sentence.
			e.addNick(t.label)
		}
	}
}
