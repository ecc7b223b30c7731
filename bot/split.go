package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// discordLen is a text's length as Discord counts it against its limits:
// UTF-16 code units, so a character outside the BMP (most emoji) counts two.
func discordLen(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// splitMessage cuts text into parts of at most limit (see discordLen), at
// paragraph, line or sentence boundaries, never inside a quotation, inline
// code, a code block or a citation marker such as [2] (and never between a
// sentence and the citation after it). Only text with no such boundary
// (a quotation or a word longer than a whole message) is cut elsewhere; a
// code block too long for one message is closed and reopened.
func splitMessage(text string, limit int) []string {
	text = strings.TrimSpace(text)
	var parts []string
	for discordLen(text) > limit {
		cut, reopen := cutPoint(text, limit)
		head := strings.TrimRightFunc(text[:cut], unicode.IsSpace)
		rest := strings.TrimLeftFunc(text[cut:], unicode.IsSpace)
		if reopen != "" && limit < 4*len(reopen)+8 {
			reopen = "" // too small a limit to repeat the fence
		}
		if reopen != "" {
			head += "\n```"
			rest = reopen + "\n" + strings.TrimLeft(text[cut:], "\n")
		}
		parts = append(parts, head)
		text = rest
	}
	if text != "" {
		parts = append(parts, text)
	}
	return parts
}

// Kinds of cut, best first.
const (
	cutParagraph = iota
	cutLine
	cutSentence
	cutWord
	cutKinds
)

// scanState is what is open at a point of the text.
type scanState struct {
	fence    string // the opening line of a code block ("```go"), or ""
	inline   bool   // inside `inline code`
	curly    int    // depth of “curly quotes”
	straight bool   // inside a "straight quotation"
	cite     bool   // inside a [n] marker
}

func (s scanState) safe() bool {
	return s.fence == "" && !s.inline && s.curly == 0 && !s.straight && !s.cite
}

// cutPoint returns the byte offset to cut text at so that the head fits
// limit, and the code fence to reopen when the cut falls inside a block.
func cutPoint(text string, limit int) (cut int, reopen string) {
	var (
		st        scanState
		n         int
		best      [cutKinds]int // last safe cut of each kind, 0 = none
		late      [cutKinds]int // the same, past half the limit
		fenceCut  int           // last newline inside a code block
		fenceAt   string
		fenceBody int // where the open block's first line after the fence starts
		anyWord   int // last white space, safe or not
		hard      int // the furthest rune boundary that fits
		hardIn    string
	)
	for i, r := range text {
		budget := limit
		if st.fence != "" {
			budget = limit - 4 // room to close the block
		}
		if n > budget {
			break
		}
		if i == 0 || text[i-1] != '\\' || !unescaped(text, i-1) {
			hard, hardIn = i, st.fence // never between a backslash and the mark it escapes
		}
		if unicode.IsSpace(r) && i > 0 {
			anyWord = i
			kind := cutKind(text, i)
			switch {
			case st.safe() || (r == '\n' && st.fence == ""):
				best[kind] = i
				if n >= limit/2 {
					late[kind] = i
				}
			case st.fence != "" && r == '\n' && i >= fenceBody:
				// Only after a line of the block: a cut right after the
				// opening line would reopen the same block forever.
				fenceCut, fenceAt = i, st.fence
			}
		}
		was := st.fence
		st = st.step(text, i, r)
		if was == "" && st.fence != "" {
			fenceBody = len(text)
			if nl := strings.IndexByte(text[i:], '\n'); nl >= 0 {
				fenceBody = i + nl + 1
			}
		}
		n++
		if r >= 0x10000 {
			n++
		}
	}
	for _, c := range []int{late[cutParagraph], late[cutLine], best[cutSentence], best[cutParagraph], best[cutLine], best[cutWord]} {
		if c > 0 {
			return c, ""
		}
	}
	if fenceCut > 0 {
		return fenceCut, fenceAt
	}
	if anyWord > 0 {
		return anyWord, ""
	}
	if hard == 0 { // a single rune wider than the limit cannot happen for limit ≥ 2
		_, size := utf8.DecodeRuneInString(text)
		hard = size
	}
	return hard, hardIn
}

// step updates the state for the rune r at byte i.
func (s scanState) step(text string, i int, r rune) scanState {
	switch {
	case strings.HasPrefix(text[i:], "```"):
		if s.fence == "" {
			line := text[i:]
			if nl := strings.IndexByte(line, '\n'); nl >= 0 {
				line = line[:nl]
			}
			s.fence = strings.TrimSpace(line)
		} else {
			s.fence = ""
		}
		return s
	case s.fence != "":
		return s
	case r == '\n':
		// Quotations, inline code and markers do not run across lines; a
		// stray mark must not make the rest of the text uncuttable.
		s.inline, s.curly, s.straight, s.cite = false, 0, false, false
	case r == '`' && !followsBacktick(text, i):
		s.inline = !s.inline
	case s.inline:
	case r == '“':
		s.curly++
	case r == '”':
		s.curly = max(s.curly-1, 0)
	case r == '"':
		s.straight = !s.straight
	case r == '[' && startsCitation(text[i:]):
		s.cite = true
	case r == ']':
		s.cite = false
	}
	return s
}

// followsBacktick reports whether the backtick at i is part of a ``` run
// already handled.
func followsBacktick(text string, i int) bool {
	return i > 0 && text[i-1] == '`'
}

// cutKind classifies the white space at i as a place to cut.
func cutKind(text string, i int) int {
	after := text[i:]
	switch {
	case strings.HasPrefix(after, "\n\n"):
		return cutParagraph
	case after[0] == '\n':
		return cutLine
	case sentenceEnds(text[:i]) && !startsCitation(strings.TrimLeft(after, " \t")) && startsSentence(strings.TrimLeft(after, " \t")):
		return cutSentence
	}
	return cutWord
}

// sentenceEnds reports whether before ends a sentence, counting closing
// quotes and citation markers after the full stop as part of it.
func sentenceEnds(before string) bool {
	s := strings.TrimRight(before, " \t")
	for {
		t := strings.TrimRight(s, " \t")
		if !strings.HasSuffix(t, "]") {
			break
		}
		open := strings.LastIndexByte(t, '[')
		if open < 0 || !startsCitation(t[open:]) {
			break
		}
		s = t[:open]
	}
	s = strings.TrimRight(s, " \t")
	s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune("”\"’')*_", r) })
	last, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(".!?…", last) {
		return false
	}
	if last != '.' {
		return true
	}
	// Abbreviations and initials ("U.S.", "e.g.", "J.", "Mr.") end no sentence.
	word := strings.TrimSuffix(s[strings.LastIndexAny(s, " \n\t(")+1:], ".")
	return !strings.Contains(word, ".") && utf8.RuneCountInString(word) > 1 && !abbreviations[strings.ToLower(word)]
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "vs": true, "no": true, "gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "prof": true}

// startsSentence reports whether after can begin a new sentence.
func startsSentence(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“\"'‘*_(-•>", r)
}

// startsCitation reports whether s begins with a citation marker: [3],
// [3, 5] or [3;5].
func startsCitation(s string) bool {
	if len(s) < 3 || s[0] != '[' {
		return false
	}
	end := strings.IndexByte(s, ']')
	if end < 2 {
		return false
	}
	inner := s[1:end]
	if inner[0] < '0' || inner[0] > '9' {
		return false
	}
	return strings.Trim(inner, "0123456789,; ") == ""
}

// maxParts is the most messages one answer or reply posts. A paragraph of
// 55 KB once made 29 messages from one /ask; three messages of 2,000
// characters hold every answer of the eval sets many times over.
const maxParts = 3

// capParts keeps at most maxParts parts. When it drops any, the last part
// kept is cut (by splitMessage, so a code block or quotation is closed) to
// make room for more on its own line, which says where the rest is.
func capParts(parts []string, more string) []string {
	if len(parts) <= maxParts {
		return parts
	}
	parts = append([]string(nil), parts[:maxParts]...)
	room := maxContent - discordLen(more) - 1
	if last := parts[maxParts-1]; discordLen(last) > room {
		parts[maxParts-1] = splitMessage(last, room)[0]
	}
	parts[maxParts-1] += "\n" + more
	return parts
}
