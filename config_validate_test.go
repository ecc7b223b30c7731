package main

import (
	"strings"
	"testing"
)

// TestBadSettingsRefusedAtStart checks that every command refuses a bad
// setting with one line, exit 2, and never shows a secret it was given.
func TestBadSettingsRefusedAtStart(t *testing.T) {
	tests := []struct {
		name, key, value string
		want             string // in the message
		secret           string // never in the output
	}{
		{"temperature NaN", "LLM_TEMPERATURE", "NaN", "a number from 0 to 2", ""},
		{"temperature Inf", "LLM_TEMPERATURE", "Inf", "a number from 0 to 2", ""},
		{"temperature too high", "LLM_TEMPERATURE", "7", "a number from 0 to 2", ""},
		{"base URL with a query", "OPENAI_BASE_URL", "http://localhost:11434/v1?key=SECRETQ", `use "http://localhost:11434/v1"`, "SECRETQ"},
		{"base URL with a fragment", "OPENAI_BASE_URL", "http://localhost:11434/v1#x", "must not have a query", ""},
		{"malformed base URL with a password", "OPENAI_BASE_URL", "http://alice:SECRETPASS@[::1/v1", "not a valid URL", "SECRETPASS"},
		{"wrong scheme with a password", "OPENAI_BASE_URL", "ftp://alice:SECRETPASS@host/v1", "http:// or https://", "SECRETPASS"},
		{"no host", "OPENAI_BASE_URL", "http:///v1", "no host name", ""},
		{"bad port", "OPENAI_BASE_URL", "http://localhost:abc/v1", "not a valid URL", ""},
		{"token with a newline", "DISCORD_TOKEN", "MTAbc.SECRETTOKEN\nMTAbc.other", "check DISCORD_TOKEN", "SECRETTOKEN"},
		{"token with a space", "DISCORD_TOKEN", "MTAbc SECRETTOKEN", "check DISCORD_TOKEN", "SECRETTOKEN"},
		{"key with a space", "OPENAI_API_KEY", "sk-SECRETKEY more", "check OPENAI_API_KEY", "SECRETKEY"},
		{"answer bigger than context", "LLM_ANSWER_TOKENS", "5000", "LLM_ANSWER_TOKENS=5000", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vars := map[string]string{"CHAT_MODEL": "m", tt.key: tt.value}
			if tt.key != "OPENAI_BASE_URL" {
				vars["OPENAI_BASE_URL"] = "http://127.0.0.1:9/v1"
			}
			for _, cmd := range [][]string{{"ask", "Where?"}, {"quote"}, {"doctor"}} {
				out, errOut, code := cli(t, "", vars, cmd...)
				if code != exitBadInput || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
					t.Errorf("%s: exit %d, stderr %q; want exit 2 and one line holding %q", cmd[0], code, errOut, tt.want)
				}
				if tt.secret != "" && strings.Contains(out+errOut, tt.secret) {
					t.Errorf("%s shows the secret: %q", cmd[0], errOut)
				}
			}
		})
	}
}

func TestGoodSettingsAccepted(t *testing.T) {
	for _, v := range []map[string]string{
		{"LLM_TEMPERATURE": "0.7"},
		{"OPENAI_BASE_URL": "http://alice:pw@localhost:11434/v1", "CHAT_MODEL": "m"},
		{"OPENAI_BASE_URL": "https://[::1]:8080/v1/", "CHAT_MODEL": "m"},
		{"DISCORD_TOKEN": "  MTAbc.def.ghi  "},
	} {
		if _, err := loadConfig(func(k string) string { return v[k] }); err != nil {
			t.Errorf("%v: %v", v, err)
		}
	}
}
