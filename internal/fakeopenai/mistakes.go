package fakeopenai

import (
	"fmt"
	"strings"
)

// Fact is a sentence a scripted model states, and the article paragraph
// that states it.
type Fact struct {
	Text      string
	Paragraph int
}

// Invention is a sentence the article does not support, written near
// paragraph Near; with Speaker set, Text is a quotation invented for that
// speaker.
type Invention struct {
	Text    string
	Speaker string
	Near    int
}

// Model behaviours that mimic what real models, small local ones above
// all, do with numbered sources. Each is a responder (see Server.Respond)
// that writes its sentences and cites the sources of the prompt by their
// paragraph attribute. A fact whose paragraph is not among the sources is
// cited to the source nearest to it, as a model would. Requests without
// sources (follow-up rewriting) get their question back.

// OwnWords answers with the facts, each cited to its own source: the
// careful model, writing in its own words when the facts are paraphrases.
func OwnWords(facts ...Fact) func(ChatRequest) Behaviour {
	return scripted(func(ss []Source) string {
		var b []string
		for _, f := range facts {
			b = append(b, cite(f.Text, right(ss, f.Paragraph)))
		}
		return strings.Join(b, " ")
	})
}

// CitesNeighbour answers with the facts, each cited to the source nearest
// to its own paragraph but not it: the commonest real mistake.
func CitesNeighbour(facts ...Fact) func(ChatRequest) Behaviour {
	return scripted(func(ss []Source) string {
		var b []string
		for _, f := range facts {
			b = append(b, cite(f.Text, neighbour(ss, f.Paragraph)))
		}
		return strings.Join(b, " ")
	})
}

// MixedCitations cites the first fact right, the second to a neighbour,
// and so on alternately.
func MixedCitations(facts ...Fact) func(ChatRequest) Behaviour {
	return scripted(func(ss []Source) string {
		var b []string
		for i, f := range facts {
			n := right(ss, f.Paragraph)
			if i%2 == 1 {
				n = neighbour(ss, f.Paragraph)
			}
			b = append(b, cite(f.Text, n))
		}
		return strings.Join(b, " ")
	})
}

// Invents answers with the facts, cited right, then adds the invention
// with a real-looking citation of the source nearest to where it would
// be: a plausible sentence the article never states, or, with a speaker,
// a sentence built around an invented quotation.
func Invents(inv Invention, facts ...Fact) func(ChatRequest) Behaviour {
	return scripted(func(ss []Source) string {
		var b []string
		for _, f := range facts {
			b = append(b, cite(f.Text, right(ss, f.Paragraph)))
		}
		text := inv.Text
		if inv.Speaker != "" {
			text = fmt.Sprintf("%s said, “%s.”", inv.Speaker, strings.TrimRight(inv.Text, "."))
		}
		b = append(b, cite(text, right(ss, inv.Near)))
		return strings.Join(b, " ")
	})
}

// SplitsFact tells the first fact over two sentences, cited only at the
// end of the second, and the rest as OwnWords does.
func SplitsFact(facts ...Fact) func(ChatRequest) Behaviour {
	return scripted(func(ss []Source) string {
		var b []string
		for i, f := range facts {
			n := right(ss, f.Paragraph)
			if i == 0 {
				if first, second, ok := splitClause(f.Text); ok {
					b = append(b, first, cite(second, n))
					continue
				}
			}
			b = append(b, cite(f.Text, n))
		}
		return strings.Join(b, " ")
	})
}

// CitationStyles are the citation styles CitesInStyle writes, as models
// write them.
var CitationStyles = []string{"[1][2]", "[1, 2]", "(1)", "[Source 1]", "【1】"}

// CitesInStyle answers as OwnWords does but writes each citation in the
// given style, one of CitationStyles. The two-number styles join the first
// two facts into one sentence that cites both sources.
func CitesInStyle(style string, facts ...Fact) func(ChatRequest) Behaviour {
	return scripted(func(ss []Source) string {
		var b []string
		for i := 0; i < len(facts); i++ {
			f := facts[i]
			n := right(ss, f.Paragraph)
			if (style == "[1][2]" || style == "[1, 2]") && i+1 < len(facts) {
				g := facts[i+1]
				m := right(ss, g.Paragraph)
				marks := fmt.Sprintf("[%s][%s]", n, m)
				if style == "[1, 2]" {
					marks = fmt.Sprintf("[%s, %s]", n, m)
				}
				b = append(b, fmt.Sprintf("%s, and %s %s.", strings.TrimRight(f.Text, "."), lowerFirst(strings.TrimRight(g.Text, ".")), marks))
				i++
				continue
			}
			mark := map[string]string{"(1)": "(%s)", "[Source 1]": "[Source %s]", "【1】": "【%s】"}[style]
			if mark == "" {
				mark = "[%s]"
			}
			b = append(b, fmt.Sprintf("%s %s.", strings.TrimRight(f.Text, "."), fmt.Sprintf(mark, n)))
		}
		return strings.Join(b, " ")
	})
}

// scripted makes a responder from a writer of answers over the prompt's
// sources.
func scripted(write func([]Source) string) func(ChatRequest) Behaviour {
	return func(req ChatRequest) Behaviour {
		ss := PromptSources(req)
		if len(ss) == 0 {
			return Answer(PromptQuestion(req))
		}
		return Answer(write(ss))
	}
}

// right returns the number of the source of paragraph p, or of the source
// nearest to it.
func right(ss []Source, p int) string {
	best, dist := ss[0].N, -1
	for _, s := range ss {
		if d := abs(s.Paragraph - p); dist < 0 || d < dist {
			best, dist = s.N, d
		}
	}
	return best
}

// neighbour returns the number of the source nearest to paragraph p that
// is not p's own.
func neighbour(ss []Source, p int) string {
	best, dist := "", -1
	for _, s := range ss {
		if s.Paragraph == p {
			continue
		}
		if d := abs(s.Paragraph - p); dist < 0 || d < dist {
			best, dist = s.N, d
		}
	}
	if best == "" {
		return fmt.Sprint(len(ss) + 1) // only p's own source: cite one that does not exist
	}
	return best
}

// cite puts the marker [n] before the sentence's final punctuation.
func cite(text, n string) string {
	t := strings.TrimRight(strings.TrimSpace(text), ".")
	return fmt.Sprintf("%s [%s].", t, n)
}

// splitClause cuts a sentence in two at its first " and " or ", " with
// three words on each side, and makes the second half a sentence.
func splitClause(text string) (string, string, bool) {
	t := strings.TrimRight(text, ".")
	for _, sep := range []string{" and ", ", "} {
		i := strings.Index(t, sep)
		if i < 0 || len(strings.Fields(t[:i])) < 3 || len(strings.Fields(t[i+len(sep):])) < 3 {
			continue
		}
		return t[:i] + ".", upperFirst(t[i+len(sep):]), true
	}
	return "", "", false
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func lowerFirst(s string) string {
	if len(s) > 1 && s[1] >= 'a' && s[1] <= 'z' {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
