package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// words, outside any quotation, then a colon and more text; or Q or A with
// a full stop ("Q. How do you pick the team?", "A. By who turns up.").
func labelOf(p *para) (string, int) {
	toks := p.toks
	if len(toks) > 1 && (toks[0].is("Q.") || toks[0].is("A.")) && toks[0].quote < 0 {
		return toks[0].text[:1], int(toks[0].start) - p.start + 2
	}
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
	// The writer's questions may stand unlabelled between the answers
	// ("Why stay open in January?" / "Lindahl: Because …"), and before
	// the first.
	unlabelled := 0
	first := run[0].k
	if q := first - 1; q >= 0 && b.paras[q].n == b.paras[first].n-1 && plainQuestion(b.paras[q]) {
		first = q
	}
	for k := first; k < run[len(run)-1].k; k++ {
		if plainQuestion(b.paras[k]) {
			unlabelled++
		}
	}
	if (len(count) < 2 || !repeats && !asked) && !(repeats && unlabelled > 0) {
		return
	}
	if b.turns == nil {
		b.turns = map[int]*turn{}
	}
	start := b.paras[first].start
	if first < run[0].k {
		b.turns[b.paras[first].n] = &turn{asks: true, run: start, p: b.paras[first]}
	}
	mute := map[string]bool{}
	for i, l := range run {
		generic := genericLabel(l.label)
		asks := generic == 'q' || generic == 0 && 2*questions[l.label] > count[l.label]
		t := &turn{label: l.label, at: l.at, asks: asks, run: start, p: b.paras[l.k]}
		b.turns[b.paras[l.k].n] = t
		if initials(l.label) {
			mute[l.label] = true
		}
		if genericLabel(l.label) != 0 {
			dropLabel(b.paras[l.k])
		}
		if i+1 < len(run) {
			for k := l.k + 1; k < run[i+1].k; k++ {
				if plainQuestion(b.paras[k]) {
					b.turns[b.paras[k].n] = &turn{asks: true, run: start, p: b.paras[k]}
					continue
				}
				b.turns[b.paras[k].n] = &turn{label: l.label, asks: asks, run: start, p: b.paras[l.k]}
			}
		}
	}
	if len(mute) > 0 {
		b.muteLabels(mute)
	}
}

// plainQuestion reports whether p, unlabelled, is a question of the
// writer's: it ends with a question mark and holds no quotation.
func plainQuestion(p *para) bool {
	label, _ := labelOf(p)
	return label == "" && len(p.spans) == 0 && endsWithQuestion(p)
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

// dropLabel takes a turn's Q or A out of the name that starts its
// paragraph: "Q. Will you win?" names no "Q. Will"; the word left, the
// first of its sentence, names no one by itself.
func dropLabel(p *para) {
	mi := p.mentAt[0]
	if mi < 0 {
		return
	}
	m := &p.ments[mi]
	if m.hi > 1 {
		p.mentAt[0] = -1
		m.runLo, m.lo, m.title, m.initial = max(m.runLo, 1), max(m.lo, 1), "", true
	}
	if m.hi-m.lo <= 1 {
		m.speaks, m.hint = false, unknown
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
