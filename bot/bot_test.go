package bot

import (
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"articlebot/internal/fakediscord"
)

func TestStartupRegistersCommandsOnce(t *testing.T) {
	t.Parallel()
	const appID = "1500000000000000009" // differs from the bot user id: must come from READY
	tests := []struct {
		name    string
		cfg     Config
		wantPUT string
	}{
		{"guild", Config{GuildID: fakediscord.DefaultGuildID}, "/api/v9/applications/" + appID + "/guilds/" + fakediscord.DefaultGuildID + "/commands"},
		{"global", Config{}, "/api/v9/applications/" + appID + "/commands"},
		{"skipped", Config{SkipRegister: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, offline(t), tt.cfg, fakediscord.WithApplicationID(appID))
			if _, ok := h.dc.Identify(); !ok {
				t.Fatal("the bot did not identify")
			}
			var puts []fakediscord.Request
			for _, r := range h.dc.Requests() {
				if r.Method == http.MethodPut {
					puts = append(puts, r)
				}
			}
			if tt.wantPUT == "" {
				if len(puts) != 0 {
					t.Fatalf("got %d command overwrites, want none: %v", len(puts), puts)
				}
				return
			}
			if len(puts) != 1 || puts[0].Path != tt.wantPUT || puts[0].Status != 200 {
				t.Fatalf("got overwrites %v, want one PUT %s answered 200", puts, tt.wantPUT)
			}
			cmds := h.dc.Commands(tt.cfg.GuildID)
			got := map[string]*discordgo.ApplicationCommand{}
			var names []string
			for _, c := range cmds {
				got[c.Name] = c
				names = append(names, c.Name)
			}
			if want := []string{"ask", "summary", "speakers", "quote", "source", "article", "help", "access"}; !reflect.DeepEqual(names, want) {
				t.Fatalf("commands %v, want %v", names, want)
			}
			opt := func(cmd string) *discordgo.ApplicationCommandOption {
				if len(got[cmd].Options) != 1 {
					t.Fatalf("/%s has options %v, want one", cmd, got[cmd].Options)
				}
				return got[cmd].Options[0]
			}
			if o := opt("ask"); o.Name != "question" || o.Type != discordgo.ApplicationCommandOptionString || !o.Required || o.MaxLength != 500 {
				t.Errorf("/ask option = %+v, want required string question of at most 500", o)
			}
			if o := opt("quote"); o.Name != "speaker" || o.Type != discordgo.ApplicationCommandOptionString || !o.Required || !o.Autocomplete {
				t.Errorf("/quote option = %+v, want required autocompleted string speaker", o)
			}
			o := opt("source")
			if o.Name != "paragraph" || o.Type != discordgo.ApplicationCommandOptionInteger || o.MinValue == nil || *o.MinValue != 1 ||
				int(o.MaxValue) != len(offline(t).Article().Paragraphs) {
				t.Errorf("/source option = %+v, want integer paragraph 1..%d", o, len(offline(t).Article().Paragraphs))
			}
			for _, c := range cmds {
				if c.Description == "" || len(c.Description) > 100 {
					t.Errorf("/%s description %q: want 1 to 100 characters", c.Name, c.Description)
				}
			}
		})
	}
}

func TestIntentsAndMessageContent(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{MessageContent: true})
	id, _ := h.dc.Identify()
	want := discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages | discordgo.IntentMessageContent
	if id.Intents != want {
		t.Errorf("intents = %d, want %d", id.Intents, want)
	}
	if h.bot.ses.Debug {
		t.Error("session Debug is on: it would log the token")
	}
}

func TestGatewayRefusalSaysWhatToDo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		opt  fakediscord.Option
		cfg  Config
		want []string
	}{
		{"message content not enabled", fakediscord.WithApplicationFlags(0), Config{MessageContent: true}, []string{"4014", "Message Content", "DISCORD_MESSAGE_CONTENT"}},
		{"bad token", fakediscord.WithCloseAfterIdentify(4004), Config{}, []string{"4004", "DISCORD_TOKEN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dc := fakediscord.New(t, tt.opt)
			err := New(dc.Session(testToken), offline(t), tt.cfg, quietLog()).Run(t.Context())
			for _, w := range tt.want {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("Run = %v, want an error mentioning %q", err, w)
				}
			}
		})
	}
}

func TestNewSessionHonoursProxyEnvironment(t *testing.T) {
	t.Parallel()
	ses, err := NewSession("abc.def.ghi")
	if err != nil {
		t.Fatal(err)
	}
	if ses.Token != "Bot abc.def.ghi" {
		t.Errorf("token = %q, want the Bot prefix added", ses.Token)
	}
	fromEnv := reflect.ValueOf(http.ProxyFromEnvironment).Pointer()
	if ses.Dialer == nil || ses.Dialer.Proxy == nil || reflect.ValueOf(ses.Dialer.Proxy).Pointer() != fromEnv {
		t.Error("the gateway dialer does not use http.ProxyFromEnvironment")
	}
	tr, ok := ses.Client.Transport.(*http.Transport)
	if !ok || tr.Proxy == nil || reflect.ValueOf(tr.Proxy).Pointer() != fromEnv {
		t.Errorf("the REST transport %T does not use http.ProxyFromEnvironment", ses.Client.Transport)
	}
	if ok && tr.TLSClientConfig != nil && tr.TLSClientConfig.RootCAs != nil {
		t.Error("the REST transport pins its own roots instead of the system trust store")
	}
	if _, err := NewSession("  "); err == nil {
		t.Error("NewSession accepted an empty token")
	}
}
