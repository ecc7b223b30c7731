package article

import (
	"regexp"
	"strings"
)

// referenceMarker matches a reference marker an article prints itself: a
// footnote or reference number in square brackets after a word ("rose by a
// fifth [1]", "[2, 3]", "[4–6]"), as science news and explainers print
// them. Lifted into an answer or a prompt, such a marker reads as one of the
// answer's own [n] citations and points the reader at the wrong source.
var referenceMarker = regexp.MustCompile(`\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]`)

// WithoutReferenceMarkers returns s without the article's own bracketed
// reference numbers. Citations keep the article's exact words; answers and
// the sources shown to a model use this form.
func WithoutReferenceMarkers(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	return strings.TrimLeft(referenceMarker.ReplaceAllString(s, ""), " ")
}
