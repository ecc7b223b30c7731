package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
)

// An interview printed as a transcript gives each turn its own paragraph,
// led by a label and a colon and set in no quotation marks:
//
//	DF: Why draw the maps by hand?
//	Brannock: Because a satellite does not know which stile is broken.
//
// The label is a surname, a full name, the speaker's initials, or Q and A.
// The answers are the interviewee's own words, so each is a quotation of
// the person its label names; the questions are the interviewer's and no
// one's quotations. A transcript is told from paragraph shape alone: a
// run of label-led paragraphs, under two labels or more, in which a label
// comes back or a turn asks a question. A box of facts ("When: Saturday.",
// "Where: the library.") has no label twice and asks nothing.

// turn is a paragraph of a transcript.
type turn struct {
	label string // the label as written ("DF", "Brannock", "Q"); a continued answer keeps its turn's
	at    int    // offset in the paragraph's text where the spoken words start
	asks  bool   // the label is the interviewer's
	run   int    // offset in the article of the run's first turn
	p     *para  // the paragraph whose label the turn has
	who   who    // whom the label names, once resolved
}

// maxTurnLabel is the most words a turn's label has: a full name with a middle
// name ("Anna Maria Berg:"). A longer capitalised run before a colon is a
// heading or a sentence.
const maxTurnLabel = 3

// labelOf returns the label that leads p and the offset of the words after
// its colon, or "" when p opens with no label: one to three capitalised
// words, outside any quotation, then a colon and more text.
func labelOf(p *para) (string, int) {
	toks := p.toks
	k := 0
	for ; k < len(toks) && k < maxTurnLabel && toks[k].isWord() && toks[k].quote < 0 && toks[k].capital(); k++ {
	}
	if k == 0 || k >= len(toks)-1 || !toks[k].is(":") || int(toks[k].start)-p.start >= len(p.text)-1 {
		return "", 0
	}
	at := int(toks[k].start) - p.start + 1
	return p.text[int(toks[0].start)-p.start : int(toks[k].start)-p.start], at
}

// findTranscript marks the turns of every transcript in the article. An
// unlabelled paragraph between two turns, with no quotation marks of its
// own, goes on with the turn before it (an answer over two paragraphs).
func (b *builder) findTranscript() {
	var run []led
	flush := func() {
		b.noteRun(run)
		run = run[:0]
	}
	for k, p := range b.paras {
		label, at := labelOf(p)
		adjacent := len(run) > 0 && b.paras[k-1].n == p.n-1
		switch {
		case label != "" && (adjacent || len(run) == 0):
			run = append(run, led{k, label, at})
		case label != "":
			flush()
			run = append(run, led{k, label, at})
		case adjacent && len(p.spans) == 0 && k-run[len(run)-1].k <= maxContinued:
			// Maybe a continued turn: kept only if a turn follows.
		default:
			flush()
		}
	}
	flush()
}

// led is a paragraph led by a label: its index in b.paras, the label and
// the offset of the words after it.
type led struct {
	k     int
	label string
	at    int
}

// maxContinued is how many paragraphs in a row one turn may run to: an
// answer of three paragraphs, then the next label.
const maxContinued = 3

// noteRun records the turns of run when it reads as a transcript, with
// the unlabelled paragraphs between its turns as continued turns.
func (b *builder) noteRun(run []led) {
	if len(run) < 2 {
		return
	}
	count := map[string]int{}
	questions := map[string]int{}
	asked := false
	for _, l := range run {
		count[l.label]++
		if endsWithQuestion(b.paras[l.k]) {
			questions[l.label]++
			asked = true
		}
	}
	repeats := false
	for _, n := range count {
		repeats = repeats || n > 1
	}
	if len(count) < 2 || !repeats && !asked {
		return
	}
	if b.turns == nil {
		b.turns = map[int]*turn{}
	}
	start := b.paras[run[0].k].start
	mute := map[string]bool{}
	for i, l := range run {
		generic := genericLabel(l.label)
		asks := generic == 'q' || generic == 0 && 2*questions[l.label] > count[l.label]
		t := &turn{label: l.label, at: l.at, asks: asks, run: start, p: b.paras[l.k]}
		b.turns[b.paras[l.k].n] = t
		if initials(l.label) {
			mute[l.label] = true
		}
		if i+1 < len(run) {
			for k := l.k + 1; k < run[i+1].k; k++ {
				b.turns[b.paras[k].n] = &turn{label: l.label, asks: asks, run: start, p: b.paras[l.k]}
			}
		}
	}
	if len(mute) > 0 {
		b.muteLabels(mute)
	}
}

// genericLabel returns 'q' for a label that says "question", 'a' for one
// that says "answer", and 0 for a label that names someone.
func genericLabel(label string) byte {
	switch strings.ToLower(label) {
	case "q", "question":
		return 'q'
	case "a", "answer":
		return 'a'
	}
	return 0
}

// endsWithQuestion reports whether p's last sentence is a question.
func endsWithQuestion(p *para) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(p.text))
	return r == '?'
}

// muteLabels keeps the labels of initials from naming anyone of their own,
// wherever the article writes them: "JT" is the interviewer's initials, no
// organisation that speaks, in "JT: Why now?" as in "Jude Tennant (JT)".
func (b *builder) muteLabels(labels map[string]bool) {
	for _, p := range b.paras {
		for i := range p.ments {
			if m := &p.ments[i]; m.hi-m.lo == 1 && labels[p.toks[m.lo].text] {
				m.speaks, m.hint = false, unknown
			}
		}
	}
}

// initials reports whether w is written as initials: two to four capital
// letters, or one.
func initials(w string) bool {
	n := utf8.RuneCountInString(w)
	if n > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return n > 0
}

// resolveTurns finds whom each turn's label names: the person its name
// resolves to; else the one person whose name has those initials
// ("DF" for Duncan Frew, "PLW" or "PW" for Petra Lund Weir); else, for an
// answer, the person the introduction is about: the one it refers to most
// before the transcript, the interviewer aside.
func (b *builder) resolveTurns() {
	byLabel := map[string]who{}
	for _, t := range b.turns {
		w, seen := byLabel[t.label]
		if !seen {
			w = b.labelled(t)
			byLabel[t.label] = w
		}
		t.who = w
	}
	var askers []*entity
	for _, t := range b.turns {
		if t.asks && t.who.ent != nil {
			askers = append(askers, t.who.ent)
		}
	}
	subjects := map[int]who{}
	for _, t := range b.turns {
		if t.who.ok() || t.asks {
			continue
		}
		w, seen := subjects[t.run]
		if !seen {
			w = b.interviewee(t.run, askers)
			subjects[t.run] = w
		}
		t.who = w
	}
}

// labelled returns the person the label of turn t names: of the people
// the introduction names before the transcript, the one with that name or
// surname (the one it refers to most, when two share it: a namesake the
// interviewee mentions later is not the label); else whom the label's own
// name resolves to; else the one person with those initials.
func (b *builder) labelled(t *turn) who {
	if genericLabel(t.label) != 0 {
		return who{}
	}
	words := strings.Fields(t.label)
	var cands []*entity
	for _, e := range b.rs.people {
		if e.introAt < t.run && (sameWords(e.words, words) || sameWords(surname(e.words), words)) {
			cands = append(cands, e)
		}
	}
	if e := b.mostReferred(cands, t.run); e != nil {
		return who{ent: e}
	}
	if mi := t.p.mentAt[0]; mi >= 0 && t.p.ments[mi].ent != nil && t.p.ments[mi].ent.kind == Person {
		return who{ent: t.p.ments[mi].ent}
	}
	if !initials(t.label) {
		return who{}
	}
	var found *entity
	for _, e := range b.rs.people {
		if hasInitials(e.words, t.label) {
			if found != nil {
				return who{} // two people share them
			}
			found = e
		}
	}
	if found == nil {
		return who{}
	}
	return who{ent: found}
}

// sameWords reports whether two names are the same words, folded.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if fuzzy.Fold(a[i]) != fuzzy.Fold(b[i]) {
			return false
		}
	}
	return true
}

// hasInitials reports whether a name's words have the initials of label:
// every word's, or the first and last word's.
func hasInitials(words []string, label string) bool {
	if len(words) < 2 {
		return false
	}
	first := func(w string) rune {
		r, _ := utf8.DecodeRuneInString(fuzzy.Fold(w))
		return r
	}
	want := []rune(strings.ToLower(label))
	all := make([]rune, 0, len(words))
	for _, w := range words {
		all = append(all, first(w))
	}
	if string(all) == string(want) {
		return true
	}
	return len(want) == 2 && want[0] == all[0] && want[1] == all[len(all)-1]
}

// interviewee returns the person the introduction to the transcript that
// starts at offset run is about (see mostReferred), the interviewer aside.
func (b *builder) interviewee(run int, askers []*entity) who {
	var cands []*entity
	for _, e := range b.rs.people {
		if !containsEntity(askers, e) {
			cands = append(cands, e)
		}
	}
	if e := b.mostReferred(cands, run); e != nil {
		return who{ent: e}
	}
	return who{}
}

// mostReferred returns the one of people the article names or refers to
// in the most sentences before offset run; of those in as many, the first
// named. A person named in passing ("Rob Yates, his neighbour, keeps
// sheep") is in one sentence, as an interviewer credited in one line is.
func (b *builder) mostReferred(people []*entity, run int) *entity {
	var best *entity
	bestN, bestAt := 0, 0
	for _, e := range people {
		n, last := 0, -1
		for _, at := range e.refs {
			if at >= run {
				break
			}
			if s := b.sentenceOf(at); s != last {
				n, last = n+1, s
			}
		}
		if n > 0 && (n > bestN || n == bestN && e.firstAt < bestAt) {
			best, bestN, bestAt = e, n, e.firstAt
		}
	}
	return best
}
