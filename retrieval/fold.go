package retrieval

import "unicode"

// latinFold maps the accented letters of Latin-1 and Latin Extended-A (and
// the Romanian comma letters) to their base letters, lower-cased, so that
// "Wiśniewski" and "wisniewski" are the same term. The standard library has
// no Unicode decomposition and the module deliberately does not depend on
// golang.org/x/text for one table.
var latinFold = map[rune]string{}

func init() {
	upper := []string{"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
		"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss"}
	for i, s := range upper {
		if s != "" {
			latinFold[rune(0xC0+i)] = s
		}
		lower := s
		switch 0xE0 + i {
		case 0xF7: // division sign
			continue
		case 0xFF:
			lower = "y"
		}
		latinFold[rune(0xE0+i)] = lower
	}
	runs := []struct {
		base string
		n    int
	}{
		{"a", 6}, {"c", 8}, {"d", 4}, {"e", 10}, {"g", 8}, {"h", 4}, {"i", 10}, {"ij", 2},
		{"j", 2}, {"k", 3}, {"l", 10}, {"n", 9}, {"o", 6}, {"oe", 2}, {"r", 6}, {"s", 8},
		{"t", 6}, {"u", 12}, {"w", 2}, {"y", 3}, {"z", 6}, {"s", 1},
	}
	r := rune(0x100)
	for _, run := range runs {
		for range run.n {
			latinFold[r] = run.base
			r++
		}
	}
	for r, s := range map[rune]string{0x218: "s", 0x219: "s", 0x21A: "t", 0x21B: "t"} {
		latinFold[r] = s
	}
}

// appendFolded appends r to b lower-cased and without diacritics.
func appendFolded(b []byte, r rune) []byte {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return append(b, byte(r))
	case r >= 'A' && r <= 'Z':
		return append(b, byte(r+'a'-'A'))
	case r < 0x80:
		return append(b, byte(r))
	}
	if s, ok := latinFold[r]; ok {
		return append(b, s...)
	}
	return append(b, string(unicode.ToLower(r))...)
}
