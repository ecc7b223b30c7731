package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations never end a sentence when followed by a period.
var abbreviations = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr prof gov sen rep gen col lt sgt capt cmdr adm maj ven
		st jr sr rev hon pres supt insp det amb messrs mme mlle mdm smt engr atty sra srta
		inc corp ltd co llc plc bros dept univ assn
		vs etc al approx est no nos vol pp fig ed eds
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		ave blvd rd mt ft
		e.g i.e a.m p.m`) {
		abbreviations[w] = true
	}
}

// sentenceStarters are words that, after an acronym such as "U.S.", show
// that a new sentence has begun ("... imposed by the U.S. The Kremlin ...").
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those
		But And Yet So However Meanwhile In On At For If When While After Before Its Their His Her Our There`) {
		sentenceStarters[w] = true
	}
}

// splitSentences returns the [start, end) byte spans of the sentences of a
// paragraph. It does not break inside quotations, after abbreviations,
// titles, initials or acronyms, or inside numbers.
func splitSentences(text string) [][2]int {
	var out [][2]int
	opens, closes := pairQuotes(text)
	start := 0
	depth := 0 // quotation depth, counting only quotations that close
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		// Marks are paired only where a quotation mark is: the straight
		// double quote or a mark outside ASCII.
		if r >= utf8.RuneSelf || r == '"' {
			switch {
			case opens[i]:
				depth++
			case closes[i]:
				depth--
			}
		}
		if !isTerminator(r) {
			i += size
			continue
		}
		// Take the whole run of terminators and closing marks.
		j := i + size
		d := depth
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isTerminator(r2) {
				j += s2
				continue
			}
			if closes[j] {
				d--
				j += s2
				continue
			}
			if unicode.IsSpace(r2) {
				// French sets » off by a space: “prêts. »”.
				k := j + s2
				for k < len(text) && (text[k] == ' ' || strings.HasPrefix(text[k:], "\u00a0") || strings.HasPrefix(text[k:], "\u202f")) {
					_, sk := utf8.DecodeRuneInString(text[k:])
					k += sk
				}
				if closes[k] {
					j = k
					continue
				}
				break
			}
			if !opens[j] && strings.ContainsRune(closingMarks, r2) {
				j += s2
				continue
			}
			break
		}
		if d == 0 && (r != '.' || endsSentenceAt(text, i, j)) && startsSentence(text, j) {
			if s, e := TrimSpan(text, start, j); s < e {
				out = append(out, [2]int{s, e})
			}
			start = j
		}
		depth = d
		i = j
	}
	if s, e := TrimSpan(text, start, len(text)); s < e {
		out = append(out, [2]int{s, e})
	}
	return capSentences(text, out)
}

// meridiems are the marks after a time of day, which end a sentence only
// before what plainly starts one (endsSentenceAt).
var meridiems = map[string]bool{"a.m": true, "p.m": true}

// openingNext reports whether, after white space, the text from j opens a
// quotation.
func openingNext(text string, j int) bool {
	rest := strings.TrimLeftFunc(text[j:], unicode.IsSpace)
	if len(rest) == len(text)-j {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isOpeningMark(r)
}

// closingMarks may follow a sentence's terminator and belong to it even
// when they close no quotation the splitter paired (a stray ” or a
// bracket).
const closingMarks = "”\"’'»«›‹“‘」』)]"

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// startsSentence reports whether a new sentence begins after position j:
// white space, then an upper-case letter, a digit or an opening mark.
func startsSentence(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsSpace(r) {
		return false
	}
	rest := strings.TrimLeftFunc(text[j+size:], unicode.IsSpace)
	if rest == "" {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(next) || unicode.IsDigit(next) || isOpeningMark(next) || strings.ContainsRune("([¿¡", next)
}

// endsSentenceAt decides whether the period at i (followed by closing marks
// up to j) ends a sentence, by looking at the word it ends.
func endsSentenceAt(text string, i, j int) bool {
	k := i
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !(unicode.IsLetter(r) || r == '.' || r == '-' && strings.HasSuffix(text[:k-size], ".")) {
			break
		}
		k -= size
	}
	word := text[k:i]
	if word == "" {
		return true
	}
	if compoundAbbreviation(word) {
		return false
	}
	lower := strings.ToLower(word)
	if meridiems[lower] {
		// "closing at 10 p.m. Monday" continues; "after 10 p.m. “We
		// start at 7,” he said" and "at 9 a.m. The doors" do not: a
		// time's mark ends the sentence before an opening mark or a
		// word that begins sentences.
		return sentenceStarters[nextWord(text, j)] || openingNext(text, j)
	}
	if abbreviations[lower] {
		return false
	}
	if isAcronym(word) {
		// "U.S. officials" continues; "the U.S. The Kremlin" does not.
		return sentenceStarters[nextWord(text, j)]
	}
	return true
}

// compoundAbbreviation reports whether word is abbreviations joined by
// ".-", as German writes a degree of a field before a name ("Dr.-Ing",
// "Dipl.-Kfm"): each part a capital and one to four lower-case letters.
// Its period is the abbreviation's, before the name. (lexicon.CompoundTitle
// is the same rule for the quotation index, which article does not import.)
func compoundAbbreviation(word string) bool {
	parts := strings.Split(word, ".-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || len(p) > 5 || p[0] < 'A' || p[0] > 'Z' || strings.ToLower(p[1:]) != p[1:] || strings.ContainsAny(p, ".-") {
			return false
		}
	}
	return true
}

// isAcronym reports whether word is an initial ("F") or dotted letters
// ("U.S", "e.g").
func isAcronym(word string) bool {
	parts := strings.Split(word, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) || len(parts) > 1
}

func nextWord(text string, j int) string {
	rest := strings.TrimLeftFunc(text[j:], unicode.IsSpace)
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return rest
	}
	return rest[:end]
}

// SplitSentences returns the [start, end) byte spans of the sentences of
// any text, such as a model's answer, by the rules the article's own
// sentences are split with.
func SplitSentences(text string) [][2]int { return splitSentences(text) }
