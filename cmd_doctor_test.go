package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
	"articlebot/llm"
)

func TestDoctorCases(t *testing.T) {
	ollama := fakeopenai.WithRoute("GET /api/version", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"version":"0.5.7"}`)
	})
	tests := []struct {
		name    string
		opts    []fakeopenai.Option
		queue   []fakeopenai.Behaviour // chat answers
		vars    func(v map[string]string)
		code    int
		want    []string // in stdout
		notWant []string // in stdout
	}{
		{name: "minimal set-up passes", vars: func(v map[string]string) { delete(v, "EMBEDDING_MODEL") },
			code:    exitOK,
			want:    []string{"All checks passed", "embedding model not set: the built-in local embedder", "built-in local embedder is used"},
			notWant: []string{"FAIL", "extractive"}},
		{name: "listed models missing a working model warn", opts: []fakeopenai.Option{fakeopenai.WithModels("other-model")},
			code:    exitOK,
			want:    []string{"warn  chat model listed", "The set-up works, with 2 warnings above", "lists 1 model\n"},
			notWant: []string{"FAIL", "ollama"}},
		{name: "no chat model lists the models", opts: []fakeopenai.Option{fakeopenai.WithModels("llama3.2", "qwen2.5")},
			vars: func(v map[string]string) { delete(v, "CHAT_MODEL") },
			code: exitError,
			want: []string{"chat model not set", "FAIL  chat model listed", "fix: set CHAT_MODEL to one of the 2 listed models: llama3.2, qwen2.5"}},
		{name: "recognised server is named in hints", opts: []fakeopenai.Option{ollama},
			vars: func(v map[string]string) { v["EMBEDDING_MODEL"] = "nomic-embed-text" },
			code: exitOK,
			want: []string{"Ollama 0.5.7", "fix: run `ollama pull nomic-embed-text`"}},
		{name: "unknown model fails at the chat step", vars: func(v map[string]string) { v["CHAT_MODEL"] = "no-such-model" },
			queue: []fakeopenai.Behaviour{fakeopenai.OllamaError(404, `model "no-such-model" not found, try pulling it first`)},
			code:  exitError,
			want:  []string{"warn  chat model listed", "FAIL  chat", `not found (HTTP 404): model "no-such-model" not found`, "1 check failed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t, tt.opts...)
			s.Enqueue(tt.queue...)
			vars := llmVars(t, s, true)
			if tt.vars != nil {
				tt.vars(vars)
			}
			out, errOut, code := cli(t, "", vars, "doctor")
			if code != tt.code {
				t.Errorf("exit: got %d, want %d\n%s%s", code, tt.code, out, errOut)
			}
			all := out + errOut
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("output lacks %q:\n%s", w, all)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(all, w) {
					t.Errorf("output has %q:\n%s", w, all)
				}
			}
		})
	}
}

func TestDoctorSaysWhichFileItRead(t *testing.T) {
	var out bytes.Buffer
	std := stdio{in: strings.NewReader(""), out: &out, err: &out, envFile: "/home/u/.config/articlebot/.env"}
	code := runWith(context.Background(), []string{"doctor"}, std, func(string) string { return "" })
	if code != exitOK || !strings.Contains(out.String(), "Configuration: the environment, then /home/u/.config/articlebot/.env") {
		t.Errorf("exit %d:\n%s", code, out.String())
	}
	out.Reset()
	std.envFile = ""
	runWith(context.Background(), []string{"doctor"}, std, func(string) string { return "" })
	if !strings.Contains(out.String(), "no .env file in .env or ") {
		t.Errorf("without a file:\n%s", out.String())
	}
}

func TestChatStopsCallingARefusingEndpoint(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String() + "/v1"
	ln.Close() // connections are now refused
	vars := map[string]string{"OPENAI_BASE_URL": url, "CHAT_MODEL": "m", "LLM_MAX_RETRIES": "0"}
	in := "Where will the talks take place?\nWhat did Witkoff say?\nWhat did Olaf Scholz say?\n"
	out, errOut, code := cli(t, in, vars, "chat")
	if code != exitOK || strings.Count(out, "Sources:") != 3 {
		t.Fatalf("exit %d: want three extractive answers:\n%s\n%s", code, out, errOut)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "nothing is listening") {
		t.Fatalf("want one note per question, the first about the refused connection:\n%s", errOut)
	}
	for _, l := range lines[1:] {
		if !strings.Contains(l, "answering without it until") {
			t.Errorf("after a refused connection, got note %q, want the breaker's", l)
		}
	}
}

func TestDoctorShowsEachStepWhileItRuns(t *testing.T) {
	var out bytes.Buffer
	p := doctorProgress(stdio{out: &out, outTTY: true})
	p.Start("chat")
	if got := out.String(); got != "  ...   chat" {
		t.Fatalf("while the step runs: got %q, want its name", got)
	}
	p.Done(llm.Check{Name: "chat", Status: llm.StatusWarn, Detail: "slow", Hint: "wait"})
	want := "  ...   chat\r\x1b[K  warn  chat                     slow\n        fix: wait\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	out.Reset()
	p = doctorProgress(stdio{out: &out})
	p.Start("chat")
	p.Done(llm.Check{Name: "chat", Detail: "fine"})
	if want := "  ok    chat                     fine\n"; out.String() != want {
		t.Errorf("off a terminal: got %q, want %q", out.String(), want)
	}
}
