package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/joho/godotenv"
)

func TestDotenvEnvironmentWins(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	data := "CHAT_MODEL=from-file\nOPENAI_BASE_URL=http://localhost:11434/v1\nEMBEDDING_QUERY_PREFIX=\"search_query: \"\n"
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CHAT_MODEL", "from-env")
	file, getenv, err := dotenvGetenv([]string{filepath.Join(t.TempDir(), "missing.env"), path})
	if err != nil {
		t.Fatal(err)
	}
	if file != path {
		t.Errorf("file: got %q, want the first that exists, %q", file, path)
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.ChatModel != "from-env" || cfg.BaseURL != "http://localhost:11434/v1" || !cfg.llmEnabled() {
		t.Errorf("got model %q url %q", cfg.ChatModel, cfg.BaseURL)
	}
	if cfg.QueryPrefix != "search_query: " {
		t.Errorf("prefix: got %q, want its trailing space kept", cfg.QueryPrefix)
	}
}

func TestMissingDotenvIsFine(t *testing.T) {
	file, _, err := dotenvGetenv([]string{filepath.Join(t.TempDir(), ".env")})
	if err != nil || file != "" {
		t.Errorf("a missing .env must not be an error: got file %q, err %v", file, err)
	}
}

func TestConfigDefaultsAndErrors(t *testing.T) {
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	// Unset numbers pass 0 (retries -1): the owning packages apply their
	// defaults, so config writes none of them.
	if cfg.llmEnabled() || cfg.Sources != 0 || cfg.EmbedBatch != 0 || cfg.FirstTokenTimeout != 0 || cfg.MaxRetries != -1 || cfg.Discord.MaxQuestion != 0 {
		t.Errorf("defaults: got %+v", cfg)
	}
	if bc := botConfig(cfg); bc.MaxQuestion != 0 || bc.PerMinute != 0 || bc.Concurrency != 0 {
		t.Errorf("bot limits: got %+v, want 0 for the bot's defaults", bc)
	}
	tests := map[string]string{
		"LLM_IDLE_TIMEOUT":  "soon",
		"DISCORD_ALLOW_DMS": "perhaps",
		"LOG_LEVEL":         "loud",
		"OPENAI_BASE_URL":   "localhost:11434",
	}
	for k, v := range tests {
		t.Run(k, func(t *testing.T) {
			_, err := loadConfig(func(key string) string {
				if key == k {
					return v
				}
				if key == "CHAT_MODEL" {
					return "m"
				}
				return ""
			})
			if err == nil {
				t.Errorf("%s=%q: got no error", k, v)
			}
		})
	}
}

// TestEnvExampleChangesNothing checks that `cp .env.example .env` changes
// nothing until a line is uncommented, and that each variable loadConfig
// reads is documented there.
func TestEnvExampleChangesNothing(t *testing.T) {
	vars, err := godotenv.Read(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	if len(vars) != 0 {
		t.Errorf(".env.example sets %v; want every setting commented out", vars)
	}
	data, err := os.ReadFile(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	var read []string
	loadConfig(func(k string) string { read = append(read, k); return "" })
	for _, k := range read {
		if !strings.Contains(string(data), "# "+k+"=") {
			t.Errorf(".env.example does not document %s", k)
		}
	}
}
