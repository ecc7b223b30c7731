package eval

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
)

// lineNaming returns the line of an answer that names someone: by the
// whole name, or by its first and last words on one line ("Raymond
// Okafor" for "Raymond T. Okafor"), compared as words without case or
// diacritics. An unnamed source given by a description ("a senior
// official at the ministry", "a resident who asked not to be named") is
// named by the head noun of its description (describedHead).
func lineNaming(text, name string) (string, bool) {
	words := fuzzy.Words(fuzzy.Fold(name))
	if len(words) == 0 {
		return "", false
	}
	switch words[0] {
	case "a", "an", "one", "another", "the":
		return describedLine(text, words)
	}
	// A line that opens with the name is about that person; another line
	// may name them in passing ("her lawyer").
	var found string
	for _, line := range strings.Split(text, "\n") {
		have := fuzzy.Words(fuzzy.Fold(line))
		if !containsRun(have, words) && !(len(words) > 1 && slices.Contains(have, words[0]) && slices.Contains(have, words[len(words)-1])) {
			continue
		}
		if len(have) > 0 && have[0] == words[0] {
			return line, true
		}
		if found == "" {
			found = line
		}
	}
	return found, found != ""
}

// describedLine returns the line that names a source given by a
// description: of the lines holding the description's head noun, the one
// sharing most of its other words ("a nurse at another hospital" is the
// line of the unnamed nurse, not of a named "nurse in charge").
func describedLine(text string, words []string) (string, bool) {
	head := describedHead(words)[0]
	best, bestN := "", -1
	for _, line := range strings.Split(text, "\n") {
		have := fuzzy.Words(fuzzy.Fold(line))
		if !slices.Contains(have, head) {
			continue
		}
		n := 0
		for _, w := range words {
			if len(w) > 3 && slices.Contains(have, w) {
				n++
			}
		}
		if n > bestN {
			best, bestN = line, n
		}
	}
	return best, bestN >= 0
}

// postModifiers open what follows the head noun of a description: a
// relative clause ("who asked not to be named"), a prepositional phrase
// ("at the ministry", "in the row behind me") or an adjective that takes
// one ("close to the club", "familiar with the plans").
var postModifiers = map[string]bool{
	"who": true, "which": true, "that": true, "whose": true,
	"in": true, "at": true, "of": true, "for": true, "on": true, "from": true,
	"with": true, "by": true, "behind": true, "near": true, "to": true,
	"close": true, "familiar": true, "involved": true, "aware": true,
}

// describedHead returns the head noun of a description opened by a
// determiner: the last word before its first post-modifier ("official"
// for "a senior official at the ministry", "resident" for "a resident who
// declined to be named", "people" for "one of two people familiar with
// the talks"). Scoring by the description's last word instead counted
// "named", "print" or "ministry", which no answer line gives.
func describedHead(words []string) []string {
	rest := words[1:]
	if len(rest) > 1 && rest[0] == "of" { // "one of two people …"
		rest = rest[1:]
	}
	end := len(rest)
	for i, w := range rest {
		if i > 0 && postModifiers[w] {
			end = i
			break
		}
	}
	if end == 0 {
		return words[len(words)-1:]
	}
	return rest[end-1 : end]
}

// containsRun reports whether words holds run as consecutive words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
