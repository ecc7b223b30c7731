// Package bot puts the answer engine in Discord: the slash commands /ask,
// /summary, /speakers, /quote, /source, /article and /help, and questions
// asked by mentioning the bot, answered with cited, checked answers that
// stream into the reply.
//
// It is the only package that knows discordgo. The engine is reached through
// the small Engine interface; every message it sends allows no mentions;
// every REST call of an answer goes through that answer's own rate-limit
// bucket, so one busy answer never stalls another.
package bot

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
	"articlebot/article"
)

// Engine is what the bot needs of the answer engine; *answer.Engine
// satisfies it.
type Engine interface {
	Ask(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Result, error)
	Quote(name string) (answer.QuoteResult, bool)
	SuggestSpeakers(typed string, n int) []string
	Speakers() []answer.SpeakerCount
	Article() *article.Article
	Mode() answer.Mode
}

// Articles holds an article per server, for a bot whose server admins
// may switch it (/load-article). main wires it to package shelf.
type Articles interface {
	// For returns the engine of guild's article; "" (a direct message) and
	// servers without their own get the default one.
	For(ctx context.Context, guildID string) (Engine, error)
	// Load fetches and indexes the article at url and makes it guild's,
	// in one step: answers already running keep the engine they started
	// with. A *webarticle.Error says why a page could not be read.
	Load(ctx context.Context, guildID, url string) (Engine, error)
	// URL returns the address of guild's own article, or "".
	URL(guildID string) string
	// Held reports the articles held in memory and the bytes of their
	// text, for the metrics.
	Held() (n int, textBytes int64)
	// MemoryOf estimates the memory guild's article holds, or 0 when it is
	// not in memory.
	MemoryOf(guildID string) int64
}

// Config holds the bot's settings. Zero values mean the defaults given on
// each field.
type Config struct {
	// GuildID, when set, registers the commands to that guild only, which
	// takes effect at once (for development); otherwise they are global.
	GuildID string
	// SkipRegister keeps the commands registered by an earlier run.
	SkipRegister bool
	// Channels lists the channel ids the bot answers in; a thread counts as
	// its parent channel. Empty means everywhere.
	Channels []string
	// AllowDMs lets people ask in direct messages.
	AllowDMs bool
	// Access allows or denies askers by user and role.
	Access Access
	// MessageContent asks for the privileged Message Content intent, which
	// must then be enabled in the developer portal. With it, questions in a
	// thread the bot opened need no mention.
	MessageContent bool

	MaxQuestion int // characters per question (default 500)
	PerMinute   int // questions per user per minute (default 5)
	Concurrency int // answers the model writes at once (default 4)
	// Model names the chat model, for /article.
	Model string
	// Articles, when set, gives each server its own article and lets its
	// admins load another; nil answers everywhere from the engine given to
	// New.
	Articles Articles
	// LoadTimeout bounds fetching and indexing an article (default 2m).
	LoadTimeout time.Duration
	// Metrics records questions, latencies and errors; nil records nothing.
	Metrics Metrics

	EditInterval  time.Duration // the shortest gap between two edits of a message (default 1s)
	TokenLifetime time.Duration // how long an interaction token can be used (default 15m)
	ShutdownGrace time.Duration // how long running answers may finish at shutdown (default 5s)
	AnswerTimeout time.Duration // the deadline of one answer (default 3m)

	// A follow-up's history is read from Discord, bounded by turns,
	// characters and age; parsed answers are cached.
	HistoryTurns     int           // earlier turns used (default 4)
	HistoryChars     int           // characters of earlier turns used (default 6000)
	HistoryTTL       time.Duration // how old an answer may be to count (default 24h)
	MaxConversations int           // answers cached (default 2000)
}

// Defaults of the limits in Config that a deployment usually sets.
const (
	DefaultMaxQuestion = 500 // characters: a question, not a pasted document
	DefaultPerMinute   = 5   // questions per user per minute
	DefaultConcurrency = 4   // answers the model writes at once
)

func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.MaxQuestion, DefaultMaxQuestion)
	def(&c.PerMinute, DefaultPerMinute)
	def(&c.Concurrency, DefaultConcurrency)
	def(&c.HistoryTurns, 4)
	def(&c.HistoryChars, 6000)
	def(&c.MaxConversations, 2000)
	defDur(&c.EditInterval, time.Second)
	defDur(&c.TokenLifetime, 15*time.Minute)
	defDur(&c.ShutdownGrace, 5*time.Second)
	defDur(&c.AnswerTimeout, 3*time.Minute)
	defDur(&c.LoadTimeout, 2*time.Minute)
	defDur(&c.HistoryTTL, 24*time.Hour)
	return c
}

// Bot serves one Discord session. Create it with New and start it with Run.
type Bot struct {
	ses *discordgo.Session
	eng Engine
	cfg Config
	log *slog.Logger

	allowlist map[string]bool
	limits    *limiter
	llm       *queue // nil in extractive mode: no model calls to cap
	turns     *turnCache
	running   *runningAnswers
	buckets   *bucketPool
	channels  *channelCache
	members   *memberCache
	cmds      []command

	botID     atomic.Value // string, from READY
	appID     atomic.Value // string, from READY
	draining  atomic.Bool
	connected atomic.Bool // the gateway is up, for Healthy
	metrics   Metrics
	ready     chan struct{}
	removers  []func() // the event handlers' removal, for close

	mu     sync.Mutex
	active int           // handlers running
	idle   chan struct{} // closed when active drops to 0, while someone waits
}

// New returns a bot that serves ses with eng. The logger's output never
// contains the bot token or interaction tokens: New wraps its handler.
func New(ses *discordgo.Session, eng Engine, cfg Config, log *slog.Logger) *Bot {
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.Default()
	}
	b := &Bot{
		ses:       ses,
		eng:       eng,
		cfg:       cfg,
		allowlist: map[string]bool{},
		limits:    newLimiter(cfg.PerMinute, time.Minute),
		turns:     newTurnCache(cfg.MaxConversations),
		running:   newRunningAnswers(),
		buckets:   newBucketPool(ses.Ratelimiter, ses.ShardID),
		channels:  newChannelCache(1000),
		members:   newMemberCache(5000, 5*time.Minute),
		ready:     make(chan struct{}),
	}
	b.metrics = cfg.Metrics
	if b.metrics == nil {
		b.metrics = noMetrics{}
	}
	b.log = slog.New(newRedactor(log.Handler(), func() []string { return []string{ses.Token, bareToken(ses.Token)} }))
	for _, c := range cfg.Channels {
		b.allowlist[c] = true
	}
	if eng.Mode() == answer.LLM {
		b.llm = newQueue(cfg.Concurrency)
		b.llm.onDepth = b.metrics.QueueDepth
	}
	b.cmds = b.commandList()
	return b
}

// Ready is closed once the bot is connected and its commands registered.
func (b *Bot) Ready() <-chan struct{} { return b.ready }

// Run, which may be called once, connects to the gateway, registers the
// commands (unless told not to) and answers until ctx is cancelled; then it
// stops taking questions, gives running answers ShutdownGrace to finish,
// tells the askers of the others that they were cut off, and closes the
// gateway.
func (b *Bot) Run(ctx context.Context) error {
	up, err := b.start(ctx)
	if !up {
		return err
	}
	<-ctx.Done()
	b.shutdown()
	return nil
}

// start connects, registers the commands (on shard 0 only) and reports
// whether the bot is up; when it is not, it has closed what it opened.
func (b *Bot) start(ctx context.Context) (up bool, err error) {
	routeDiscordgoLogs(b.log)
	b.ses.Debug = false // Debug logs request headers, bot token included
	b.ses.LogLevel = discordgo.LogError
	b.ses.Identify.Intents = intents(b.cfg.MessageContent)

	readyCh := make(chan *discordgo.Ready, 1)
	b.removers = append([]func(){
		b.ses.AddHandlerOnce(func(_ *discordgo.Session, r *discordgo.Ready) { readyCh <- r }),
		b.ses.AddHandler(b.onInteraction),
		b.ses.AddHandler(b.onMessage),
	}, b.trackConnection()...)
	if err := b.ses.Open(); err != nil {
		b.close()
		return false, openError(err)
	}
	var r *discordgo.Ready
	select {
	case r = <-readyCh:
	case <-ctx.Done():
		b.close()
		return false, nil
	case <-time.After(30 * time.Second):
		b.close()
		return false, errors.New("discord sent no READY within 30s after connecting")
	}
	// The handler that tracks the connection runs in its own goroutine and
	// may not have seen this READY yet: Ready() must imply Healthy().
	b.connected.Store(true)
	if err := b.identify(r); err != nil {
		b.close()
		return false, err
	}
	// Commands belong to the application, not to a shard: shard 0 alone
	// registers them.
	if !b.cfg.SkipRegister && b.ses.ShardID == 0 {
		if err := b.register(ctx); err != nil {
			b.close()
			return false, err
		}
	}
	b.log.Info("bot ready", "user", r.User.Username, "app", b.appIDValue(), "mode", b.eng.Mode(),
		"shards", max(b.ses.ShardCount, 1),
		"guilds", len(r.Guilds), "channels", len(b.cfg.Channels), "dms", b.cfg.AllowDMs, "message_content", b.cfg.MessageContent)
	close(b.ready)
	return true, nil
}

// identify records the bot user and application ids from READY.
func (b *Bot) identify(r *discordgo.Ready) error {
	if r == nil || r.User == nil {
		return errors.New("discord's READY carried no bot user")
	}
	b.botID.Store(r.User.ID)
	appID := r.User.ID // the same for every modern application
	if r.Application != nil && r.Application.ID != "" {
		appID = r.Application.ID
	}
	b.appID.Store(appID)
	return nil
}

func (b *Bot) botIDValue() string { s, _ := b.botID.Load().(string); return s }
func (b *Bot) appIDValue() string { s, _ := b.appID.Load().(string); return s }
