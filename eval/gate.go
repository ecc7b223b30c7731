package eval

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"articlebot/answer"
	"articlebot/internal/fakeopenai"
	"articlebot/llm"
)

// GateScore is how the citation gate did against one scripted model
// behaviour on one set.
type GateScore struct {
	Behaviour string `json:"behaviour"`
	Answers   int    `json:"answers"`
	// Facts counts the correct sentences the model wrote; Shown those the
	// checked answer still states.
	Facts int `json:"facts"`
	Shown int `json:"facts_shown"`
	// Citations counts the markers of the checked answers and Correct
	// those that point to a paragraph stating their sentence (the
	// paraphrase's paragraph or a gold paragraph of its question). An
	// answer that fell back to the article's own sentences shows none of
	// the model's sentences and adds no citation.
	Citations int `json:"citations"`
	Correct   int `json:"correct"`
	// Precision is Correct/Citations; Recall is the share of facts shown
	// with at least one correct citation.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	// RightCited counts facts the model cited to their own paragraph;
	// RightKept those still cited there after the gate, and Kept their
	// share ("correct own-words citations kept").
	RightCited int     `json:"right_cited"`
	RightKept  int     `json:"right_kept"`
	Kept       float64 `json:"kept"`
	// Moved, Removed and Dropped add up the gate's counts: citations
	// moved and removed, sentences and clauses removed.
	Moved   int `json:"moved"`
	Removed int `json:"removed"`
	Dropped int `json:"dropped"`
	// Invented counts inventions the model wrote and InventedShown those
	// the checked answer still states as fact (the target is 0).
	Invented      int `json:"invented"`
	InventedShown int `json:"invented_shown"`
	Fallbacks     int `json:"fallbacks"`

	recalled int // facts shown with a correct citation
}

// GateReport is the gate's scores on one set, one per behaviour.
type GateReport struct {
	Set    string      `json:"set"`
	Group  string      `json:"group"`
	Scores []GateScore `json:"scores"`
}

// behaviour is a scripted model behaviour and the answers it is asked for.
type behaviour struct {
	name  string
	make  func(facts []fakeopenai.Fact, inv *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour
	right func(i int) bool // whether the model cites fact i to its own paragraph
	// inventing behaviours are asked once per claim of the set (sentences
	// or quotations), the others once per question with paraphrases.
	inventing string
}

func always(int) bool { return true }

// behaviours are the model behaviours the gate is scored against.
var behaviours = func() []behaviour {
	bs := []behaviour{
		{name: "own words", right: always, make: func(f []fakeopenai.Fact, _ *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.OwnWords(f...)
		}},
		{name: "cites neighbour", right: func(int) bool { return false }, make: func(f []fakeopenai.Fact, _ *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.CitesNeighbour(f...)
		}},
		{name: "mixed right/wrong", right: func(i int) bool { return i%2 == 0 }, make: func(f []fakeopenai.Fact, _ *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.MixedCitations(f...)
		}},
		{name: "splits a fact", right: always, make: func(f []fakeopenai.Fact, _ *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.SplitsFact(f...)
		}},
		{name: "invents a sentence", right: always, inventing: "claim", make: func(f []fakeopenai.Fact, inv *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.Invents(*inv, f...)
		}},
		{name: "invents a quotation", right: always, inventing: "quote", make: func(f []fakeopenai.Fact, inv *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.Invents(*inv, f...)
		}},
	}
	for _, style := range fakeopenai.CitationStyles {
		bs = append(bs, behaviour{name: "cites as " + style, right: always, make: func(f []fakeopenai.Fact, _ *fakeopenai.Invention) func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
			return fakeopenai.CitesInStyle(style, f...)
		}})
	}
	return bs
}()

// RunGate scores the citation gate on a set: an in-process fake endpoint
// plays each model behaviour (citing a neighbouring source, mixing right
// and wrong citations, inventing a sentence or a quotation, answering in
// its own words, splitting a fact, citing in other styles), the engine
// answers through it in llm mode, and every checked answer is compared
// with what the model was scripted to say. The facts are the own-words
// paraphrases of the set's questions; the inventions its claims.
func RunGate(ctx context.Context, s Set) (GateReport, error) {
	srv := fakeopenai.Start()
	defer srv.Close()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	client, err := llm.New(llm.Config{BaseURL: srv.URL(), ChatModel: fakeopenai.DefaultChatModel, NoRetry: true, Logger: quiet})
	if err != nil {
		return GateReport{}, fmt.Errorf("gate eval: %w", err)
	}
	eng, err := answer.New(ctx, s.Article, answer.Options{Generator: client, Logger: quiet})
	if err != nil {
		return GateReport{}, fmt.Errorf("gate eval: %w", err)
	}
	report := GateReport{Set: s.Name, Group: s.Group}
	items := gateItems(s.Questions)
	for _, b := range behaviours {
		sc := GateScore{Behaviour: b.name}
		for _, job := range jobs(b, items, s.Claims) {
			srv.Respond(b.make(job.item.facts, job.inv))
			res, err := eng.Ask(ctx, answer.Request{Question: job.item.q.Question}, nil)
			if err != nil {
				return report, fmt.Errorf("gate eval: %s: %q: %w", b.name, job.item.q.Question, err)
			}
			shown := shownParagraphs(srv)
			scoreAnswer(&sc, b, job, res, shown)
		}
		sc.finish()
		report.Scores = append(report.Scores, sc)
	}
	return report, nil
}

// gateItem is a question with the facts a model answers it with.
type gateItem struct {
	q     Question
	facts []fakeopenai.Fact
}

func gateItems(qs []Question) []gateItem {
	var out []gateItem
	for _, q := range qs {
		if len(q.Paraphrase) == 0 {
			continue
		}
		it := gateItem{q: q}
		for _, p := range q.Paraphrase {
			it.facts = append(it.facts, fakeopenai.Fact{Text: p.Text, Paragraph: p.Paragraph})
		}
		out = append(out, it)
	}
	return out
}

// gateJob is one answer to ask for.
type gateJob struct {
	item gateItem
	inv  *fakeopenai.Invention
}

// jobs lists the answers a behaviour is asked for: one per question, or,
// for an inventing behaviour, one per claim of its kind, asked with the
// question whose fact is nearest to where the claim would be.
func jobs(b behaviour, items []gateItem, claims []Claim) []gateJob {
	if len(items) == 0 {
		return nil
	}
	if b.inventing == "" {
		out := make([]gateJob, len(items))
		for i, it := range items {
			out[i] = gateJob{item: it}
		}
		return out
	}
	var out []gateJob
	for _, c := range claims {
		if (c.Kind == "quote") != (b.inventing == "quote") {
			continue
		}
		best := items[0]
		for _, it := range items {
			if abs(it.facts[0].Paragraph-c.Near) < abs(best.facts[0].Paragraph-c.Near) {
				best = it
			}
		}
		inv := &fakeopenai.Invention{Text: c.Text, Speaker: c.Speaker, Near: c.Near}
		out = append(out, gateJob{item: gateItem{q: best.q, facts: best.facts[:1]}, inv: inv})
	}
	return out
}

// shownParagraphs returns the paragraphs of the sources in the first
// prompt of the last answer, as the model saw them.
func shownParagraphs(srv *fakeopenai.Server) map[int]bool {
	reqs := srv.ChatRequests()
	out := map[int]bool{}
	for i := len(reqs) - 1; i >= 0; i-- {
		ss := fakeopenai.PromptSources(reqs[i])
		if len(ss) == 0 {
			continue
		}
		for _, s := range ss {
			out[s.Paragraph] = true
		}
		break
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// SumGate adds up the scores of the reports of one group, behaviour by
// behaviour, in report order.
func SumGate(reports []GateReport, group string) []GateScore {
	var out []GateScore
	for _, r := range reports {
		if r.Group != group {
			continue
		}
		for i, sc := range r.Scores {
			if i == len(out) {
				out = append(out, GateScore{Behaviour: sc.Behaviour})
			}
			t := &out[i]
			t.Answers += sc.Answers
			t.Facts += sc.Facts
			t.Shown += sc.Shown
			t.Citations += sc.Citations
			t.Correct += sc.Correct
			t.RightCited += sc.RightCited
			t.RightKept += sc.RightKept
			t.Moved += sc.Moved
			t.Removed += sc.Removed
			t.Dropped += sc.Dropped
			t.Invented += sc.Invented
			t.InventedShown += sc.InventedShown
			t.Fallbacks += sc.Fallbacks
			t.recalled += sc.recalled
		}
	}
	for i := range out {
		out[i].finish()
	}
	return out
}
