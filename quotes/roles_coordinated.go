package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// coordinated splits a description that joins two roles with "and" into
// the roles, each a description of its own: "Grant Hale's daughter and
// campaign manager" gives "Grant Hale's daughter" and "Grant Hale's
// campaign manager", so that "Grant Hale's daughter" finds her and she is
// his daughter when "her father" is looked up; "a former miner and the
// new mayor's cousin" gives "a former miner" and "the new mayor's
// cousin". Each part must end in a noun for a person; a
// possessive that opens the whole and not the second part is the second
// part's too. It returns nil when the description joins no two roles.
func coordinated(text string) []string {
	before, after, ok := strings.Cut(text, " and ")
	if !ok || strings.Contains(after, " and ") || !endsInRole(before) || !endsInRole(after) {
		return nil
	}
	if owner := possessivePrefix(before); owner != "" && possessivePrefix(after) == "" && !startsWithDeterminer(after) {
		after = owner + " " + after
	}
	return []string{before, after}
}

// endsInRole reports whether a phrase's last word is a noun for a person.
func endsInRole(s string) bool {
	w := fuzzy.Words(s)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	return isHead(Person, last) || jobNoun(last) || lexicon.Kin.Has(last)
}

// possessivePrefix returns the words of s up to and including its first
// possessive ("Grant Hale's"), or "".
func possessivePrefix(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		if _, ok := trimPossessive(f); ok {
			return strings.Join(fields[:i+1], " ")
		}
	}
	return ""
}

// startsWithDeterminer reports whether s opens with an article.
func startsWithDeterminer(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && (lexicon.Definites.Has(f[0]) || lexicon.Indefinites.Has(f[0]))
}
