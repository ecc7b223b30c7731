// Years a claim names by their decade or century: "the late 1950s", "the
// seventies", "late in the nineteenth century".

package answer

import (
	"regexp"
	"strconv"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// era is a span of years a text names by its decade or century. A decade
// said without its century ("the fifties") is any year of that decade of
// a century (century false: from and to are years of the century, 50-59).
type era struct {
	from, to   int
	century    bool // from and to are whole years
	start, end int  // the phrase's place in the text
}

// decadeRe is a decade: "the 1950s", "the '80s", "the late seventies", "the
// mid-1990s". A possessive before a decade in words is an age ("in her
// fifties"), which eraPhrases leaves alone.
var decadeRe = regexp.MustCompile(`(?i)\b(?:(early|mid|late)(?:\s+in)?[\s-]+)?(?:(the|her|his|their|my|our|your)\s+)?(?:(\d\d)(\d)0s|'(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`)

// centuryRe is a century: "the nineteenth century", "late in the 18th
// century", "a twentieth-century building".
var centuryRe = regexp.MustCompile(`(?i)\b(?:(early|mid|late)(?:\s+in)?[\s-]+)?(?:the\s+)?([a-z]+|\d{1,2}(?:st|nd|rd|th))[\s-]+century\b`)

// decadeWords are the decades said in words, by their tens digit.
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// eraPart narrows a span of ten or a hundred years to its part: "early"
// is its first four tenths, "mid" the middle four, "late" the last four
// (the parts overlap: 1953 is early and mid fifties both).
func eraPart(part string, from, span int) (int, int) {
	switch strings.ToLower(part) {
	case "early":
		return from, from + span*4/10 - 1
	case "mid":
		return from + span*3/10, from + span*7/10 - 1
	case "late":
		return from + span*6/10, from + span - 1
	}
	return from, from + span - 1
}

// eraPhrases returns the decades and centuries a text names.
func eraPhrases(text string) []era {
	var out []era
	for _, m := range decadeRe.FindAllStringSubmatchIndex(text, -1) {
		sub := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return text[m[2*k]:m[2*k+1]]
		}
		if det := strings.ToLower(sub(2)); det != "" && det != "the" {
			continue // "in her fifties" is an age
		}
		e := era{start: m[0], end: m[1]}
		switch {
		case sub(3) != "":
			c, _ := strconv.Atoi(sub(3))
			d, _ := strconv.Atoi(sub(4))
			e.century = true
			e.from, e.to = eraPart(sub(1), c*100+d*10, 10)
		case sub(5) != "":
			d, _ := strconv.Atoi(sub(5))
			e.from, e.to = eraPart(sub(1), d*10, 10)
		default:
			e.from, e.to = eraPart(sub(1), decadeWords[strings.ToLower(sub(6))]*10, 10)
		}
		out = append(out, e)
	}
	for _, m := range centuryRe.FindAllStringSubmatchIndex(text, -1) {
		n, ok := lexicon.Ordinal(text[m[4]:m[5]])
		if !ok || n < 1 || n > 30 {
			continue
		}
		part := ""
		if m[2] >= 0 {
			part = text[m[2]:m[3]]
		}
		e := era{century: true, start: m[0], end: m[1]}
		e.from, e.to = eraPart(part, (n-1)*100, 100)
		out = append(out, e)
	}
	return out
}

// holds reports whether a year falls in the era.
func (e era) holds(year float64) bool {
	if year != float64(int(year)) || year < 100 {
		return false
	}
	y := int(year)
	if !e.century {
		y %= 100
	}
	return y >= e.from && y <= e.to
}

// overlaps reports whether two eras share a year.
func (e era) overlaps(o era) bool {
	if e.century != o.century {
		a, b := e, o
		if b.century {
			a, b = b, a
		}
		// a counts whole years, b years of any century.
		return a.to-a.from >= 99 || a.from%100 <= b.to && a.to%100 >= b.from
	}
	return e.from <= o.to && o.from <= e.to
}

// withoutEras blanks a claim's decades and centuries, so that the
// "nineteenth" of a century is not read as the figure 19: the era is
// checked as a span of years (erasStated).
func withoutEras(text string, eras []era) string {
	if len(eras) == 0 {
		return text
	}
	b := []byte(text)
	for _, e := range eras {
		for i := e.start; i < e.end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// erasStated reports whether a window states each decade or century the
// claim names: by a year within it among its figures ("built in 1958" for
// "the late fifties"), or by naming an era that shares a year with it.
func (e *Engine) erasStated(c *claimInfo, window []int, figs []float64) bool {
	if len(c.eras) == 0 {
		return true
	}
	var named []era
	for _, id := range window {
		named = append(named, eraPhrases(e.art.Sentences[id].Text)...)
	}
	for _, ce := range c.eras {
		found := false
		for _, f := range figs {
			found = found || ce.holds(f)
		}
		for _, we := range named {
			found = found || ce.overlaps(we)
		}
		if !found {
			return false
		}
	}
	return true
}

// eraWordMask returns the mask of the claim's terms that name its eras,
// credited with its figures once the window states them.
func eraWordMask(c *claimInfo, text string) uint64 {
	var m uint64
	for _, e := range c.eras {
		for _, t := range retrieval.Terms(text[e.start:e.end]) {
			if i := indexOf(c.terms, t); i >= 0 {
				m |= 1 << i
			}
		}
	}
	return m
}
