package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParagraphs cuts text into paragraphs, deciding from the whole
// text's evidence whether a paragraph is one line or a block of lines
// between blank lines (see linePerParagraph). Blank lines before the first
// or after the last line of text never change the numbering. Offsets are
// trimmed of white space.
func splitParagraphs(text string) []Paragraph {
	lines := lineSpans(text)
	blank := func(l [2]int) bool { return strings.TrimSpace(text[l[0]:l[1]]) == "" }
	var out []Paragraph
	add := func(start, end int) {
		s, e := TrimSpan(text, start, end)
		if s < e {
			out = append(out, Paragraph{N: len(out) + 1, Start: s, End: e, Text: text[s:e]})
		}
	}
	if linePerParagraph(text, lines, blank) {
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

// linePerParagraph decides whether each non-empty line is a paragraph. A
// text written one paragraph per line may still hold a blank line or two
// (under the headline, before the credits), and a text of blank-line
// paragraphs wraps each paragraph over several lines. So the decision
// looks at every line break inside a block of consecutive lines: a break
// reads as a paragraph end when the line ends a sentence or is a heading
// and the next line starts like a new paragraph (a capital, a digit or an
// opening mark); otherwise it reads as a wrap inside a paragraph. Lines are
// paragraphs when paragraph ends outnumber wraps. A text without any inner
// blank line is one paragraph per line, as the shipped article is.
func linePerParagraph(text string, lines [][2]int, blank func([2]int) bool) bool {
	ends, wraps, blanks := 0, 0, 0
	prev := -1 // index of the previous non-blank line in the current block
	seenText, pendingBlank := false, false
	for i, l := range lines {
		if blank(l) {
			prev = -1
			pendingBlank = seenText
			continue
		}
		if pendingBlank {
			blanks++ // a blank line between two lines of text
			pendingBlank = false
		}
		seenText = true
		if prev >= 0 {
			if paragraphEnd(text[lines[prev][0]:lines[prev][1]], text[l[0]:l[1]]) {
				ends++
			} else {
				wraps++
			}
		}
		prev = i
	}
	return blanks == 0 || ends > wraps
}

// paragraphEnd reports whether the break between line and next looks like
// the end of a paragraph rather than a wrapped line.
func paragraphEnd(line, next string) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	startsNew := unicode.IsUpper(first) || unicode.IsDigit(first) || isOpeningMark(first) || first == '—' || first == '-'
	endsLine := strings.ContainsRune(".!?…:\"”’»«“」』)", last) || isHeading(line)
	return startsNew && endsLine
}

// lineSpans returns the [start, end) of every line, without its newline.
func lineSpans(text string) [][2]int {
	out := make([][2]int, 0, strings.Count(text, "\n")+1)
	start := 0
	for {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			break
		}
		out = append(out, [2]int{start, start + i})
		start += i + 1
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

// classify tells a paragraph's kind; first is whether it opens the
// article, where a short line is the headline whatever its commas.
func classify(text string, first bool) Kind {
	if isBoilerplate(strings.TrimSpace(text)) {
		return Boilerplate
	}
	if isHeading(text) && !datedLine.MatchString(text) && (first || !record(text)) {
		return Heading
	}
	return Body
}

// datedLine matches a short line that gives a clock time and a date in
// full: a press release's embargo line ("EMBARGOED UNTIL 06:00 CET, 9
// MARCH 2027"), an issue or update stamp. It says when, so it is text a
// question can be answered from, not a title: headlines and section
// titles do not give the hour and the year. An hour is written with a
// colon, or with a full stop and a zone or "am"/"pm" ("10.30 BST"): "3.75%"
// in a headline is a rate.
var datedLine = regexp.MustCompile(`(?i)(\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d\d\s?(am|pm|a\.m\.|p\.m\.|gmt|bst|ist|utc|cet|hrs)\b).*\b(19|20)\d\d\b|\b(19|20)\d\d\b.*(\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d\d\s?(am|pm|a\.m\.|p\.m\.|gmt|bst|ist|utc|cet|hrs)\b)`)

// record reports whether a short line is three fields or more set off by
// commas: a press release's media contact ("Press contact: Ann Roe,
// Communications Unit, Marlow University, 01632 960000"), an obituary's footer ("Ann
// Roe, potter, born 1 May 1940; died 2 June 2026"), a caption. It is text
// to read, not a title: section titles have one comma at most (a
// headline may have more; the caller leaves the first line a heading).
func record(text string) bool { return strings.Count(text, ",") >= 2 }

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
	// A closing quotation mark in any language's style ends a sentence
	// too: “…”, ‘…’, «…», »…«, „…“, 「…」.
	return !strings.ContainsRune(".!?:;,\"“”’')]…»«›‹」』", last)
}

// boilerplateStarts are the first three characters, in lower case, of
// each form boilerplate matches ("(c)" for "(c) "). A paragraph whose
// first three bytes are ASCII and none of these is not boilerplate, which
// isBoilerplate tells without running the expression: on a 4.5 MB
// article's 25,000 paragraphs the expression was a third of the time to
// parse it (about 55 ms of CPU). TestIsBoilerplate holds the list to the
// expression.
var boilerplateStarts = map[string]bool{
	"cli": true, "rea": true, "sig": true, "sub": true, "add": true, "rep": true,
	"wri": true, "edi": true, "our": true, "(c)": true, "cop": true, "all": true,
	"fol": true, "sha": true, "adv": true, "ima": true, "pho": true, "vid": true,
	"rel": true, "get": true, "thi": true,
}

// isBoilerplate reports whether boilerplate matches s. Text that does not
// open with three ASCII bytes goes to the expression: (?i) lets a letter
// match other scripts' forms (the Kelvin sign for k, the long s for s),
// and "©" is not ASCII.
func isBoilerplate(s string) bool {
	if len(s) >= 3 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf && s[2] < utf8.RuneSelf {
		var first [3]byte
		for i := range first {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			first[i] = c
		}
		if !boilerplateStarts[string(first[:])] {
			return false
		}
	}
	return boilerplate.MatchString(s)
}
