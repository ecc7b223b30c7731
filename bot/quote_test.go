package bot

import (
	"fmt"
	"strings"
	"testing"

	"articlebot/internal/fakediscord"
)

func TestQuoteAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{})
	tests := []struct {
		typed string
		want  string // a choice that must be offered
	}{
		{"witk", "Steve Witkoff"},
		{"zelensky", "Volodymyr Zelenskiy"},
		{"", "Vladimir Putin"},
	}
	for _, tt := range tests {
		id, _ := h.dc.Autocomplete(fakediscord.InteractionSpec{Name: "quote", Options: []fakediscord.Opt{fakediscord.FocusedOpt("speaker", tt.typed)}})
		typ, data := h.callbackReply(id)
		if typ != 8 {
			t.Fatalf("typed %q: callback type %d, want 8", tt.typed, typ)
		}
		cb, _ := h.dc.Callback(id)
		sent, _ := h.dc.DispatchedAt(id)
		if cb.Status < 200 || cb.Status > 299 {
			t.Errorf("typed %q: callback refused with %d", tt.typed, cb.Status)
		}
		t.Logf("typed %q: answered %v after dispatch", tt.typed, cb.Time.Sub(sent))
		choices, _ := data["choices"].([]any)
		if len(choices) == 0 || len(choices) > 25 {
			t.Fatalf("typed %q: %d choices, want 1 to 25", tt.typed, len(choices))
		}
		var names []string
		for _, c := range choices {
			m := c.(map[string]any)
			names = append(names, fmt.Sprint(m["name"]))
			if m["name"] != m["value"] {
				t.Errorf("choice %v: name and value differ", m)
			}
		}
		if !strings.Contains(strings.Join(names, "|"), tt.want) {
			t.Errorf("typed %q: choices %v, want %q among them", tt.typed, names, tt.want)
		}
		if tt.typed != "" {
			if want := offline(t).SuggestSpeakers(tt.typed, 25); strings.Join(names, "|") != strings.Join(want, "|") {
				t.Errorf("typed %q: choices %v, want the index's suggestions %v", tt.typed, names, want)
			}
		}
	}
}

func TestSpeakerChoicesLimits(t *testing.T) {
	t.Parallel()
	var names []string
	for i := range 40 {
		names = append(names, fmt.Sprintf("Speaker %d %s", i, strings.Repeat("x", 120)))
	}
	names = append([]string{"", "Dup", "Dup"}, names...)
	got := speakerChoices(names)
	if len(got) != 25 {
		t.Fatalf("got %d choices, want 25", len(got))
	}
	if got[0].Name != "Dup" || got[1].Name == "Dup" {
		t.Errorf("choices start %q, %q: want empty names dropped and duplicates merged", got[0].Name, got[1].Name)
	}
	for _, c := range got {
		if n := len([]rune(c.Name)); n < 1 || n > 100 {
			t.Errorf("choice name of %d characters, want 1 to 100", n)
		}
	}
}

func TestQuoteCommand(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{})
	tests := []struct {
		speaker   string
		ephemeral bool
		want      []string
	}{
		{"witkoff", false, []string{"**Steve Witkoff** — 1 quotation", "¶5 “Up until recently"}},
		{"Putin", false, []string{"**Vladimir Putin** — no direct quotation, but the article reports:", "¶"}},
		{"Napoleon", true, []string{"Nobody called “Napoleon”", "Try:"}},
	}
	for _, tt := range tests {
		id, _ := h.dc.SlashCommand(fakediscord.InteractionSpec{Name: "quote", Options: []fakediscord.Opt{fakediscord.StringOpt("speaker", tt.speaker)}})
		typ, data := h.callbackReply(id)
		flags, _ := data["flags"].(float64)
		content, _ := data["content"].(string)
		if typ != 4 || (int(flags)&64 != 0) != tt.ephemeral {
			t.Errorf("/quote %s: type %d flags %v, want 4 ephemeral=%v", tt.speaker, typ, flags, tt.ephemeral)
		}
		for _, w := range tt.want {
			if !strings.Contains(content, w) {
				t.Errorf("/quote %s: content %q lacks %q", tt.speaker, content, w)
			}
		}
	}
	assertNoPings(t, h.dc.Requests())
}
