package fakeopenai

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

var (
	sourceRe   = regexp.MustCompile(`(?s)<source n="(\d+)"([^>]*)>\n(.*?)\n</source>`)
	paraAttrRe = regexp.MustCompile(`paragraph="(\d+)"`)
	questionRe = regexp.MustCompile(`(?s)<question>\n(.*?)\n</question>`)
)

// Source is a numbered passage found in a prompt.
type Source struct {
	N    string
	Text string
	// Paragraph is the article paragraph the prompt says it comes from, or
	// 0 when the prompt does not say.
	Paragraph int
}

// PromptSources returns the <source> passages of a chat request's last user
// message, in order.
func PromptSources(req ChatRequest) []Source {
	var out []Source
	for _, m := range sourceRe.FindAllStringSubmatch(req.LastUser(), -1) {
		src := Source{N: m[1], Text: m[3]}
		if p := paraAttrRe.FindStringSubmatch(m[2]); p != nil {
			src.Paragraph, _ = strconv.Atoi(p[1])
		}
		out = append(out, src)
	}
	return out
}

// PromptQuestion returns the text between the prompt's <question> tags.
func PromptQuestion(req ChatRequest) string {
	if m := questionRe.FindStringSubmatch(req.LastUser()); m != nil {
		return m[1]
	}
	return ""
}

// Grounded is a responder that behaves like a careful model: it answers with
// the first sentence of the source sharing the most words with the question,
// cites that source as [n], and says "The article doesn't say." when no
// source shares a word of four letters or more. Requests without sources
// (such as follow-up rewriting) get their question back.
func Grounded(req ChatRequest) Behaviour {
	sources := PromptSources(req)
	q := PromptQuestion(req)
	if len(sources) == 0 {
		return Answer(q)
	}
	best, bestN, bestScore := "", "", 0
	for _, s := range sources {
		for _, sent := range sentences(s.Text) {
			if score := overlap(q, sent); score > bestScore {
				best, bestN, bestScore = sent, s.N, score
			}
		}
	}
	if bestScore == 0 {
		return Answer("The article doesn't say.")
	}
	return Answer(fmt.Sprintf("According to the article, %s [%s]", best, bestN))
}

func overlap(q, text string) int {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notLetter) {
		words[w] = true
	}
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(q), notLetter) {
		if len(w) >= 4 && words[w] {
			n++
		}
	}
	return n
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// sentences splits text after a period that follows a lower-case letter
// and precedes a space: crude, but enough for a fake model.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' && i > 3 && unicode.IsLower(rune(text[i-1])) {
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 1
		}
	}
	return append(out, strings.TrimSpace(text[start:]))
}
