package main

import (
	"errors"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"articlebot/bot"
	"articlebot/metrics"
)

func TestServeWithoutTokenSaysHowToGetOne(t *testing.T) {
	_, errOut, code := cli(t, "", nil, "serve")
	if code != exitBadInput {
		t.Errorf("exit %d, want %d", code, exitBadInput)
	}
	for _, want := range []string{
		"DISCORD_TOKEN",
		"https://discord.com/developers/applications",
		"scope=bot+applications.commands",
		"permissions=" + invitePermissions,
		"Send Messages in Threads",
		"Create Public Threads",
		"Message Content",
		"DISCORD_GUILD_ID",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestServeUsage(t *testing.T) {
	if _, errOut, code := cli(t, "", map[string]string{"DISCORD_TOKEN": "x"}, "serve", "extra"); code != exitBadInput || !strings.Contains(errOut, "serve takes no arguments") {
		t.Errorf("extra argument: exit %d, stderr %q", code, errOut)
	}
	out, _, _ := cli(t, "", nil, "help")
	if !strings.Contains(out, "serve") || !strings.Contains(out, "run the Discord bot") {
		t.Errorf("usage does not list serve:\n%s", out)
	}
	if out, _, code := cli(t, "", nil, "serve", "--help"); code != exitOK || !strings.Contains(out, "--skip-register") {
		t.Errorf("serve --help: exit %d, stdout %q", code, out)
	}
}

func TestBotConfigFromEnvironment(t *testing.T) {
	vars := map[string]string{
		"DISCORD_TOKEN":           "x",
		"DISCORD_GUILD_ID":        "42",
		"DISCORD_CHANNELS":        "1, 2",
		"DISCORD_ALLOW_DMS":       "false",
		"DISCORD_MAX_QUESTION":    "300",
		"DISCORD_RATE_PER_MINUTE": "3",
		"DISCORD_MAX_CONCURRENT":  "2",
		"DISCORD_SKIP_REGISTER":   "true",
		"DISCORD_MESSAGE_CONTENT": "true",
		"DISCORD_ALLOW_ROLES":     "7,8",
		"DISCORD_DENY_USERS":      "9",
		"DISCORD_DM_GUILDS":       "42",
		"OPENAI_BASE_URL":         "http://localhost:11434/v1",
		"CHAT_MODEL":              "llama3.2",
	}
	cfg, err := loadConfig(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	want := bot.Config{
		GuildID: "42", SkipRegister: true, Channels: []string{"1", "2"}, AllowDMs: false, MessageContent: true,
		MaxQuestion: 300, PerMinute: 3, Concurrency: 2, Model: "llama3.2",
		Access: bot.Access{AllowRoles: []string{"7", "8"}, DenyUsers: []string{"9"}, DMGuilds: []string{"42"}},
	}
	if got := botConfig(cfg); !reflect.DeepEqual(got, want) {
		t.Errorf("botConfig = %+v, want %+v", got, want)
	}
	cfg, _ = loadConfig(func(string) string { return "" })
	if got := botConfig(cfg); got.Model != "" || !got.AllowDMs || got.MessageContent || got.MaxQuestion != 0 {
		t.Errorf("defaults: botConfig = %+v, want extractive, DMs on, no Message Content, 0 characters (the bot's default)", got)
	}
}

func TestServeAccessFlagsReplaceEnvironment(t *testing.T) {
	fs := newFlags(stdio{err: &strings.Builder{}}, "serve", "", "")
	a := accessFlags(fs)
	if err := fs.Parse([]string{"--deny-roles", "5, 6", "--allow-users="}); err != nil {
		t.Fatal(err)
	}
	acc := bot.Access{DenyRoles: []string{"1"}, AllowUsers: []string{"2"}, DenyUsers: []string{"3"}}
	a.apply(&acc)
	want := bot.Access{DenyRoles: []string{"5", "6"}, AllowUsers: nil, DenyUsers: []string{"3"}}
	if !reflect.DeepEqual(acc, want) {
		t.Errorf("access = %+v, want %+v", acc, want)
	}
}

func TestShardingFromEnvironmentAndFlags(t *testing.T) {
	tests := []struct {
		name              string
		envID, envCount   string
		flagID, flagCount string
		want              bot.Sharding
		err               string
	}{
		{name: "none", want: bot.Sharding{}},
		{name: "env", envID: "1", envCount: "4", want: bot.Sharding{ID: 1, Count: 4}},
		{name: "flags replace env", envID: "1", envCount: "4", flagID: "3", want: bot.Sharding{ID: 3, Count: 4}},
		{name: "auto", envCount: "auto", want: bot.Sharding{Auto: true}},
		{name: "auto with an id", envCount: "AUTO", flagID: "1", err: "leave out --shard-id"},
		{name: "id out of range", envID: "4", envCount: "4", err: "out of range"},
		{name: "id without count", flagID: "2", err: "needs a shard count"},
		{name: "not a number", flagCount: "many", err: "not a whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := shardingOf(discordConfig{ShardID: tt.envID, ShardCount: tt.envCount}, tt.flagID, tt.flagCount)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("got %+v, %v; want an error with %q", got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestHealthcheckCommand(t *testing.T) {
	var unhealthy atomic.Bool
	srv := httptest.NewServer(metrics.New().Handler(func() error {
		if unhealthy.Load() {
			return errors.New("discord gateway not connected")
		}
		return nil
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	if out, errOut, code := cli(t, "", map[string]string{"METRICS_ADDR": addr}, "healthcheck"); code != exitOK || !strings.Contains(out, "healthy") {
		t.Errorf("healthy: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	unhealthy.Store(true)
	if _, errOut, code := cli(t, "", nil, "healthcheck", "--addr", addr); code != exitError || !strings.Contains(errOut, "gateway not connected") {
		t.Errorf("unhealthy: exit %d, stderr %q; want 1 and the reason", code, errOut)
	}
	if _, errOut, code := cli(t, "", nil, "healthcheck"); code != exitBadInput || !strings.Contains(errOut, "METRICS_ADDR") {
		t.Errorf("no address: exit %d, stderr %q", code, errOut)
	}
}

func TestLogFormatJSON(t *testing.T) {
	cfg, err := loadConfig(func(k string) string { return map[string]string{"LOG_FORMAT": "json"}[k] })
	if err != nil || !cfg.LogJSON {
		t.Fatalf("LOG_FORMAT=json: %+v, %v", cfg.LogJSON, err)
	}
	var b strings.Builder
	cfg.LogLevelSet = true
	newLogger(&b, cfg).Info("bot ready", "shards", 2)
	if !strings.HasPrefix(b.String(), "{") || !strings.Contains(b.String(), `"msg":"bot ready"`) {
		t.Errorf("log line %q, want JSON", b.String())
	}
	if _, err := loadConfig(func(k string) string { return map[string]string{"LOG_FORMAT": "xml"}[k] }); err == nil {
		t.Error("LOG_FORMAT=xml accepted")
	}
}
