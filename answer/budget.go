package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSourceBytes caps one source's text (the span from a paragraph's first
// to its last hit). A source of the eval articles is at most one paragraph
// of 326 runes (shipped article) and article.MaxSentence caps a chunk at
// three sentences of 600 runes; 8 KB keeps every real source whole while a
// megabyte paragraph with hits at both ends no longer becomes a megabyte
// source.
const maxSourceBytes = 8 << 10

// shrinkSource shortens a source by at least excess tokens (tokens counts
// about three bytes a token), so that a prompt holding only this source
// fits the context: it keeps the source's first whole sentences, and cuts
// inside a sentence, at a word, only when not even the first one fits.
// The source keeps its start, so its text is still a piece of the article.
func (e *Engine) shrinkSource(s Source, excess int) Source {
	keep := len(s.Text) - 3*excess - 16
	if keep <= 0 {
		keep = min(len(s.Text), 16)
	}
	if keep >= len(s.Text) {
		return s
	}
	end := s.start
	for _, sent := range e.art.SentencesOf(s.Paragraph) {
		if sent.Start >= s.start && sent.End <= s.start+keep && sent.End > end {
			end = sent.End
		}
	}
	if end == s.start {
		end = s.start + wordCut(s.Text, keep)
	}
	s.end = end
	s.Text = e.art.Text[s.start:end]
	return s
}

// wordCut returns a byte offset at most limit into s, at the last white
// space before it if there is one in its second half, on a rune boundary.
func wordCut(s string, limit int) int {
	limit = min(limit, len(s))
	for limit > 0 && !utf8.RuneStart(s[limit]) {
		limit--
	}
	if i := strings.LastIndexFunc(s[:limit], unicode.IsSpace); i > limit/2 {
		return i
	}
	return limit
}
