package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/philippgille/chromem-go"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/eval"
	"articlebot/internal/fakeopenai"
	"articlebot/retrieval"
)

// llmVars configures the program for a fake endpoint.
func llmVars(t *testing.T, s *fakeopenai.Server, embeddings bool) map[string]string {
	t.Helper()
	v := map[string]string{
		"OPENAI_BASE_URL":         s.URL(),
		"CHAT_MODEL":              fakeopenai.DefaultChatModel,
		"ARTICLEBOT_CACHE_DIR":    t.TempDir(),
		"LLM_FIRST_TOKEN_TIMEOUT": "20s", // a loaded machine must not turn an answer into a fallback (500ms did)
		"LOG_LEVEL":               "error",
	}
	if embeddings {
		v["EMBEDDING_MODEL"] = fakeopenai.DefaultEmbedModel
	}
	return v
}

func TestAskJSONInLLMMode(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(fakeopenai.Grounded)
	out, errOut, code := cli(t, "", llmVars(t, s, true), "ask", "--json", "Where will the talks take place?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Question, Answer, Mode string
		Abstained              bool
		Citations              []struct {
			N, Paragraph int
			Text         string
		}
		Sources  []struct{ N, Paragraph int }
		Warnings []string
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if res.Mode != "llm" || res.Abstained || len(res.Citations) != 1 || res.Citations[0].Paragraph != 4 {
		t.Errorf("got %+v", res)
	}
	if !strings.Contains(res.Answer, "Jeddah") || !strings.Contains(res.Answer, "[1]") || len(res.Warnings) != 0 {
		t.Errorf("answer %q, warnings %q", res.Answer, res.Warnings)
	}
}

func TestBrokenEndpointFallsBack(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithAPIKey("sk-right"))
	vars := llmVars(t, s, false)
	vars["OPENAI_API_KEY"] = "sk-wrong-secret"
	out, errOut, code := cli(t, "", vars, "ask", "Where will the talks take place?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Jeddah") || !strings.Contains(out, "Note: The model couldn't answer (it refused the API key)") {
		t.Errorf("want the extractive answer with a note:\n%s", out)
	}
	if !strings.Contains(errOut, "OPENAI_API_KEY") || strings.Contains(errOut+out, "sk-wrong-secret") {
		t.Errorf("stderr should name the variable and never show the key:\n%s", errOut)
	}
}

func TestMissingV1Hint(t *testing.T) {
	s := fakeopenai.New(t)
	vars := llmVars(t, s, false)
	vars["OPENAI_BASE_URL"] = s.BaseURLNoV1()
	_, errOut, _ := cli(t, "", vars, "ask", "Where will the talks take place?")
	if !strings.Contains(errOut, "/v1") {
		t.Errorf("want a hint to add /v1:\n%s", errOut)
	}
}

// TestEmbeddingRequests measures how many embedding requests the article
// costs on a first start and on a restart, against chromem-go's built-in
// OpenAI-compatible embedding function on the same fake server.
func TestEmbeddingRequests(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(fakeopenai.Grounded)
	vars := llmVars(t, s, true)
	a, err := article.Parse(shippedName, shippedArticle)
	if err != nil {
		t.Fatal(err)
	}
	chunks := len(retrieval.Chunks(a, 1))
	want := (chunks + 63) / 64

	ask := func() int {
		before := s.EmbedRequests()
		if _, errOut, code := cli(t, "", vars, "ask", "What did Witkoff say?"); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		return s.EmbedRequests() - before - 1 // less the query embedding
	}
	first, restart := ask(), ask()
	if first != want || restart != 0 {
		t.Errorf("document embedding requests: first start %d (want %d), restart %d (want 0)", first, want, restart)
	}

	before := s.EmbedRequests()
	db := chromem.NewDB()
	col, err := db.CreateCollection("x", nil, chromem.NewEmbeddingFuncOpenAICompat(s.URL(), "", fakeopenai.DefaultEmbedModel, nil))
	if err != nil {
		t.Fatal(err)
	}
	var docs []chromem.Document
	for _, c := range retrieval.Chunks(a, 1) {
		docs = append(docs, chromem.Document{ID: c.ID, Content: c.Text})
	}
	if err := col.AddDocuments(context.Background(), docs, 2); err != nil {
		t.Fatal(err)
	}
	builtin := s.EmbedRequests() - before
	t.Logf("embedding requests for %d chunks: articlebot first start %d, restart %d; chromem-go built-in %d (every start)", chunks, first, restart, builtin)
	if builtin != chunks {
		t.Errorf("chromem-go built-in made %d requests, expected one per chunk (%d)", builtin, chunks)
	}
}

// TestEvalInLLMMode scores the project's eval sets through the model path
// against a fake endpoint that answers like a careful model: every shown
// citation and quotation must check out.
func TestEvalInLLMMode(t *testing.T) {
	reports, _ := llmEval(t)
	for _, r := range reports {
		q := r.Questions
		t.Logf("%s: mode %s, citation validity %.3f, quotation validity %.3f, recall@5 %.3f, abstention %.3f",
			r.Set, r.Mode, q.CitationValidity, q.QuotationValidity, q.RecallAt5, q.AbstentionAccuracy)
		if r.Mode != "llm" || q.CitationValidity != 1 || q.QuotationValidity != 1 {
			t.Errorf("%s: mode %s, citation validity %.3f, quotation validity %.3f; want llm, 1, 1", r.Set, r.Mode, q.CitationValidity, q.QuotationValidity)
		}
	}
}

func TestDoctor(t *testing.T) {
	s := fakeopenai.New(t)
	vars := llmVars(t, s, true)
	out, errOut, code := cli(t, "", vars, "doctor")
	if code != exitOK || !strings.Contains(out, "All checks passed") {
		t.Errorf("healthy endpoint: exit %d\n%s%s", code, out, errOut)
	}
	vars["CHAT_MODEL"] = "no-such-model"
	s.Enqueue(fakeopenai.OllamaError(404, `model "no-such-model" not found, try pulling it first`))
	out, _, code = cli(t, "", vars, "doctor")
	if code != exitError || !strings.Contains(out, "FAIL") || !strings.Contains(out, "fix:") {
		t.Errorf("unknown model: exit %d\n%s", code, out)
	}
	vars["OPENAI_BASE_URL"] = "http://127.0.0.1:1/v1"
	out, errOut, code = cli(t, "", vars, "doctor")
	if code != exitError || !strings.Contains(out, "FAIL") {
		t.Errorf("dead endpoint: exit %d\n%s%s", code, out, errOut)
	}
}

// TestStreamingOnATerminal checks what a terminal user sees in llm mode:
// the model's words as they arrive, then the checked answer when the gate
// changed it, then the sources.
func TestStreamingOnATerminal(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		n := ""
		for _, src := range fakeopenai.PromptSources(req) {
			if strings.Contains(src.Text, "Jeddah") {
				n = src.N
			}
		}
		return fakeopenai.Answer("<think>hmm</think>The talks will be in Jeddah [" + n + "][9].")
	})
	cfg, err := loadConfig(func(k string) string { return llmVars(t, s, false)[k] })
	if err != nil {
		t.Fatal(err)
	}
	eng, _, err := newEngine(context.Background(), "", nil, cfg, newLogger(io.Discard, cfg), "")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	res, err := askAndShow(context.Background(), eng, answer.Request{Question: "Where will the talks take place?"}, stdio{out: &out, err: io.Discard, outTTY: true})
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"The talks will be in Jeddah [", "Checked against the article:\nThe talks will be in Jeddah [1].", "Warning: removed citation [9]", "[1] ¶4"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "hmm") || res.Mode != answer.LLM {
		t.Errorf("mode %s, output:\n%s", res.Mode, got)
	}
}

// llmEvalRun is one `eval --json` run in llm mode against a fake endpoint,
// shared by the tests that read it: an eval of every set takes minutes
// under -race, and one run serves them all, since Summarizing answers a
// summary prompt as a careful model does and every other prompt as
// Grounded does.
var llmEvalRun struct {
	once     sync.Once
	reports  []eval.Report
	requests []fakeopenai.ChatRequest
	failure  string
}

// llmEval returns the reports of every eval set from the shared llm-mode
// run and the chat requests its endpoint received.
func llmEval(t *testing.T) ([]eval.Report, []fakeopenai.ChatRequest) {
	t.Helper()
	r := &llmEvalRun
	r.once.Do(func() {
		s := fakeopenai.New(t)
		s.Respond(fakeopenai.Summarizing)
		out, errOut, code := cli(t, "", llmVars(t, s, false), "eval", "--json")
		if code != exitOK {
			r.failure = fmt.Sprintf("eval exit %d: %s", code, errOut)
			return
		}
		if err := json.Unmarshal([]byte(out), &r.reports); err != nil {
			r.failure = "eval JSON does not parse: " + err.Error()
			return
		}
		r.requests = s.ChatRequests()
	})
	if r.failure != "" {
		t.Fatal(r.failure)
	}
	return r.reports, r.requests
}
