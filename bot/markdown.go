package bot

import (
	"strings"
	"unicode/utf8"
)

// Discord reads Markdown in every message. Text quoted from the article
// must show as written: a paragraph holding [click here](https://…) must
// not become a masked link, "# " a heading, ``` a code block, <@id> a
// mention. Discord's own escape is a backslash before the mark; the bot
// writes it itself because discordgo has no escaping helper and Discord's
// rules (subtext "-# ", spoilers ||, masked links) are its own.

// markdownMarks are escaped wherever they appear in quoted text.
const markdownMarks = "\\*_~`|[]<>"

// lineStartMarks are escaped at the start of a line (after spaces), where
// they make a heading (#), subtext (-#), a list (- or *) or a quote (>).
const lineStartMarks = "#->"

// quoteSource makes article text safe to quote in a message: every
// Markdown mark escaped, links defused, mass mentions defused. It is for
// text shown as what the article says.
func quoteSource(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for _, r := range s {
		switch {
		case strings.ContainsRune(markdownMarks, r), lineStart && strings.ContainsRune(lineStartMarks, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		if r == '\n' {
			lineStart = true
		} else if r != ' ' && r != '\t' {
			lineStart = false
		}
	}
	return sanitize(defuseLinks(b.String()))
}

// defuseLinks keeps a URL from becoming a link: Discord links "scheme://"
// text, so a zero-width space goes between the two slashes.
func defuseLinks(s string) string { return strings.ReplaceAll(s, "://", ":/\u200b/") }

// defuseModel makes a model's answer safe to post while keeping its
// emphasis and its [n] citations: masked links ([text](url)), bare links,
// headings, subtext and block quotes at the start of a line, mentions and
// mass mentions are neutralised; bold and italics stay.
func defuseModel(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	lineStart := true
	for i, r := range s {
		switch {
		case r == '<' || (r == ']' && strings.HasPrefix(s[i+1:], "(")):
			b.WriteByte('\\')
			b.WriteRune(r)
		case lineStart && strings.ContainsRune("#>", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		if r == '\n' {
			lineStart = true
		} else if r != ' ' && r != '\t' && r != '-' {
			lineStart = false
		}
	}
	return sanitize(defuseLinks(b.String()))
}

// unescaped reports whether the mark at byte i of s is active: not
// preceded by an odd run of backslashes.
func unescaped(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 0
}

// activeMarkup returns the first Markdown construct in s that Discord
// would act on (a link, a masked link, a mention, a code mark), or "".
// Tests and fuzzing use it to check quoteSource.
func activeMarkup(s string) string {
	if strings.Contains(s, "://") {
		return "a link"
	}
	if strings.Contains(s, "@everyone") || strings.Contains(s, "@here") {
		return "a mass mention"
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\\' && strings.ContainsRune(markdownMarks, r) && unescaped(s, i) {
			return "an unescaped " + string(r)
		}
		i += size
	}
	return ""
}
