// Figures of a compared pair: a passage that sets one figure against
// another ("shot 62 per cent, against 57 per cent for her rival") binds
// the words after the marker to the second figure. A claim that gives the
// first figure with those words ("her rival shot 62 per cent") binds a
// figure to another thing.

package answer

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// comparisonRe matches a comparison marker between two arms, and
// armEnd the end of the second arm ("against 57 per cent for her rival,
// the league said").
var (
	comparisonRe = func() *regexp.Regexp {
		ms := append([]string(nil), lexicon.ComparisonMarkers...)
		// Longest first, so "as against" wins over "against".
		sort.Slice(ms, func(i, j int) bool { return len(ms[i]) > len(ms[j]) })
		for i, m := range ms {
			ms[i] = regexp.QuoteMeta(m)
		}
		return regexp.MustCompile(`(?i)(?:^|[\s,;(])(` + strings.Join(ms, "|") + `)\s`)
	}()
	armEnd = regexp.MustCompile(`[;:]|[,.]\s`)
)

// comparedArms splits a text at its first comparison marker whose both
// sides hold a figure: the text before the marker and the second arm up to
// its clause's end. ok is false for a text with no such comparison.
func comparedArms(text string) (first, second string, ok bool) {
	for _, loc := range comparisonRe.FindAllStringSubmatchIndex(text, -1) {
		before, after := text[:loc[2]], text[loc[3]:]
		if end := armEnd.FindStringIndex(after); end != nil {
			after = after[:end[0]]
		}
		if len(figures(before)) > 0 && len(figures(after)) > 0 {
			return before, after, true
		}
	}
	return "", "", false
}

// armPair is a sentence's compared pair: each arm's figures and terms.
type armPair struct {
	f1, f2 []float64
	t1, t2 []string
}

func (p armPair) only1(v float64) bool { return containsFloat(p.f1, v) && !containsFloat(p.f2, v) }
func (p armPair) only2(v float64) bool { return containsFloat(p.f2, v) && !containsFloat(p.f1, v) }

// armsOnce holds the article's compared pairs by sentence ID, read once.
type armsOnce struct {
	once  sync.Once
	byID  map[int]armPair
	order []int // the IDs in article order
}

// armPairs returns the article's compared pairs by sentence ID.
func (e *Engine) armPairs() *armsOnce {
	o := e.arms
	if o == nil {
		o = &armsOnce{}
	}
	o.once.Do(func() {
		o.byID = map[int]armPair{}
		for _, s := range e.art.Sentences {
			first, second, ok := comparedArms(s.Text)
			if !ok {
				continue
			}
			o.byID[s.ID] = armPair{f1: figures(first), f2: figures(second), t1: retrieval.Terms(first), t2: retrieval.Terms(second)}
			o.order = append(o.order, s.ID)
		}
	})
	return o
}

// armSwapped reports whether a claim gives a figure of a compared pair
// with the other arm's things, in the window or anywhere in the article:
// a passage that only echoes the figure ("23 of 50 dawns, a fair showing")
// does not undo the sentence that gives it to something else.
func (e *Engine) armSwapped(c *claimInfo, window []int) bool {
	if len(c.figures) == 0 {
		return false
	}
	arms := e.armPairs()
	if len(arms.order) == 0 {
		return false
	}
	for _, id := range window {
		if p, ok := arms.byID[id]; ok && c.swapsArms(p) {
			return true
		}
	}
	if v, ok := c.memo["armsArticle"]; ok {
		return v.(bool)
	}
	found := false
	for _, id := range arms.order {
		if found = c.swapsArms(arms.byID[id]); found {
			break
		}
	}
	if c.memo == nil {
		c.memo = map[string]any{}
	}
	c.memo["armsArticle"] = found
	return found
}

// swapsArms reports whether a claim gives a figure of a compared pair with
// the other arm's things: the figure stands only in the first arm while a
// word of the claim stands only in the second ("her rival shot 62 per
// cent" against "shot 62 per cent, against 57 per cent for her rival"), or
// the claim sets the pair the other way round ("9 metres, up from 6"
// against "6 metres, down from 9").
func (c *claimInfo) swapsArms(p armPair) bool {
	if first, second, ok := comparedArms(c.text); ok {
		// The claim's own pair: its first figure is the window's
		// second, or the other way round.
		for _, v := range figures(first) {
			if p.only2(v) {
				return true
			}
		}
		for _, v := range figures(second) {
			if p.only1(v) {
				return true
			}
		}
		return false
	}
	// A claim that gives both figures, or compares by itself ("less
	// than the day before"), may name both arms' things.
	firstOnly, secondToo := false, false
	for _, v := range figures(c.text) {
		firstOnly = firstOnly || p.only1(v)
		// A year of the second arm dates it ("the 18 the 2019 rules
		// licensed"); it is not the compared figure.
		secondToo = secondToo || p.only2(v) && !(v == float64(int(v)) && yearLike(strconv.Itoa(int(v))))
	}
	if !firstOnly || secondToo || comparing(c.text) {
		return false
	}
	for _, t := range retrieval.Terms(c.text) {
		if !figureTerm(t) && !metaWords[t] && containsStr(p.t2, t) && !containsStr(p.t1, t) {
			return true
		}
	}
	return false
}

// comparing reports whether a text compares by itself (lexicon.ComparingWords).
func comparing(text string) bool {
	for _, w := range strings.Fields(text) {
		if lexicon.ComparingWords.HasLower(strings.Trim(w, ".,;:!?()\"“”‘’'")) {
			return true
		}
	}
	return false
}
