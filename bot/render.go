package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"articlebot/answer"
)

// maxCited is how much of a cited sentence an answer shows, in characters:
// enough to recognise it; /source shows the whole paragraph.
const maxCited = 180

// renderAnswer is the final text of an answer: the checked answer, then
// each citation [n] with its paragraph ¶P and the cited sentence. With
// notice, the model fallback notice is included (for replies, which cannot
// carry a private note).
func renderAnswer(res answer.Result, notice bool) string {
	var b strings.Builder
	b.WriteString(defuseModel(strings.TrimSpace(res.Answer)))
	if len(res.Citations) > 0 {
		b.WriteString("\n\n**Sources**")
		for _, c := range res.Citations {
			fmt.Fprintf(&b, "\n[%d] ¶%d — %s", c.N, c.Paragraph, quoteSource(shorten(c.Text, maxCited)))
		}
	} else if res.Abstained && len(res.Sources) > 0 {
		var ps []string
		for _, s := range res.Sources[:min(3, len(res.Sources))] {
			ps = append(ps, fmt.Sprintf("¶%d", s.Paragraph))
		}
		fmt.Fprintf(&b, "\n\n-# Closest passages: %s.", strings.Join(ps, ", "))
	}
	var notes []string
	if res.Standalone != "" {
		notes = append(notes, "understood as: "+quoteSource(shorten(res.Standalone, 200)))
	}
	if n := gateNote(res.Gate); n != "" {
		notes = append(notes, n)
	}
	if len(res.Citations) > 0 || res.Abstained {
		notes = append(notes, "check a source with /source paragraph:N")
	}
	if len(notes) > 0 {
		b.WriteString("\n-# " + strings.Join(notes, " · "))
	}
	if notice && res.Notice != "" {
		b.WriteString("\n-# " + sanitize(res.Notice))
	}
	return b.String()
}

// gateNote says in a few words what the citation gate changed in a model's
// answer, as the terminal lists it in its warnings: removed sentences are
// gone from the answer, not marked, in both places.
func gateNote(g *answer.GateStats) string {
	if g == nil {
		return ""
	}
	var parts []string
	if g.Dropped > 0 {
		parts = append(parts, fmt.Sprintf("%d unsupported statement%s removed", g.Dropped, plural(g.Dropped)))
	}
	if fixed := g.Moved + g.Removed; fixed > 0 {
		parts = append(parts, fmt.Sprintf("%d citation%s corrected", fixed, plural(fixed)))
	}
	if len(parts) == 0 {
		return ""
	}
	return "checked against the article: " + strings.Join(parts, ", ")
}

// renderStreaming is what a message shows while the model writes: the raw
// text so far, cut to fit, or status (such as a queue position) before it.
func renderStreaming(raw, status string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		if status != "" {
			return status
		}
		return "…"
	}
	const room = maxContent - 40
	if discordLen(raw) > room {
		return shortenUnits(defuseModel(raw), room) + "\n-# (continues…)"
	}
	return defuseModel(raw) + " …"
}

// shorten cuts s to at most n characters at a word boundary, adding an
// ellipsis, and closes a quotation the cut (or a sentence split) left open.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > n {
		r := []rune(s)[:n-1]
		cut := string(r)
		if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, " ,;:") + "…"
	}
	return balanceQuotes(s)
}

// shortenUnits cuts s to at most n UTF-16 units (see discordLen).
func shortenUnits(s string, n int) string {
	used := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if used+w > n-1 {
			return s[:i] + "…"
		}
		used += w
	}
	return s
}

// balanceQuotes closes curly or straight quotations left open, and opens
// ones closed without an opening, so a cited sentence reads as a whole.
func balanceQuotes(s string) string {
	open := 0
	lead := 0
	for _, r := range s {
		switch r {
		case '“':
			open++
		case '”':
			if open > 0 {
				open--
			} else {
				lead++
			}
		}
	}
	s = strings.Repeat("“", lead) + s + strings.Repeat("”", open)
	if strings.Count(s, `"`)%2 == 1 {
		s += `"`
	}
	return s
}

// renderQuotes shows a speaker's verbatim quotations with paragraph
// numbers, or what the article reports they said when it quotes none.
func renderQuotes(res answer.QuoteResult) string {
	var b strings.Builder
	name := quoteSource(res.Speaker)
	switch {
	case len(res.Quotes) > 0:
		fmt.Fprintf(&b, "**%s** — %d quotation%s", name, len(res.Quotes), plural(len(res.Quotes)))
		for _, q := range res.Quotes {
			fmt.Fprintf(&b, "\n¶%d “%s”", q.Paragraph, quoteSource(strings.Trim(q.Text, "“”\" ")))
		}
		if len(res.Reported) > 0 {
			b.WriteString("\n\nAlso reported:")
		}
	case len(res.Reported) > 0:
		fmt.Fprintf(&b, "**%s** — no direct quotation, but the article reports:", name)
	default:
		fmt.Fprintf(&b, "**%s** is named in the article but neither quoted nor reported as saying anything.", name)
	}
	for _, s := range res.Reported {
		fmt.Fprintf(&b, "\n¶%d %s", s.Paragraph, quoteSource(s.Text))
	}
	return b.String()
}

// renderNotQuoted answers a /quote for a name that fits nobody, or several
// people: it says which, and offers the names it may have meant.
func renderNotQuoted(res answer.QuoteResult, speakers []answer.SpeakerCount) string {
	name := quoteSource(shorten(res.Query, 80))
	roles := map[string]string{}
	for _, sp := range speakers {
		if len(sp.Roles) > 0 {
			roles[sp.Name] = sp.Roles[0]
		}
	}
	var sugg []string
	for _, n := range res.Suggestions[:min(len(res.Suggestions), 10)] {
		if r := roles[n]; r != "" {
			n += " (" + r + ")"
		}
		sugg = append(sugg, quoteSource(n))
	}
	switch {
	case res.Ambiguous:
		return fmt.Sprintf("“%s” fits more than one person: %s. Which did you mean?", name, strings.Join(sugg, ", "))
	case len(sugg) > 0:
		return fmt.Sprintf("Nobody is called exactly “%s”. Did you mean %s?", name, strings.Join(sugg, ", "))
	}
	s := fmt.Sprintf("Nobody called “%s” is quoted or named in the article.", name)
	var names []string
	for _, sp := range speakers[:min(len(speakers), 10)] {
		names = append(names, quoteSource(sp.Name))
	}
	if len(names) > 0 {
		s += " Try: " + strings.Join(names, ", ") + "."
	}
	return s
}

// moreLine ends an answer cut to fit Discord: it points to /source, which
// shows a cited paragraph whole.
func moreLine(res answer.Result) string {
	if len(res.Citations) > 0 {
		return fmt.Sprintf("-# (cut to fit Discord: see `/source paragraph:%d` for the rest)", res.Citations[0].Paragraph)
	}
	return "-# (cut to fit Discord: see `/source` for the rest)"
}
