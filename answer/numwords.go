// Numbers written as phrases of words: "twenty-two", "two hundred and
// fifty thousand", "one point six million", "three and three-quarter
// percent", "two dozen", "the twenty-second", "25 basis points". A model
// answering in its own words writes a source's digits this way and the
// other way round; the figure check must read both as one value.

package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// The word classes of a spelled number. The values of "two" to "ninety",
// "hundred", "thousand", "dozen" and the fractions are spelledNumbers,
// scaleWords and fractionWords (numbers.go); these are the words only a
// phrase makes a number: "one" ("one of the"), "zero", the ordinals
// (ordinalWord, compoundOrdinal).
var (
	phraseOnly = map[string]float64{"one": 1, "zero": 0}
	// digitWords are the digits after "point": "one point six".
	digitWords = map[string]string{"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
		"five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
)

// numberWordRe finds the letter runs of a text; a phrase's words are
// joined by spaces or hyphens only.
var numberWordRe = regexp.MustCompile(`[A-Za-z]+`)

// spelledToken is one word of a text, lower-cased, at bytes [start, end).
type spelledToken struct {
	w          string
	start, end int
}

// spelledPhrase is a number phrase found in a text.
type spelledPhrase struct {
	start, end int // bytes of the text
	value      float64
	ordinal    bool
}

// spellFigures rewrites the number phrases of a text as digits, so that
// readFigures and timedFigures read "twenty-two" as 22, not as 20 and 2,
// and "25 basis points" as 0.25 percentage points. Single number words
// ("forty", "a third", "three-quarters") are left as they are: the readers
// take them already.
func spellFigures(text string) string {
	text = halves(allBut(timesWords(unglued(text))))
	phrases := spelledPhrases(text)
	if len(phrases) > 0 {
		var b strings.Builder
		at := 0
		for _, p := range phrases {
			b.WriteString(text[at:p.start])
			b.WriteString(formatFigure(p.value))
			if p.ordinal {
				b.WriteString("th")
			}
			at = p.end
		}
		b.WriteString(text[at:])
		text = b.String()
	}
	return basisPoints(text)
}

// spelledPhrases returns the number phrases of a text that take more than
// one word ("twenty-two", "a million", "one point six") or are ordinals
// ("the fifth", "twenty-second"), in order.
func spelledPhrases(text string) []spelledPhrase {
	var toks []spelledToken
	for _, loc := range numberWordRe.FindAllStringIndex(text, -1) {
		toks = append(toks, spelledToken{strings.ToLower(text[loc[0]:loc[1]]), loc[0], loc[1]})
	}
	var out []spelledPhrase
	for k := 0; k < len(toks); k++ {
		if h := halfOf(text, toks, k); h > 0 {
			// "half a dozen", "half a million"
			out = append(out, spelledPhrase{toks[k].start, toks[k+2].end, h, false})
			k += 2
			continue
		}
		v, end, ordinal := readPhrase(text, toks, k)
		if end == k {
			continue
		}
		if end-k == 1 && !ordinal && !(end < len(toks) && toks[end].w == "basis") {
			continue // one word: the readers take it as it is
		}
		if ordinal && end-k == 1 && k > 0 && fractionBefore(toks[k-1].w) && !unitAfter(text[toks[k].end:]) {
			continue // "a fifth", "one third": a fraction; "a fourth day" is not
		}
		out = append(out, spelledPhrase{toks[k].start, toks[end-1].end, v, ordinal})
		k = end - 1
	}
	return out
}

// halfOf returns the value of "half a dozen", "half a million" at token
// k, or 0.
func halfOf(text string, toks []spelledToken, k int) float64 {
	if k+2 >= len(toks) || toks[k].w != "half" || toks[k+1].w != "a" || !joined(text, toks, k+1) || !joined(text, toks, k+2) {
		return 0
	}
	if w := toks[k+2].w; w == "dozen" {
		return 6
	}
	return scaleWords[toks[k+2].w] / 2
}

// fractionBefore reports whether a word before a fraction word makes it a
// fraction: "a fifth", "one third", "two thirds".
func fractionBefore(w string) bool {
	_, n := spelledNumbers[w]
	return w == "a" || w == "an" || w == "one" || n
}

// joined reports whether tokens k-1 and k are joined by spaces or a hyphen
// only.
func joined(text string, toks []spelledToken, k int) bool {
	gap := text[toks[k-1].end:toks[k].start]
	return strings.Trim(gap, " -") == "" && len(gap) > 0
}

// numberClass is the class of the last word of a number phrase read so
// far, which decides what may follow it.
type numberClass int

const (
	none    numberClass = iota
	unit                // "two", "eleven": a ten may not follow
	ten                 // "twenty": a unit may follow
	hundred             // "hundred": a unit, a ten or "and" may follow
	scale               // "thousand", "million": smaller scales may follow
)

// readPhrase reads the number phrase that starts at token k and returns
// its value and the token after it (k when no number starts there). The
// grammar is English's: units after a ten ("twenty-two"), "hundred" after
// a unit, scales in falling order ("two hundred and fifty thousand"),
// "and" after a hundred or a scale, decimals after "point", a fraction
// after "and" ("four and a half million"), "dozen", and an ordinal to end
// ("twenty-second").
func readPhrase(text string, toks []spelledToken, k int) (float64, int, bool) {
	total, cur := 0.0, 0.0
	i := k
	last, lastScale := none, 0.0
	if w := toks[i].w; (w == "a" || w == "an") && i+1 < len(toks) && joined(text, toks, i+1) {
		if s := toks[i+1].w; s == "hundred" || s == "dozen" || scaleWords[s] > 100 {
			cur, last = 1, unit
			i++
		}
	}
	for ; i < len(toks); i++ {
		if i > k && !joined(text, toks, i) {
			break
		}
		w := toks[i].w
		n, isNum := spelledNumbers[w]
		if v, ok := phraseOnly[w]; ok {
			n, isNum = v, true
		}
		switch {
		case isNum && n < 20 && w != "dozen" && w != "hundred" && w != "thousand":
			if y, end, ok := yearPhrase(text, toks, i, total, cur, last); ok && n >= 10 {
				return y, end, false // "nineteen eleven"
			}
			if last == unit || last == ten && (n >= 10 || int(cur)%10 != 0) {
				return total + cur, i, false
			}
			cur, last = cur+n, unit
		case isNum && n >= 20 && n < 100:
			if y, end, ok := yearPhrase(text, toks, i, total, cur, last); ok {
				return y, end, false
			}
			if last == unit || last == ten {
				return total + cur, i, false
			}
			cur, last = cur+n, ten
		case w == "hundred" && last != none && last != hundred && cur < 100:
			cur, last = cur*100, hundred
		case scaleWords[w] > 100 && last != none && (lastScale == 0 || scaleWords[w] < lastScale):
			lastScale = scaleWords[w]
			total, cur, last = total+cur*lastScale, 0, scale
		case w == "dozen" && last != none:
			return total + cur*12, i + 1, false
		case w == "and" && (last == hundred || last == scale) && i+1 < len(toks) && startsCount(toks[i+1].w) && !newCount(text, toks, i+1, last, lastScale):
			// "two hundred and fifty"
		case w == "and" && (last == unit || last == ten) && i+2 < len(toks) && joined(text, toks, i+1):
			f, end := fractionPhrase(text, toks, i+1)
			if end == i+1 {
				return total + cur, i, false
			}
			cur += f
			i = end - 1
			last = unit
			if end < len(toks) && joined(text, toks, end) && scaleWords[toks[end].w] > 100 {
				continue
			}
			return total + cur, end, false
		case w == "point" && last != none && last != hundred && i+1 < len(toks) && digitWords[toks[i+1].w] != "":
			digits := ""
			j := i + 1
			for ; j < len(toks) && joined(text, toks, j) && digitWords[toks[j].w] != ""; j++ {
				digits += digitWords[toks[j].w]
			}
			d, _ := strconv.ParseFloat("0."+digits, 64)
			cur += d
			i = j - 1
			last = unit
		case ordinalWord(w) > 0 && (last == none || last == ten && ordinalWord(w) < 10 || last == hundred || last == scale):
			return total + cur + ordinalWord(w), i + 1, true
		case compoundOrdinal(w) > 0 && (last == ten || last == hundred || last == scale):
			return total + cur + compoundOrdinal(w), i + 1, true
		default:
			return total + cur, i, false
		}
	}
	return total + cur, i, false
}

// yearPhrase reads a year said in pairs, "nineteen ninety-eight" or
// "twenty twenty-two", "nineteen eleven": a number from ten to twenty
// said alone, then a two-digit number. i is the token of that number.
func yearPhrase(text string, toks []spelledToken, i int, total, cur float64, last numberClass) (float64, int, bool) {
	if total != 0 || cur < 10 || cur > 20 || last == ten && cur != 20 || last != unit && last != ten {
		return 0, i, false
	}
	two, end := spelledNumbers[toks[i].w], i+1
	if two >= 20 && end < len(toks) && joined(text, toks, end) {
		if u, ok := spelledNumbers[toks[end].w]; ok && u < 10 || toks[end].w == "one" {
			two += max(u, 1)
			end++
		}
	}
	return cur*100 + two, end, true
}

// newCount reports whether the count at token k, after an "and", starts a
// number of its own: one that reaches the hundreds after a hundred
// ("between six hundred and nine hundred") or a scale as large as the one
// before the "and" ("two million and three million"), where "two hundred
// and fifty", "one hundred and twenty-five thousand" and "two thousand
// and five hundred" go on.
func newCount(text string, toks []spelledToken, k int, last numberClass, lastScale float64) bool {
	for j := k + 1; j < len(toks) && j <= k+2 && joined(text, toks, j); j++ {
		w := toks[j].w
		if last == hundred && w == "hundred" || last == scale && scaleWords[w] > 100 && scaleWords[w] >= lastScale {
			return true
		}
		if _, ok := spelledNumbers[w]; !ok && w != "one" {
			break
		}
	}
	return false
}

// startsCount reports whether a word can go on a number after "and": a
// unit or a ten ("two hundred and fifty").
func startsCount(w string) bool {
	n, ok := spelledNumbers[w]
	return ok && n < 100 && w != "dozen" || w == "one"
}

// fractionPhrase reads a fraction from token k: "a half", "a quarter",
// "three-quarters", "one third". It returns the fraction and the token
// after it, or k when there is none.
func fractionPhrase(text string, toks []spelledToken, k int) (float64, int) {
	if k+1 >= len(toks) || !joined(text, toks, k+1) {
		return 0, k
	}
	n := 1.0
	switch w := toks[k].w; {
	case w == "a" || w == "an" || w == "one":
	default:
		v, ok := spelledNumbers[w]
		if !ok || v >= 20 {
			return 0, k
		}
		n = v
	}
	f, ok := fractionWords[toks[k+1].w]
	if !ok {
		return 0, k
	}
	return n * f, k + 2
}
