package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
)

// span is one pair of quotation marks in a paragraph. Offsets are relative
// to the paragraph's text.
type span struct {
	open, openEnd   int // the opening mark
	close, closeEnd int // the closing mark; close < 0 when the paragraph ends first
	single          bool
	title           bool // the marks enclose the title of a work, not speech
	cont            bool // continues the previous paragraph's unclosed quotation
}

// inner returns the offsets of the quoted words: inside the marks, trimmed
// of space and of a trailing comma.
func (s span) inner(text string) (int, int) {
	end := s.close
	if end < 0 {
		end = len(text)
	}
	start, end := article.TrimSpan(text, s.openEnd, end)
	if end > start && text[end-1] == ',' {
		start, end = article.TrimSpan(text, start, end-1)
	}
	return start, end
}

// findSpans returns the quotations of a paragraph in order. Double quotes
// (curly or straight) are found first; single quotes only outside them,
// and a double quotation nested in a single one belongs to it.
func findSpans(text string) []span {
	doubles := doubleSpans(text)
	singles := singleSpans(text, doubles)
	var out []span
	k := 0
	closeOf := func(s span) int { // an unclosed span runs to the paragraph's end
		if s.close < 0 {
			return len(text)
		}
		return s.close
	}
	for _, d := range doubles {
		for k < len(singles) && closeOf(singles[k]) < d.open {
			k++
		}
		if k < len(singles) && singles[k].open < d.open && closeOf(singles[k]) > d.open {
			continue // nested in a single quotation, closed or running on
		}
		out = append(out, d)
	}
	out = append(out, singles...)
	sort.Slice(out, func(i, j int) bool { return out[i].open < out[j].open })
	kept := out[:0]
	for _, s := range out {
		if s.close >= 0 {
			s.title = notSpeech(text, s)
		}
		if a, b := s.inner(text); a < b {
			kept = append(kept, s)
		}
	}
	return kept
}

// doubleSpans pairs double quotation marks, in any language's style
// (article.QuoteCloses knows which mark closes which). A straight mark opens
// after space or at the start and closes after a word or punctuation; a
// stray closing mark (as in 6'2") is ignored. A mark still open at the end
// of the paragraph makes an unclosed span.
func doubleSpans(text string) []span {
	var out []span
	open, openEnd := -1, 0
	var openR rune
	for i, size := 0, 0; i < len(text); i += size {
		// Every quotation mark but the straight one is outside ASCII: the
		// other ASCII characters neither open nor close, and are skipped
		// without decoding or looking them up.
		if c := text[i]; c < utf8.RuneSelf && c != '"' {
			size = 1
			continue
		}
		var r rune
		r, size = utf8.DecodeRuneInString(text[i:])
		switch {
		case open >= 0 && r == '"':
			if openR == '"' && !spaceBefore(text, i) {
				out = append(out, span{open: open, openEnd: openEnd, close: i, closeEnd: i + size})
				open = -1
			}
		case open >= 0:
			if article.QuoteCloses(openR, r) {
				out = append(out, span{open: open, openEnd: openEnd, close: i, closeEnd: i + size})
				open = -1
			}
		case r == '"':
			if opensAt(text, i, size) {
				open, openEnd, openR = i, i+size, r
			}
		case article.IsDoubleQuoteOpener(r) && article.OpensAt(text, i, r):
			open, openEnd, openR = i, i+size, r
		}
	}
	if open >= 0 {
		out = append(out, span{open: open, openEnd: openEnd, close: -1, closeEnd: -1})
	}
	return out
}

// singleSpans pairs single quotation marks outside the double spans. An
// apostrophe inside a word (didn’t, City's) never opens or closes; a plural
// possessive (Reuters’ request) closes only if nothing later can.
func singleSpans(text string, doubles []span) []span {
	d := 0
	inDouble := func(i int) bool { // called with increasing i
		for d < len(doubles) && doubles[d].close >= 0 && doubles[d].closeEnd <= i {
			d++
		}
		return d < len(doubles) && i >= doubles[d].open
	}
	var marks []mark
	for i, size := 0, 0; i < len(text); i += size {
		// The straight apostrophe is the one ASCII mark: skip the rest.
		if c := text[i]; c < utf8.RuneSelf && c != '\'' {
			size = 1
			continue
		}
		var r rune
		r, size = utf8.DecodeRuneInString(text[i:])
		if (r != '‘' && r != '’' && r != '\'' && r != '‚') || inDouble(i) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		nextWord := i+size < len(text) && (unicode.IsLetter(next) || unicode.IsDigit(next))
		switch {
		case r != '’' && opensAt(text, i, size) && nextWord:
			marks = append(marks, mark{i, size, true, r})
		case r != '‚' && !spaceBefore(text, i) && i > 0 && !nextWord:
			marks = append(marks, mark{i, size, false, r})
		}
	}
	lastClose := -1
	for k, m := range marks {
		if !m.opens {
			lastClose = k
		}
	}
	var out []span
	open := -1
	for k, m := range marks {
		if m.opens {
			if open < 0 {
				open = k
			}
			continue
		}
		if open < 0 || (pluralPossessive(text, m.at, m.size) && lastClose > k) {
			continue
		}
		o := marks[open]
		if m.r == '‘' && o.r != '‚' {
			continue // ‘ closes only the German ‚…‘
		}
		s := span{open: o.at, openEnd: o.at + o.size, close: m.at, closeEnd: m.at + m.size, single: true}
		if inner := strings.TrimSpace(text[s.openEnd:s.close]); utf8.RuneCountInString(inner) >= 2 && strings.IndexFunc(inner, unicode.IsLetter) >= 0 {
			out = append(out, s)
		}
		open = -1
	}
	if open >= 0 && runsOn(text, marks[open]) {
		o := marks[open]
		out = append(out, span{open: o.at, openEnd: o.at + o.size, close: -1, closeEnd: -1, single: true})
	}
	return out
}

// runsOn reports whether single mark m, open at the end of the paragraph,
// opens a quotation that runs on into the next paragraph, newspaper style:
// the paragraph ends a sentence, and the mark opens the paragraph (‘…) or
// follows a colon (said: 'We …) before a capital. In straight marks the
// capital tells a quotation from an elision ('90s, 'em).
func runsOn(text string, m mark) bool {
	// The sentence may end inside a nested double quotation: 'My mother
	// said: "Ask the wind."
	end := strings.TrimRight(strings.TrimSpace(text), "\"”»")
	if m.r != '‘' && m.r != '\'' || !strings.ContainsAny(lastRune(end), ".!?") {
		return false
	}
	if m.at == 0 && m.r == '‘' {
		return true
	}
	if m.at > 0 && !strings.HasSuffix(strings.TrimRight(text[:m.at], " "), ":") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[m.at+m.size:])
	return unicode.IsUpper(next)
}

// mark is a single quotation mark that may open or close a quotation.
type mark struct {
	at, size int
	opens    bool
	r        rune
}

// pluralPossessive reports whether the mark at i reads as the apostrophe of
// "workers’ rights": after an s and before a lower-case word.
func pluralPossessive(text string, i, size int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	rest := text[i+size:]
	if prev != 's' || !strings.HasPrefix(rest, " ") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[1:])
	// A possessive owns a noun: "grievances’ that" closes a quotation.
	return unicode.IsLower(next) && !lexicon.FunctionWords.Has(firstWord(rest))
}

// opensAt reports whether a mark at i can open a quotation: at the start
// or after space or an opening bracket or dash, and before a non-space.
func opensAt(text string, i, size int) bool {
	if i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/“‘:", prev)
}

func spaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev)
}
