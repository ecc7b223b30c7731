package prompts

import (
	"strings"
	"unicode/utf8"
)

// Bounds on what a prompt carries besides its sources, in runes, so that a
// hostile article or a long conversation cannot crowd the sources out of
// the model's context (the sources themselves are fitted by the answer
// package, which drops and shortens them to the context budget).
const (
	// MaxTitle bounds the headline. Headings are at most 120 runes (see
	// article.isHeading); an article without one uses its first sentence,
	// up to article.MaxSentence (600).
	MaxTitle = 300
	// MaxSection bounds a section name: a heading, so 120 runes at most
	// when it comes from the article parser.
	MaxSection = 150
	// MaxHistory bounds all earlier turns together; the newest are kept.
	// Two turns of a question (at most 1,000 runes) and a model answer of
	// 512 tokens (about 1,500 runes) fit.
	MaxHistory = 5000
	// MaxTurnAnswer bounds one earlier answer.
	MaxTurnAnswer = 2000
)

// clip cuts s to at most n runes, at a word when one ends in the last
// fifth, and marks the cut with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if n == 1 {
			cut = i
			break
		}
		n--
	}
	head := s[:cut]
	if i := strings.LastIndexAny(head, " \n\t"); i > len(head)*4/5 {
		head = head[:i]
	}
	return strings.TrimSpace(head) + "…"
}

// boundTurns keeps the newest turns whose text, each answer clipped to
// MaxTurnAnswer, adds up to at most MaxHistory runes.
func boundTurns(ts []Turn) []Turn {
	total := 0
	first := len(ts)
	out := make([]Turn, len(ts))
	for i := len(ts) - 1; i >= 0; i-- {
		t := Turn{Question: clip(ts[i].Question, MaxTurnAnswer), Answer: clip(ts[i].Answer, MaxTurnAnswer)}
		n := utf8.RuneCountInString(t.Question) + utf8.RuneCountInString(t.Answer)
		if total+n > MaxHistory {
			break
		}
		total += n
		out[i], first = t, i
	}
	return out[first:]
}
