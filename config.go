package main

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"articlebot/answer"
	"articlebot/llm"

	"github.com/joho/godotenv"
)

// config is every setting of the program, read once from the environment
// (and a .env file) by loadConfig. .env.example documents each variable.
// A number or duration left unset is 0, which the package that owns it
// reads as its default (answer.DefaultSources, llm.DefaultIdleTimeout,
// bot.DefaultPerMinute, …), so each default is written once.
type config struct {
	// The OpenAI-compatible endpoint. With BaseURL and ChatModel set, answers
	// are written by the model; otherwise they are extractive.
	BaseURL        string
	APIKey         string
	ChatModel      string
	EmbeddingModel string
	EmbedBatch     int
	QueryPrefix    string
	DocPrefix      string
	CacheDir       string

	Sources       int // passages retrieved per question
	ContextTokens int // the model's context window
	AnswerTokens  int // room kept for the answer
	Temperature   float32

	ConnectTimeout    time.Duration
	FirstTokenTimeout time.Duration
	IdleTimeout       time.Duration
	RequestTimeout    time.Duration
	MaxRetries        int // -1 when unset: llm's default; 0 turns retries off

	// SecondOpinion makes the citation gate ask the model about borderline
	// claims (GATE_SECOND_OPINION, or --second-opinion), within
	// SecondOpinionTimeout.
	SecondOpinion        bool
	SecondOpinionTimeout time.Duration
	// EmbedSupportSimilarity is the similarity, in the remote embedding
	// model's space, from which the gate takes a borderline claim and its
	// passage to say the same thing (EMBEDDING_SUPPORT_SIMILARITY; 0: off).
	EmbedSupportSimilarity float64
	// EmbedNamedSupportSimilarity is the similarity, in the same space, a
	// borderline claim carried by the names it shares with its passage must
	// keep once those names are left out of both
	// (EMBEDDING_SUPPORT_SIMILARITY_WITHOUT_NAMES; 0: such claims are not
	// rescued by the embedder).
	EmbedNamedSupportSimilarity float64

	LogLevel slog.Level
	// LogLevelSet says LOG_LEVEL was given; the terminal commands then log
	// at that level, and otherwise only errors (their output says the rest).
	LogLevelSet bool
	// LogJSON writes logs as JSON lines (LOG_FORMAT=json), for a log
	// collector.
	LogJSON bool
	// MetricsAddr, when set, is where serve answers /metrics and /healthz.
	MetricsAddr string

	Discord discordConfig

	// onRetry is set by the terminal commands to show a retry as it
	// happens; it is not read from the environment.
	onRetry func(op string, delay time.Duration, err *llm.Error)
}

// discordConfig holds the bot's settings.
type discordConfig struct {
	Token        string
	GuildID      string
	Channels     []string
	AllowDMs     bool
	MaxQuestion  int
	PerMinute    int
	Concurrency  int
	SkipRegister bool
	// MessageContent asks for the privileged Message Content intent.
	MessageContent bool
	// Who may ask, by user and role id; DMGuilds limits DMs to members of
	// those guilds.
	AllowUsers, DenyUsers []string
	AllowRoles, DenyRoles []string
	DMGuilds              []string
	// ShardID and ShardCount ("auto", a number, or "") pick the gateway
	// shards this process runs.
	ShardID, ShardCount string
	// MaxArticles bounds the server articles held in memory (0: shelf's
	// default). AllowPrivateURLs lets /load-article fetch loopback, private
	// and link-local addresses: only for an operator whose article server
	// is on their own network.
	MaxArticles      int
	AllowPrivateURLs bool
}

// modelError says what is missing when an endpoint is configured without a
// chat model. doctor runs without one, to list the models to pick from;
// the commands that answer need one.
func (c config) modelError() error {
	if c.BaseURL != "" && c.ChatModel == "" {
		return usageError{msg: "OPENAI_BASE_URL is set but CHAT_MODEL is not: set CHAT_MODEL to a model the endpoint serves (`articlebot doctor` lists them), or unset OPENAI_BASE_URL for offline answers"}
	}
	return nil
}

// llmEnabled reports whether answers come from a model.
func (c config) llmEnabled() bool { return c.BaseURL != "" && c.ChatModel != "" }

// dotenvPaths lists where a .env file is looked for, in order: the current
// directory, then articlebot's directory in the user's configuration
// directory (~/.config/articlebot/.env on Linux, ~/Library/Application
// Support/articlebot/.env on macOS, %AppData%\articlebot\.env on Windows).
func dotenvPaths() []string {
	paths := []string{".env"}
	if dir, err := os.UserConfigDir(); err == nil {
		paths = append(paths, filepath.Join(dir, "articlebot", ".env"))
	}
	return paths
}

// dotenvGetenv returns the first of paths that exists and a lookup that
// prefers the process environment and falls back to that file. The file is
// "" when none exists.
func dotenvGetenv(paths []string) (string, env, error) {
	var file map[string]string
	found := ""
	for _, p := range paths {
		f, err := godotenv.Read(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return p, os.Getenv, fmt.Errorf("read %s: %w", p, err)
		}
		file, found = f, p
		break
	}
	if abs, err := filepath.Abs(found); err == nil && found != "" {
		found = abs
	}
	return found, func(k string) string {
		if v, ok := os.LookupEnv(k); ok {
			return v
		}
		return file[k]
	}, nil
}

// loadConfig reads the configuration, applying defaults.
func loadConfig(getenv env) (config, error) {
	r := reader{getenv: getenv}
	c := config{
		BaseURL:                     strings.TrimRight(r.str("OPENAI_BASE_URL", ""), "/"),
		APIKey:                      r.secret("OPENAI_API_KEY"),
		ChatModel:                   r.str("CHAT_MODEL", ""),
		EmbeddingModel:              r.str("EMBEDDING_MODEL", ""),
		EmbedBatch:                  r.int("EMBEDDING_BATCH", 0),
		QueryPrefix:                 r.getenv("EMBEDDING_QUERY_PREFIX"), // trailing spaces matter
		DocPrefix:                   r.getenv("EMBEDDING_DOCUMENT_PREFIX"),
		CacheDir:                    r.str("ARTICLEBOT_CACHE_DIR", defaultCacheDir()),
		Sources:                     r.int("ARTICLEBOT_K", 0),
		ContextTokens:               r.int("LLM_CONTEXT_TOKENS", 0),
		AnswerTokens:                r.int("LLM_ANSWER_TOKENS", 0),
		Temperature:                 float32(r.float("LLM_TEMPERATURE", 0, maxTemperature)),
		ConnectTimeout:              r.duration("LLM_CONNECT_TIMEOUT", 0),
		FirstTokenTimeout:           r.duration("LLM_FIRST_TOKEN_TIMEOUT", 0),
		IdleTimeout:                 r.duration("LLM_IDLE_TIMEOUT", 0),
		RequestTimeout:              r.duration("LLM_REQUEST_TIMEOUT", 0),
		MaxRetries:                  r.int("LLM_MAX_RETRIES", -1),
		SecondOpinion:               r.bool("GATE_SECOND_OPINION", false),
		EmbedSupportSimilarity:      r.float("EMBEDDING_SUPPORT_SIMILARITY", 0, 1),
		EmbedNamedSupportSimilarity: r.float("EMBEDDING_SUPPORT_SIMILARITY_WITHOUT_NAMES", 0, 1),
		SecondOpinionTimeout:        r.duration("GATE_SECOND_OPINION_TIMEOUT", 0),
		LogLevel:                    r.level("LOG_LEVEL", slog.LevelInfo),
		Discord: discordConfig{
			Token:        r.secret("DISCORD_TOKEN"),
			GuildID:      r.str("DISCORD_GUILD_ID", ""),
			Channels:     r.list("DISCORD_CHANNELS"),
			AllowDMs:     r.bool("DISCORD_ALLOW_DMS", true),
			MaxQuestion:  r.int("DISCORD_MAX_QUESTION", 0),
			PerMinute:    r.int("DISCORD_RATE_PER_MINUTE", 0),
			Concurrency:  r.int("DISCORD_MAX_CONCURRENT", 0),
			SkipRegister: r.bool("DISCORD_SKIP_REGISTER", false),

			MessageContent: r.bool("DISCORD_MESSAGE_CONTENT", false),
			AllowUsers:     r.list("DISCORD_ALLOW_USERS"),
			DenyUsers:      r.list("DISCORD_DENY_USERS"),
			AllowRoles:     r.list("DISCORD_ALLOW_ROLES"),
			DenyRoles:      r.list("DISCORD_DENY_ROLES"),
			DMGuilds:       r.list("DISCORD_DM_GUILDS"),
			ShardID:        r.str("DISCORD_SHARD_ID", ""),
			ShardCount:     r.str("DISCORD_SHARD_COUNT", ""),

			MaxArticles:      r.int("DISCORD_MAX_ARTICLES", 0),
			AllowPrivateURLs: r.bool("DISCORD_ALLOW_PRIVATE_URLS", false),
		},
	}
	c.LogLevelSet = r.str("LOG_LEVEL", "") != ""
	c.MetricsAddr = r.str("METRICS_ADDR", "")
	switch f := strings.ToLower(r.str("LOG_FORMAT", "text")); f {
	case "json":
		c.LogJSON = true
	case "text":
	default:
		r.fail("LOG_FORMAT", f, "text or json")
	}
	if r.err != nil {
		return c, r.err
	}
	if err := checkBaseURL(c.BaseURL); err != nil {
		return c, err
	}
	if ctxTokens, ansTokens := cmp.Or(c.ContextTokens, answer.DefaultContextTokens), cmp.Or(c.AnswerTokens, answer.DefaultAnswerTokens); ansTokens >= ctxTokens {
		return c, usageError{msg: fmt.Sprintf("LLM_ANSWER_TOKENS=%d leaves no room for the question in LLM_CONTEXT_TOKENS=%d: make it smaller", ansTokens, ctxTokens)}
	}
	return c, nil
}

func defaultCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return d + string(os.PathSeparator) + "articlebot"
	}
	return ".cache"
}
