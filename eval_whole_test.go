package main

import (
	"encoding/json"
	"strings"
	"testing"

	"articlebot/eval"
	"articlebot/internal/fakeopenai"
)

// TestWholeArticleEvalInLLMMode scores the questions about the whole
// article of every eval set through the model path, against a fake model
// that summarises like a careful one: the summaries reach the model with
// the lead as the first source, and no such question abstains.
func TestWholeArticleEvalInLLMMode(t *testing.T) {
	reports, requests := llmEval(t)
	for _, r := range reports {
		w := r.Whole
		if w == nil {
			t.Errorf("%s: no whole-article report", r.Set)
			continue
		}
		t.Logf("%s [%s]: mode %s, answered %.3f, lead %.3f, later %.3f, facts %.3f, names %.3f, roles %.3f, headline %.3f",
			r.Set, r.Group, r.Mode, w.Answered, w.LeadCited, w.LaterCited, w.Facts, w.NamesFound, w.RolesRight, w.HeadlineCited)
		if r.Mode != "llm" || w.Answered != 1 || w.LeadCited != 1 || w.LaterCited != 1 || w.HeadlineCited != 1 {
			report := t.Errorf
			if eval.IsBlind(r.Group) {
				// The blind groups are measured, not held: they record how the
				// engine does on articles nobody tuned on (the third round's
				// live blog, newest entry first, has its summaries cite only
				// the standfirst and the lead), and its misses go to the
				// closing note; TestEvalFloors guards their extractive figures.
				report = t.Logf
			}
			report("%s: mode %s, answered %.3f, lead cited %.3f, later cited %.3f, headline cited %.3f; want llm, 1, 1, 1, 1",
				r.Set, r.Mode, w.Answered, w.LeadCited, w.LaterCited, w.HeadlineCited)
			for _, m := range w.Misses {
				t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
			}
		}
	}
	summaries := 0
	for _, req := range requests {
		if !strings.Contains(req.LastUser(), "in article order") {
			continue
		}
		summaries++
		if srcs := fakeopenai.PromptSources(req); len(srcs) < 2 {
			t.Errorf("a summary prompt with %d sources, want the lead and more", len(srcs))
		}
	}
	if summaries == 0 {
		t.Error("no summary reached the model")
	}
}

// TestAskAboutTheWholeArticle runs whole-article questions through the
// command line, as README shows them.
func TestAskAboutTheWholeArticle(t *testing.T) {
	out, errOut, code := cli(t, "", nil, "ask", "tl;dr")
	if code != exitOK || !strings.HasPrefix(out, "President Vladimir Putin agreed on Tuesday") || !strings.Contains(out, "[1] ¶1") {
		t.Errorf("ask tl;dr: exit %d, stdout %q, stderr %q; want the cited lead", code, out, errOut)
	}
	out, errOut, code = cli(t, "", nil, "ask", "--json", "Who is quoted?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Answer    string `json:"answer"`
		Abstained bool   `json:"abstained"`
		Citations []struct {
			Paragraph int    `json:"paragraph"`
			Text      string `json:"text"`
		} `json:"citations"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Abstained || len(res.Citations) < 5 || !strings.Contains(res.Answer, "Steve Witkoff (Trump envoy)") {
		t.Errorf("ask --json 'Who is quoted?': got %+v", res)
	}
}
