package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// checked is an answer after the gate: the text a reader sees, the
// citations that survived, the sources (those shown to the model, plus
// paragraphs a repair cited), and every change made, with its reason.
type checked struct {
	text      string
	citations []Citation
	sources   []Source
	warnings  []string
	abstained bool
	stats     GateStats
}

var (
	// markerRe matches citation markers: [3], [3, 5], [3;5]. Adjacent
	// markers ([3][5]) are matched one by one.
	markerRe = regexp.MustCompile(`\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]`)
	// quoteRe matches a quoted span in curly or straight double quotes.
	quoteRe = regexp.MustCompile(`“([^”\n]+)”|"([^"\n]+)"`)
	// abstainRe recognises an answer that says the article has no answer.
	abstainRe = regexp.MustCompile(`(?i)\b(article|sources?|passages?|text)\s+(does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't)\s+(say|mention|answer|contain|provide|specify|state|include|address|discuss)|\bnot (mentioned|stated|specified|covered) in the (article|sources?)|\bno information\b`)
	// ellipsisRe matches the marks of words left out of a quotation.
	ellipsisRe = regexp.MustCompile(`\[\.\.\.\]|\.\.\.|…`)
	// speakerNote matches the note the gate adds after a quotation given
	// to the wrong speaker; it is not part of the claim.
	speakerNote = regexp.MustCompile(` \(these are [^()]+’s words\)`)
	// markup matches tags and mention syntax (<b>, <@123>): not prose, so
	// not part of a claim.
	markup           = regexp.MustCompile(`<[^<>\s][^<>]*>`)
	spaceBeforePunct = regexp.MustCompile(`\s+([.,;:!?])`)
	manySpaces       = regexp.MustCompile(`[ \t]{2,}`)
)

// gate checks a model's answer against the article, claim by claim. Every
// sentence (and every clause that carries its own citation) must be
// supported by the sources it cites: a citation that does not support its
// claim is moved to the retrieved source or article paragraph that does,
// or removed; a sentence nothing in the article supports is removed, and
// so is a sentence built around a quotation the article does not contain.
// Surviving markers are renumbered in order of first appearance. Every
// change is listed in the warnings.
func (e *Engine) gate(text string, sources []Source) checked {
	c, _ := e.gateWith(context.Background(), text, sources, nil)
	return c
}

// gateWith runs the gate with the model's verdicts on borderline claims
// (nil for none yet), and returns the pairs worth a second opinion.
func (e *Engine) gateWith(ctx context.Context, text string, sources []Source, opinions map[opinionKey]bool) (checked, []opinionAsk) {
	g := &gateRun{ctx: ctx, e: e, shown: len(sources), c: checked{sources: append([]Source(nil), sources...)},
		opinions: opinions, collect: opinions == nil && e.secondOpinion}
	sents := splitAnswer(normalizeMarkers(text, len(sources)))
	for i := range sents {
		g.sentence(sents, i)
	}
	return g.finish(sents), g.asks
}

// gateRun is one pass of the gate over an answer.
type gateRun struct {
	ctx   context.Context // for a remote embedder's similarity
	e     *Engine
	shown int // sources shown to the model; later ones were added by repair
	c     checked
	// opinions are the model's verdicts from a second opinion; collect
	// says to note borderline pairs in asks for one.
	opinions map[opinionKey]bool
	collect  bool
	asks     []opinionAsk
}

// answerSentence is one sentence of the answer, cut at its markers.
type answerSentence struct {
	texts   []string // text before each marker, then the tail
	markers [][]int  // the source numbers of each marker, as written
	cites   [][]int  // after the gate: the source indexes of each marker
	claims  []string // the claim each marker is attached to
	dropped bool     // removed from the answer
	tail    bool     // keep the tail text
	added   []int    // citations the gate added to an uncited sentence
	addedTo string   // the claim they are attached to
	sep     string   // what separates it from the sentence before: " " or line breaks
	// speaker is the real speaker of a quotation the sentence gives to
	// someone else (named in a note); misnamed are the names it gave.
	speaker  string
	misnamed []string
}

// claim reads a claim of a sentence, with the speaker of a misattributed
// quotation in place of the names the sentence gave it.
func (g *gateRun) claim(as *answerSentence, text string) *claimInfo {
	c := g.e.claimInfo(text)
	if as.speaker == "" {
		return c
	}
	names := []string{as.speaker}
	for k, n := range c.names {
		if !contains(as.misnamed, n) && n != as.speaker {
			names = append(names, n)
			continue
		}
		// The misnamed speaker's words are not a claim to check: the
		// note names the real one.
		for i := range c.terms {
			if c.nameMasks[k]&(1<<i) != 0 {
				c.total -= c.weights[i]
				c.weights[i] = 0
			}
		}
	}
	c.names, c.subject = names, as.speaker
	c.nameMasks = g.e.nameMasks(c)
	return c
}

// splitAnswer cuts an answer into sentences and each sentence at its
// markers. Markers that open a sentence ("A fact. [2] Next") belong to the
// sentence before.
func splitAnswer(text string) []*answerSentence {
	var raw, seps []string
	prev := 0
	for _, sp := range splitSentencesOf(text) {
		s := text[sp[0]:sp[1]]
		sep := " "
		if n := strings.Count(text[prev:sp[0]], "\n"); n > 0 {
			sep = strings.Repeat("\n", min(n, 2))
		}
		prev = sp[1]
		for len(raw) > 0 {
			loc := markerRe.FindStringIndex(s)
			if loc == nil || loc[0] != 0 {
				break
			}
			raw[len(raw)-1] += " " + s[:loc[1]]
			s = strings.TrimSpace(s[loc[1]:])
		}
		if s != "" {
			raw, seps = append(raw, s), append(seps, sep)
		}
	}
	out := make([]*answerSentence, 0, len(raw))
	for i, s := range raw {
		as := &answerSentence{tail: true, sep: seps[i]}
		last := 0
		for _, loc := range markerRe.FindAllStringIndex(s, -1) {
			nums := markerNumbers(s[loc[0]:loc[1]])
			if k := len(as.markers); k > 0 && !hasWord(s[last:loc[0]]) {
				// "[1][2]", "[1], [2]": one citation of two sources.
				as.markers[k-1] = append(as.markers[k-1], nums...)
				last = loc[1]
				continue
			}
			as.texts = append(as.texts, s[last:loc[0]])
			as.markers = append(as.markers, nums)
			last = loc[1]
		}
		as.texts = append(as.texts, s[last:])
		as.cites = make([][]int, len(as.markers))
		as.claims = make([]string, len(as.markers))
		out = append(out, as)
	}
	return out
}

// plain is the sentence's text without markers.
func (as *answerSentence) plain() string { return strings.Join(as.texts, " ") }

// sentence checks one sentence of the answer.
func (g *gateRun) sentence(sents []*answerSentence, i int) {
	as := sents[i]
	if !g.quotations(as) {
		return
	}
	if len(as.markers) == 0 {
		g.uncited(sents, i)
		return
	}
	for k := range as.markers {
		claim := clean(as.texts[k])
		c := g.claim(as, claim)
		as.claims[k] = claim
		if k == 0 && !c.substantive() {
			c = g.claim(as, clean(as.plain()))
		}
		var context *claimInfo
		if i > 0 && len(sents[i-1].markers) == 0 && !sents[i-1].dropped && k == 0 {
			context = g.claim(as, clean(sents[i-1].plain())+" "+claim)
		}
		cites, ok := g.decide(c, context, as.markers[k])
		if !ok {
			if k == 0 {
				g.drop(as, "removed a sentence no source supports: %q")
				return
			}
			// A later clause with its own marker: cut the clause.
			as.texts[k] = ""
			as.cites[k] = nil
			g.c.stats.Dropped++
			g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed a clause no source supports: %q", claim))
			continue
		}
		as.cites[k] = cites
	}
	g.tail(as)
}

// tail checks text after a sentence's last marker (", the Kremlin said" is
// part of the claim; "and the talks lasted two hours" is a claim of its
// own, judged against the sentence's sources).
func (g *gateRun) tail(as *answerSentence) {
	t := clean(as.texts[len(as.texts)-1])
	c := g.e.claimInfo(t)
	if len(c.terms) < 2 && len(c.figures) == 0 {
		return
	}
	var cited []int
	for _, cs := range as.cites {
		cited = append(cited, cs...)
	}
	for _, idx := range cited {
		if g.e.best(c, g.e.sourceSentences(g.c.sources[idx])).supports() {
			return
		}
	}
	if idx, ok := g.findSupport(c); ok {
		as.added = append(as.added, idx)
		return
	}
	as.tail = false
	g.c.stats.Dropped++
	g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed a clause no source supports: %q", t))
}

// uncited checks a sentence without a marker: it stands if a source cited
// next to it supports it (one fact told over two sentences), gets a
// citation if another passage does, and is removed otherwise.
func (g *gateRun) uncited(sents []*answerSentence, i int) {
	as := sents[i]
	text := clean(as.plain())
	c := g.claim(as, text)
	if !c.substantive() || abstainRe.MatchString(text) {
		return
	}
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(sents) {
			continue
		}
		for _, nums := range sents[j].markers {
			for _, n := range nums {
				if n >= 1 && n <= g.shown && g.e.best(c, g.e.sourceSentences(g.c.sources[n-1])).supports() {
					return
				}
			}
		}
	}
	if idx, ok := g.findSupport(c); ok {
		as.added, as.addedTo = []int{idx}, text
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("added a citation of ¶%d to a sentence the model left uncited: %q", g.c.sources[idx].Paragraph, text))
		return
	}
	g.drop(as, "removed a sentence no source supports: %q")
}

// decide returns the sources that support a claim among those its marker
// cites, repairing the citation when they do not: the citation moves to
// another retrieved source, or failing that to another article paragraph.
// context, when set, is the claim with the uncited sentence before it.
func (g *gateRun) decide(c, context *claimInfo, nums []int) ([]int, bool) {
	var valid []int
	for _, n := range nums {
		if n < 1 || n > g.shown {
			g.c.stats.Removed++
			g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed citation [%d]: there is no source %d", n, n))
			continue
		}
		if !containsInt(valid, n-1) {
			valid = append(valid, n-1)
		}
	}
	if !c.substantive() {
		// "He said so [2].": nothing to check it against.
		return valid, len(valid) > 0
	}
	clauses := g.e.clauses(c.text)
	var kept []int
	whole := false
	bestCov := -1.0
	covered := make([]bool, len(clauses))
	for _, idx := range valid {
		ids := g.e.sourceSentences(g.c.sources[idx])
		j := g.e.best(c, ids)
		ok := g.accept(c, g.c.sources[idx].Paragraph, j)
		if !ok && context != nil {
			ok = g.e.best(context, ids).supports()
		}
		if ok {
			whole = true
			bestCov = max(bestCov, j.coverage)
		}
		for k, cl := range clauses {
			if g.e.best(cl, ids).supports() {
				covered[k] = true
				ok = true
			}
		}
		if ok {
			kept = append(kept, idx)
		}
	}
	supported := whole || (len(clauses) > 1 && allTrue(covered))
	alt, altJ, altOK := g.bestElsewhere(c, valid)
	switch {
	case supported && altOK && whole && len(kept) == 1 && altJ.coverage > bestCov+supportMargin:
		// A clearly better passage: the model cited a neighbour.
		idx := g.adopt(alt)
		g.move(valid, nil, idx, c.text)
		return []int{idx}, true
	case supported:
		g.removeUnsupported(valid, kept, c.text)
		return kept, true
	case altOK:
		idx := g.adopt(alt)
		g.move(valid, kept, idx, c.text)
		return append(kept, idx), true
	}
	for _, idx := range valid {
		if !containsInt(kept, idx) {
			g.c.stats.Removed++
		}
	}
	return nil, false
}

// move reports a citation moved to source alt, and the removal of any
// other cited source that did not support the claim.
func (g *gateRun) move(valid, kept []int, alt int, claim string) {
	to := g.c.sources[alt].Paragraph
	first := true
	for _, idx := range valid {
		if containsInt(kept, idx) || idx == alt {
			continue
		}
		from := g.c.sources[idx]
		if first {
			g.c.stats.Moved++
			g.c.warnings = append(g.c.warnings, fmt.Sprintf("moved citation [%d] to ¶%d: ¶%d does not state %q", from.N, to, from.Paragraph, claim))
			first = false
			continue
		}
		g.c.stats.Removed++
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed citation [%d]: ¶%d does not state %q", from.N, from.Paragraph, claim))
	}
	if first {
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("added a citation of ¶%d: it states %q", to, claim))
	}
}

func (g *gateRun) removeUnsupported(valid, kept []int, claim string) {
	for _, idx := range valid {
		if containsInt(kept, idx) {
			continue
		}
		s := g.c.sources[idx]
		g.c.stats.Removed++
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed citation [%d]: ¶%d does not state %q", s.N, s.Paragraph, claim))
	}
}

// drop removes a sentence from the answer, with a warning quoting it.
func (g *gateRun) drop(as *answerSentence, format string) {
	as.dropped = true
	g.c.stats.Dropped++
	g.c.warnings = append(g.c.warnings, fmt.Sprintf(format, clean(as.plain())))
}

// clean is claim text without markers, spaces and closing punctuation.
func clean(s string) string {
	s = markerRe.ReplaceAllString(s, "")
	s = speakerNote.ReplaceAllString(s, "")
	s = markup.ReplaceAllString(s, "")
	s = spaceBeforePunct.ReplaceAllString(s, "$1")
	s = strings.TrimSpace(manySpaces.ReplaceAllString(s, " "))
	return strings.TrimRight(s, " ,;:")
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return len(bs) > 0
}

func markerNumbers(marker string) []int {
	var out []int
	for _, f := range strings.FieldsFunc(strings.Trim(marker, "[]"), func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		var n int
		if _, err := fmt.Sscanf(f, "%d", &n); err == nil {
			out = append(out, n)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func containsInt(ns []int, n int) bool {
	for _, x := range ns {
		if x == n {
			return true
		}
	}
	return false
}
