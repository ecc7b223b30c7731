package main

import (
	"reflect"
	"strings"
	"testing"

	"articlebot/bot"
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
