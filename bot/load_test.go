package bot

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/internal/fakediscord"
	"articlebot/shelf"
	"articlebot/webarticle"
)

// Ids of the article-switching tests.
const (
	guildOther   = "1200000000000000002"
	channelOther = "1300000000000000009"
	harborURL    = "https://news.test/harbor"
	adminPerms   = "32" // Manage Server
)

// shelfArticles adapts a shelf to Articles, as main does.
type shelfArticles struct{ s *shelf.Shelf }

func (a shelfArticles) For(ctx context.Context, g string) (Engine, error) {
	e, err := a.s.For(ctx, g)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (a shelfArticles) Load(ctx context.Context, g, url string) (Engine, error) {
	e, err := a.s.Load(ctx, g, url)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (a shelfArticles) URL(g string) string { return a.s.URL(g) }
func (a shelfArticles) Held() (int, int64)  { return len(a.s.Held()), 0 }
func (a shelfArticles) MemoryOf(g string) int64 {
	if e, ok := a.s.Holding(g); ok {
		return e.MemoryBytes()
	}
	return 0
}

// harborLoader indexes the harbor test article for harborURL. When gate is
// set, a load (not a reload from the cache) waits for it to close.
type harborLoader struct {
	t      testing.TB
	gate   chan struct{}
	cached atomic.Int64
}

func (l *harborLoader) load(ctx context.Context, url string, cachedOnly bool) (*answer.Engine, error) {
	if cachedOnly {
		l.cached.Add(1)
	} else if l.gate != nil {
		select {
		case <-l.gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	data, err := os.ReadFile("../testdata/eval/tuned/harbor.txt")
	if err != nil {
		return nil, err
	}
	a, err := article.Parse("harbor", data)
	if err != nil {
		return nil, err
	}
	a.Meta = article.Meta{Title: "Harbor City approves flood wall", Byline: "Ana Reyes", Site: "Harbor Daily", URL: url, Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	return answer.New(ctx, a, answer.Options{})
}

func newShelfArticles(t *testing.T, def *answer.Engine, l *harborLoader, state string) shelfArticles {
	t.Helper()
	s, err := shelf.New(shelf.Options{Default: def, Load: l.load, StatePath: state, MaxHeld: 2})
	if err != nil {
		t.Fatal(err)
	}
	return shelfArticles{s}
}

func (h *harness) load(url string, o fakediscord.Origin) (id, token string) {
	return h.dc.SlashCommand(fakediscord.InteractionSpec{Origin: o, Name: "load-article", Options: []fakediscord.Opt{fakediscord.StringOpt("url", url)}})
}

// announced waits for a message in channel containing want.
func (h *harness) announced(channel, want string) string {
	h.t.Helper()
	var got string
	h.waitUntil(func() bool {
		for _, m := range h.dc.Messages(channel) {
			if strings.Contains(m.Content, want) {
				got = m.Content
				return true
			}
		}
		return false
	}, "a message with "+want)
	return got
}

const (
	harborQuestion  = "How much will the flood wall cost?"
	shippedQuestion = "What did Witkoff say?"
)

func TestAdminLoadsArticle(t *testing.T) {
	t.Parallel()
	def := offline(t)
	l := &harborLoader{t: t}
	state := filepath.Join(t.TempDir(), "guild-articles.json")
	h := start(t, def, Config{Articles: newShelfArticles(t, def, l, state), EditInterval: 20 * time.Millisecond})

	var cmd *discordgo.ApplicationCommand
	for _, c := range h.dc.Commands("") {
		if c.Name == "load-article" {
			cmd = c
		}
	}
	if cmd == nil || cmd.DefaultMemberPermissions == nil || *cmd.DefaultMemberPermissions != discordgo.PermissionManageGuild {
		t.Fatalf("registered /load-article = %+v, want default_member_permissions Manage Server", cmd)
	}

	// A member without Manage Server is refused, and nothing changes.
	id, _ := h.load(harborURL, fakediscord.Origin{UserID: userBob})
	if _, data := h.callbackReply(id); !strings.Contains(data["content"].(string), "Only members with the Manage Server permission") {
		t.Errorf("member: got %v, want a refusal", data)
	}
	// A bad address is refused before any fetch.
	id, _ = h.load("ftp://news.test/x", fakediscord.Origin{UserID: userCarol, Permissions: adminPerms})
	if _, data := h.callbackReply(id); !strings.Contains(data["content"].(string), "starting with https://") {
		t.Errorf("bad URL: got %v", data)
	}

	// The admin loads it: a private "fetching" reply, then an announcement
	// in the channel with title, byline, date, link and paragraph count.
	id, token := h.load(harborURL, fakediscord.Origin{UserID: userCarol, Permissions: adminPerms})
	if _, data := h.callbackReply(id); !strings.Contains(data["content"].(string), "Fetching and indexing") {
		t.Errorf("admin: got %v, want the fetching note", data)
	}
	msg := h.announced(fakediscord.DefaultChannelID, "This server's article is now")
	for _, want := range []string{"**Harbor City approves flood wall**", "By Ana Reyes · 2 March 2026 · Harbor Daily", "<" + harborURL + ">", "paragraphs ("} {
		if !strings.Contains(msg, want) {
			t.Errorf("announcement %q lacks %q", msg, want)
		}
	}
	h.waitUntil(func() bool {
		m, ok := h.dc.Original(token)
		return ok && strings.Contains(m.Content, "Loaded in")
	}, "the admin's reply to say it loaded")

	// This server now answers from the new article; another from the default.
	_, tok := h.ask(harborQuestion, fakediscord.Origin{})
	if got := h.final(tok).Content; !strings.Contains(got, "$4.1 million") {
		t.Errorf("this server: got %q, want the flood wall's cost", got)
	}
	_, tok = h.ask(shippedQuestion, fakediscord.Origin{GuildID: guildOther, ChannelID: channelOther})
	if got := h.final(tok).Content; !strings.Contains(got, "Witkoff") {
		t.Errorf("other server: got %q, want the built-in article", got)
	}
	// /article shows the new article to this server.
	id, _ = h.dc.SlashCommand(fakediscord.InteractionSpec{Origin: fakediscord.Origin{UserID: userCarol, Permissions: adminPerms}, Name: "article"})
	if _, data := h.callbackReply(id); !strings.Contains(data["content"].(string), "Harbor City approves flood wall") || !strings.Contains(data["content"].(string), "in memory") {
		t.Errorf("/article: got %v, want the new article and its memory", data)
	}
	assertNoPings(t, h.dc.Requests())

	// A restart keeps each server's article, reindexed from the cache.
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	l2 := &harborLoader{t: t}
	h2 := startOn(t, h.dc, def, Config{Articles: newShelfArticles(t, def, l2, state), SkipRegister: true, EditInterval: 20 * time.Millisecond})
	_, tok = h2.ask(harborQuestion, fakediscord.Origin{})
	if got := h2.final(tok).Content; !strings.Contains(got, "$4.1 million") {
		t.Errorf("after restart: got %q, want the server's article", got)
	}
	_, tok = h2.ask(shippedQuestion, fakediscord.Origin{GuildID: guildOther, ChannelID: channelOther})
	if got := h2.final(tok).Content; !strings.Contains(got, "Witkoff") {
		t.Errorf("after restart, other server: got %q, want the built-in article", got)
	}
	if got := l2.cached.Load(); got != 1 {
		t.Errorf("got %d reloads from the cache, want 1", got)
	}
}

// TestQuestionDuringSwap asks while the new article is being indexed: the
// answer comes wholly from the old article, and the next wholly from the
// new.
func TestQuestionDuringSwap(t *testing.T) {
	t.Parallel()
	def := offline(t)
	l := &harborLoader{t: t, gate: make(chan struct{})}
	h := start(t, def, Config{Articles: newShelfArticles(t, def, l, ""), EditInterval: 20 * time.Millisecond})
	id, _ := h.load(harborURL, fakediscord.Origin{UserID: userCarol, Permissions: adminPerms})
	h.callbackReply(id)

	_, tok := h.ask(shippedQuestion, fakediscord.Origin{})
	during := h.final(tok).Content
	if !strings.Contains(during, "Witkoff") || strings.Contains(during, "Harbor") {
		t.Errorf("during the load: got %q, want an answer from the old article only", during)
	}
	close(l.gate)
	h.announced(fakediscord.DefaultChannelID, "This server's article is now")
	_, tok = h.ask(harborQuestion, fakediscord.Origin{})
	after := h.final(tok).Content
	if !strings.Contains(after, "$4.1 million") || strings.Contains(after, "Witkoff") {
		t.Errorf("after the load: got %q, want an answer from the new article only", after)
	}
}

// TestLoadFailureKeepsArticle: a page that cannot be read is reported to
// the admin in one sentence, and the server keeps its article.
func TestLoadFailureKeepsArticle(t *testing.T) {
	t.Parallel()
	def := offline(t)
	failing := func(ctx context.Context, url string, cachedOnly bool) (*answer.Engine, error) {
		return nil, &webarticle.Error{URL: url, Reason: webarticle.ErrForbiddenAddress, Detail: "only public web pages can be loaded from here"}
	}
	s, err := shelf.New(shelf.Options{Default: def, Load: failing})
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, def, Config{Articles: shelfArticles{s}, EditInterval: 20 * time.Millisecond})
	id, token := h.load("http://169.254.169.254/latest", fakediscord.Origin{UserID: userCarol, Permissions: adminPerms})
	h.callbackReply(id)
	h.waitUntil(func() bool {
		m, ok := h.dc.Original(token)
		return ok && strings.Contains(m.Content, "Could not load it") && strings.Contains(m.Content, "private network") && strings.Contains(m.Content, "keeps its current article")
	}, "the admin's reply to say why")
	_, tok := h.ask(shippedQuestion, fakediscord.Origin{})
	if got := h.final(tok).Content; !strings.Contains(got, "Witkoff") {
		t.Errorf("after a failed load: got %q, want the old article", got)
	}
}
