package fakeopenai

import (
	"fmt"
	"strings"
)

// summaryPrompt is a phrase of the prompt for questions about the whole
// article (prompts/summary.txt), which lists the article's passages in
// article order.
const summaryPrompt = "in article order"

// Summarizing is a responder that behaves like a careful model asked for a
// summary: it gives the first sentence of each of the first two sources,
// each cited as [n]. Requests that are not summary prompts are answered
// as Grounded answers them.
func Summarizing(req ChatRequest) Behaviour {
	sources := PromptSources(req)
	if !strings.Contains(req.LastUser(), summaryPrompt) || len(sources) == 0 {
		return Grounded(req)
	}
	var parts []string
	for _, s := range sources[:min(2, len(sources))] {
		parts = append(parts, fmt.Sprintf("%s [%s]", strings.TrimSpace(sentences(s.Text)[0]), s.N))
	}
	return Answer(strings.Join(parts, " "))
}
