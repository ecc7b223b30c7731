package quotes

// markWire marks the organisations a paragraph's dateline credits in
// brackets ("OSLO, May 2 (Northwire) -"): the agency that reports the
// story, not the place ("HALBROOK —" may be a club's short name). A description
// in the story ("the club said", "the company") never means it, even where
// the story names it again ("translated by Northwire, the club said:").
func (b *builder) markWire() {
	for _, p := range b.paras {
		for _, m := range p.ments {
			if m.lo >= p.stamp {
				break
			}
			if m.ent != nil && m.ent.kind == Organisation && m.lo > 0 && p.toks[m.lo-1].is("(") {
				m.ent.wire = true
			}
		}
	}
}
