package article

import (
	"strings"
	"unicode"
)

var folder = strings.NewReplacer(
	"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
	"‘", "'", "’", "'", "‚", "'", "`", "'",
	"–", "-", "—", "-", "‑", "-", "−", "-",
	"…", "...", "\u00a0", " ",
)

// Normalize folds curly quotes to straight ones, dashes to hyphens, case to
// lower and runs of white space to one space, so that text copied from the
// article by a person or a model compares equal to the article's own.
func Normalize(s string) string {
	s = strings.ToLower(folder.Replace(s))
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
