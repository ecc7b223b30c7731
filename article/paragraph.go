package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParagraphs cuts text into blocks separated by blank lines. When the
// text has no blank line at all, each non-empty line is a paragraph (the
// shipped article is written that way). Offsets are trimmed of white space.
func splitParagraphs(text string) []Paragraph {
	lines := lineSpans(text)
	blank := func(l [2]int) bool { return strings.TrimSpace(text[l[0]:l[1]]) == "" }
	hasBlank := false
	seenText := false
	for _, l := range lines {
		if blank(l) {
			if seenText {
				hasBlank = true
			}
		} else {
			seenText = true
		}
	}
	var out []Paragraph
	add := func(start, end int) {
		s, e := TrimSpan(text, start, end)
		if s < e {
			out = append(out, Paragraph{N: len(out) + 1, Start: s, End: e, Text: text[s:e]})
		}
	}
	if !hasBlank {
		for _, l := range lines {
			add(l[0], l[1])
		}
		return out
	}
	start := -1
	for _, l := range lines {
		if blank(l) {
			if start >= 0 {
				add(start, l[0])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = l[0]
		}
	}
	if start >= 0 {
		add(start, len(text))
	}
	return out
}

// lineSpans returns the [start, end) of every line, without its newline.
func lineSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// TrimSpan narrows the span [start, end) of text to exclude white space at
// either end.
func TrimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// boilerplate matches site furniture that is never part of the reporting.
var boilerplate = regexp.MustCompile(`(?i)^(` + strings.Join([]string{
	`click here\b`,
	`read more\b`,
	`(sign up|subscribe)\b.*\b(newsletter|updates|here|now)\b`,
	`(additional )?(reporting|writing|editing) by\b`,
	`our standards:`,
	`(©|\(c\)|copyright)\s`,
	`all rights reserved`,
	`follow (us|@)`,
	`share (this|on)\b`,
	`advertisement$`,
	`(image|photo|video)( credit)?:`,
	`related( coverage| stories| articles)?:`,
	`get the latest\b`,
	`(this story|this article) (has been|was) (updated|corrected)`,
}, "|") + `)`)

func classify(text string) Kind {
	if boilerplate.MatchString(strings.TrimSpace(text)) {
		return Boilerplate
	}
	if isHeading(text) {
		return Heading
	}
	return Body
}

// isHeading reports whether a paragraph is a short single line with no
// closing punctuation: a headline or a section title.
func isHeading(text string) bool {
	if strings.ContainsAny(text, "\n") || utf8.RuneCountInString(text) > 120 {
		return false
	}
	if len(strings.Fields(text)) > 14 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?:;,\"”’')]…", last)
}
