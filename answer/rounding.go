// How a claim qualifies its figures ("about", "more than") and how far a
// qualified figure may be from its source's.

package answer

import "math"

// rounding is how a claim qualifies a figure: exactly, roughly ("about 2
// million"), or as a bound ("more than 61,000" for 61,204; "under 2,500"
// for 2,480).
type rounding byte

const (
	exact rounding = iota
	near
	atLeast
	atMost
	// short is a figure the source falls just short of ("almost 2,000"
	// for 1,940).
	short
)

// boundWords open a bound when "than" follows them ("more than"), or on
// their own ("over 41,000", "under 2,500").
var (
	lowerBound = map[string]bool{"more": true, "greater": true, "over": true, "above": true, "least": true, "upwards": true}
	upperBound = map[string]bool{"less": true, "fewer": true, "under": true, "most": true, "below": true}
)

// roundingBefore returns how the words before words[i] qualify the figure
// that starts there.
func roundingBefore(words []string, i int) rounding {
	if i == 0 {
		return exact
	}
	prev := words[i-1]
	if (prev == "a" || prev == "an") && i > 1 {
		i-- // "about a fifth", "more than a third"
		prev = words[i-1]
	}
	if (prev == "than" || prev == "of") && i > 1 {
		prev = words[i-2]
	}
	switch {
	case prev == "almost" || prev == "nearly":
		return short
	case roughWords[prev]:
		return near
	case lowerBound[prev]:
		return atLeast
	case upperBound[prev]:
		return atMost
	}
	return exact
}

// roughWords say the figure after them is rounded: "roughly 2 million" for
// 1.9 million.
var roughWords = map[string]bool{"about": true, "roughly": true, "around": true, "nearly": true, "almost": true,
	"approximately": true, "some": true, "circa": true, "approx": true}

// roughShare is how far a rounded figure may be from its source's,
// relative to the larger. On the tuned sets, every own-words sentence that
// rounds ("roughly 2 million" for 1.9 million) is within 0.06 and every
// changed figure of the unsupported claims is 0.3 or more away, except
// changes with no rounding word (58 cents for 62), which stay exact.
const roughShare = 0.10

// figuresMatch reports whether every figure of a claim is among the
// evidence's figures.
func figuresMatch(claim, evidence []float64) bool { return roughlyMatch(claim, nil, evidence) }

// roughlyMatch is figuresMatch where a claim figure qualified as rough may
// be within roughShare of the evidence's, and one qualified as a bound
// within roughShare on its side ("more than 61,000" for 61,204).
func roughlyMatch(claim []float64, rough []rounding, evidence []float64) bool {
	for k, c := range claim {
		r := exact
		if k < len(rough) {
			r = rough[k]
		}
		found := false
		for _, e := range evidence {
			close := c > 0 && e > 0 && math.Abs(c-e) <= roughShare*math.Max(c, e)
			if c == e || close && (r == near && roundedTo(c, e) || r == short && (e < c || roundedTo(c, e)) || r == atLeast && e > c || r == atMost && e < c) || fractionBound(c, e, r) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// roundedTo reports whether a claim's rounded figure c is what e rounds
// to at c's own precision, give or take one unit of its last digit:
// "about 60,000" for 61,204 and "roughly 1.8 million" for 1,750,000, but
// not "about 243,000" for 257,000, a figure as precise as its source's and
// another one. A figure said to be "almost" reached may be any close one
// below it. Shares (below 1: "about a third", "about 30%") keep
// roughShare alone.
func roundedTo(c, e float64) bool {
	if c < 1 {
		return true
	}
	unit := math.Pow(10, math.Floor(math.Log10(c)))
	for k := 0; k < 8 && math.Abs(c/unit-math.Round(c/unit)) > 1e-6; k++ {
		unit /= 10
	}
	// A hair over the unit is float error ("3.5" against 3.4 differs by
	// 0.10000000000000009), not another figure.
	return math.Abs(c-e) <= unit*(1+1e-9)
}
