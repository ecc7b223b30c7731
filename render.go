package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"articlebot/answer"
	"articlebot/termtext"
)

// renderAnswer writes an answer for a person: the answer, any notes and
// warnings, then each citation with its paragraph and exact article text.
func renderAnswer(w io.Writer, res answer.Result) {
	fmt.Fprintln(w, termtext.Clean(res.Answer))
	renderFooter(w, res)
}

// renderFooter writes everything after the answer text.
func renderFooter(w io.Writer, res answer.Result) {
	if res.Standalone != "" {
		fmt.Fprintf(w, "\n(understood as: %s)\n", termtext.Clean(res.Standalone))
	}
	if res.Notice != "" {
		fmt.Fprintf(w, "\nNote: %s\n", termtext.Clean(res.Notice))
	}
	for _, warn := range res.Warnings {
		fmt.Fprintf(w, "Warning: %s\n", termtext.Clean(warn))
	}
	if len(res.Citations) > 0 {
		fmt.Fprintln(w, "\nSources:")
		for _, c := range res.Citations {
			fmt.Fprintf(w, "  [%d] ¶%d  %s\n", c.N, c.Paragraph, termtext.Clean(c.Text))
		}
	} else if res.Abstained && len(res.Sources) > 0 {
		var ps []string
		for _, s := range res.Sources[:min(3, len(res.Sources))] {
			ps = append(ps, fmt.Sprintf("¶%d", s.Paragraph))
		}
		fmt.Fprintf(w, "\nClosest passages: %s (read one with `articlebot source N`)\n", strings.Join(ps, ", "))
	}
}

// renderQuotes writes a speaker's quotations and reported statements.
func renderQuotes(w io.Writer, res answer.QuoteResult) {
	switch {
	case len(res.Quotes) > 0:
		fmt.Fprintf(w, "%s%s — %d quotation%s\n", termtext.Clean(res.Speaker), roleNote(res.Roles), len(res.Quotes), plural(len(res.Quotes)))
		for _, q := range res.Quotes {
			fmt.Fprintf(w, "  ¶%-3d “%s”\n", q.Paragraph, termtext.Clean(q.Text))
		}
		if len(res.Reported) > 0 {
			fmt.Fprintln(w, "\nAlso reported:")
		}
	case len(res.Reported) > 0:
		fmt.Fprintf(w, "%s has no direct quotation in the article, but the article reports:\n", termtext.Clean(res.Speaker))
	default:
		fmt.Fprintf(w, "%s is named in the article but neither quoted nor reported as saying anything.\n", termtext.Clean(res.Speaker))
	}
	for _, s := range res.Reported {
		fmt.Fprintf(w, "  ¶%-3d %s\n", s.Paragraph, termtext.Clean(s.Text))
	}
}

// renderSpeakers lists speakers with their counts.
func renderSpeakers(w io.Writer, speakers []answer.SpeakerCount) {
	if len(speakers) == 0 {
		fmt.Fprintln(w, "The article quotes nobody.")
		return
	}
	width := 0
	for _, s := range speakers {
		width = max(width, len([]rune(s.Name)))
	}
	fmt.Fprintln(w, "Speakers in the article (quotations, reported statements):")
	for _, s := range speakers {
		pad := strings.Repeat(" ", width-len([]rune(s.Name)))
		role := ""
		if len(s.Roles) > 0 {
			role = " — " + termtext.Clean(s.Roles[0])
		}
		fmt.Fprintf(w, "  %s%s  %d quotation%s, %d reported%s\n", termtext.Clean(s.Name), pad, s.Quotes, plural(s.Quotes), s.Statements, role)
	}
	fmt.Fprintln(w, "\nShow one with: articlebot quote NAME")
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// roleNote is the first role of a speaker in brackets, or "".
func roleNote(roles []string) string {
	if len(roles) == 0 {
		return ""
	}
	return " (" + termtext.Clean(roles[0]) + ")"
}
