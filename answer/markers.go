package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Citation styles models use besides [n] and [n, m]: "[Source 1]",
// "[Sources 1 and 2]", "(1)", "(Source 2)", "【1】", "[^1]". They are
// rewritten to [n] before the gate reads the answer.
var (
	styledMarker = regexp.MustCompile(`(?i)[\[【(]\s*\^?\s*(?:sources?|src\.?|ref\.?|passages?|¶)?\s*(\d{1,3}(?:\s*(?:,|;|and|&)\s*(?:sources?\s*)?\d{1,3})*)\s*[\]】)]`)
	markerSep    = regexp.MustCompile(`(?i)\s*(?:,|;|and|&)\s*(?:sources?\s*)?`)
)

// normalizeMarkers rewrites every citation style to [n] or [n, m]. A
// parenthesised number counts as a citation only when every number in it
// names one of the n sources, so "(2022)" and "(30)" stay text.
func normalizeMarkers(text string, n int) string {
	return styledMarker.ReplaceAllStringFunc(text, func(m string) string {
		if strings.HasPrefix(m, "[") && markerRe.MatchString(m) && len(markerRe.FindString(m)) == len(m) {
			return m
		}
		inner := styledMarker.FindStringSubmatch(m)[1]
		var nums []string
		for _, f := range markerSep.Split(inner, -1) {
			k, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				return m
			}
			if strings.HasPrefix(m, "(") && (k < 1 || k > n) {
				return m
			}
			nums = append(nums, strconv.Itoa(k))
		}
		return "[" + strings.Join(nums, ", ") + "]"
	})
}

// markerNumbers returns the source numbers a marker names, as written.
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
