package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// listCounts returns the counts a sentence states by naming things rather
// than by a number: "both" is two, and a list of things of one kind joined
// by "and" ("Valdoria and Montavia", "Zones A and B", "the driver and a
// trainee driver", "Lisbon, Porto and Faro") is as many as it names. A
// model answering in its own words counts them ("the two countries", "two
// crew members"). The things must be of one kind — all capitalised, the
// same noun, or all people by WordNet — so that "and" joining two clauses
// or two unlike things ("steel and a strike") states no count.
func listCounts(text string) []float64 {
	words := strings.Fields(text)
	out := othersCounts(text)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,;:!?()\"“”‘’'"))
		if lw == "both" {
			out = append(out, 2)
			continue
		}
		if lw != "and" || i == 0 || i+1 >= len(words) || endsClause(words[i-1]) && !strings.HasSuffix(words[i-1], ",") {
			continue
		}
		right := conjunctAfter(words[i+1:])
		left := bareWord(words[i-1])
		if right == "" || left == "" || !sameKind(left, right) {
			continue
		}
		// A name is listed by its own words ("and Montavia"), not by a
		// phrase about it ("Ukraine and its Western partners"); a plural
		// or counted item ("his wife and two sons") is no one thing.
		if isCapital(left) && !isCapital(bareWord(words[i+1])) || !isCapital(left) && (plural(left) || plural(right) || hasOwnCount(words[i+1:], right)) {
			continue
		}
		n := 2
		// Earlier items of the list, each ending in a comma: "Lisbon,
		// Porto and Faro".
		for k := i - 2; k >= 0 && strings.HasSuffix(words[k], ",") && sameKind(bareWord(words[k]), right); k-- {
			n++
		}
		out = append(out, float64(n))
	}
	return out
}

// listReach is how many words after "and" the head of the second item may
// stand: "and a trainee driver", "and her two sons".
const listReach = 3

// conjunctAfter returns the head word of the item after "and": the last
// word of its first few words before a function word or a mark, past a
// leading determiner ("a trainee driver were treated" gives "driver").
func conjunctAfter(words []string) string {
	head := ""
	for k, w := range words {
		if k >= listReach+1 {
			break
		}
		b := bareWord(w)
		if b == "" {
			break
		}
		lower := strings.ToLower(b)
		if k == 0 && determiners[lower] && b != "A" {
			continue
		}
		if lexicon.FunctionWords.Has(lower) && len(b) > 1 {
			break
		}
		head = b
		if w != b && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			break // a mark ends the item
		}
		if isCapital(b) {
			// A name's first word stands for it: "Montavia agreed".
			if k+1 < len(words) && !isCapital(bareWord(words[k+1])) {
				break
			}
		}
	}
	return head
}

// bareWord is w without the marks around it, or "" when nothing is left.
func bareWord(w string) string {
	w = strings.Trim(w, ".,;:!?()[]\"“”‘’'—–-")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	return w
}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sameKind reports whether two list items' heads are things of one kind:
// both capitalised (and not function words: "The"), the same noun, or both
// people by WordNet ("the mayor and her deputy").
func sameKind(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	// A capital letter alone is a label ("Zones A and B"), not "a".
	if lexicon.FunctionWords.Has(la) && len(a) > 1 || lexicon.FunctionWords.Has(lb) && len(b) > 1 {
		return false
	}
	if isCapital(a) && isCapital(b) {
		return true
	}
	if isCapital(a) || isCapital(b) {
		return false
	}
	if la == lb || strings.TrimSuffix(la, "s") == strings.TrimSuffix(lb, "s") {
		return true
	}
	return personNoun(la) && personNoun(lb)
}

// plural reports whether a lower-case head looks plural ("sons", not
// "boss").
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "people" || w == "children" || w == "men" || w == "women"
}

// hasOwnCount reports whether an item, up to its head, has a number of its own
// ("two sons").
func hasOwnCount(words []string, head string) bool {
	for _, w := range words {
		b := bareWord(w)
		if isNumberish(strings.ToLower(b)) {
			return true
		}
		if b == head {
			break
		}
	}
	return false
}

// personNoun reports whether a lower-case word (or its singular) is a
// person noun by WordNet.
func personNoun(w string) bool {
	for _, form := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		if k := lexicon.Noun(form); k.Noun {
			return k.Person
		}
	}
	return false
}

// othersCount is a count said as the thing named and N others: "Dam 4
// and two other dams" are three dams, "the mayor and four others" five.
var othersCount = regexp.MustCompile(`(?i)(\S+)\s+(?:and|with)\s+(?:on\s+|at\s+|in\s+|to\s+|for\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+others?\b`)

// othersCounts returns the counts a text states as one thing and N
// others. Things before "and" that are many ("three councils and two
// other bodies") make no count.
func othersCounts(text string) []float64 {
	var out []float64
	for _, m := range othersCount.FindAllStringSubmatch(text, -1) {
		if prev := strings.ToLower(bareWord(m[1])); prev == "" || plural(prev) && !isCapital(bareWord(m[1])) {
			continue
		}
		if n, ok := parseNumber(strings.ToLower(m[2])); ok {
			out = append(out, n+1)
		}
	}
	return out
}
