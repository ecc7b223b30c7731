// Package llm talks to an OpenAI-compatible model endpoint (OpenAI, Ollama,
// llama.cpp, vLLM, LM Studio): streamed and plain chat completions,
// embeddings, the model list and a step-by-step diagnosis.
//
// It is the only package that imports go-openai; callers see the neutral
// types Message, Completion, Check and *Error. Every call is bounded by the
// timeouts in Config, retried with backoff while that is safe, and fails with
// an *Error whose Kind says what went wrong and whose UserMessage says what to
// do about it.
package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Config holds the endpoint and the limits of a Client. Zero durations and
// counts mean the documented defaults.
type Config struct {
	BaseURL        string // including /v1, e.g. http://localhost:11434/v1
	APIKey         string // may be empty for local servers; never logged
	ChatModel      string
	EmbeddingModel string

	// HTTPClient is used for every request. Nil means a client on a clone of
	// http.DefaultTransport, so HTTPS_PROXY, NO_PROXY and SSL_CERT_FILE are
	// honoured. Its Timeout is ignored (it would cut long streams): the
	// timeouts below apply instead.
	HTTPClient *http.Client

	ConnectTimeout    time.Duration // until the response headers arrive (default 10s)
	FirstTokenTimeout time.Duration // from the request to the first answer or reasoning token (default 60s)
	IdleTimeout       time.Duration // the longest gap between stream chunks after the first token (default 30s)
	RequestTimeout    time.Duration // each attempt of a non-streaming request: Complete, each Embed batch, Models (default 60s)

	// MaxRetries is the number of retries after a failed attempt (default 2,
	// so three attempts). Set NoRetry for a single attempt.
	MaxRetries int
	NoRetry    bool

	BackoffBase time.Duration // the first retry delay, doubled for each retry (default 0.5s)
	BackoffMax  time.Duration // the cap on a retry delay (default 8s); a Retry-After is capped at max(BackoffMax, 30s)

	EmbedBatchSize int // inputs per embeddings request (default 64)

	// Temperature 0 means near-deterministic: a tiny non-zero value is sent,
	// because go-openai drops a zero temperature from the request.
	Temperature float32
	// MaxTokens caps the answer; 0 leaves it to the server. For model names
	// go-openai treats as reasoning models (o1, o3, o4, gpt-5…) it is sent as
	// max_completion_tokens.
	MaxTokens int

	// ThinkHold is how many bytes of leading answer (not counting leading
	// whitespace) Stream holds back to spot a </think> whose opening <think>
	// the server stripped (default 128, about 30 tokens; 1 practically turns
	// the hold off). A negative value holds the answer until </think> or the
	// end of the stream, for servers that strip the tag before long
	// reasoning. See think.go.
	ThinkHold int

	Logger *slog.Logger // nil means slog.Default()

	// BreakerCooldown is how long the Client stops calling an endpoint
	// where nothing answered (default DefaultBreakerCooldown; negative
	// turns the circuit breaker off). See breaker.
	BreakerCooldown time.Duration

	// OnRetry, when set, is told before each backoff sleep, so that a
	// terminal can say what it is waiting for. It must not block.
	OnRetry func(op string, delay time.Duration, err *Error)
}

// Defaults applied by New.
const (
	DefaultConnectTimeout    = 10 * time.Second
	DefaultFirstTokenTimeout = 60 * time.Second
	DefaultIdleTimeout       = 30 * time.Second
	DefaultRequestTimeout    = 60 * time.Second
	DefaultMaxRetries        = 2
	DefaultBackoffBase       = 500 * time.Millisecond
	DefaultBackoffMax        = 8 * time.Second
	DefaultEmbedBatchSize    = 64
	DefaultThinkHold         = 128

	// nearZeroTemperature stands for 0, which omitempty would drop.
	nearZeroTemperature = 1e-6
	// emptyMessagesLimit tolerates long runs of keep-alive comment lines.
	emptyMessagesLimit = 1 << 16
)

// Client calls one OpenAI-compatible endpoint. It is safe for concurrent use.
type Client struct {
	cfg  Config
	api  *openai.Client
	http *http.Client // the same client go-openai uses, for Identify's probes
	log  *slog.Logger
	// server is the software behind the endpoint when Diagnose recognised
	// it; hints then name it.
	server ServerKind
	brk    *breaker // shared by copies, so Diagnose's copy sees the same state
	base   string   // BaseURL without credentials, for hints
	hasV1  bool     // whether BaseURL's path names an API version

	sleep  func(ctx context.Context, d time.Duration) error // replaced in tests
	jitter func(d time.Duration) time.Duration              // replaced in tests
}

// New checks cfg, fills in defaults and returns a Client. It makes no request.
func New(cfg Config) (*Client, error) {
	u, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("llm: base url: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("llm: base url %q: want http(s)://host[:port]/v1", u.Redacted())
	}
	if err := cfg.fill(); err != nil {
		return nil, err
	}

	hc := &http.Client{}
	if cfg.HTTPClient != nil {
		copied := *cfg.HTTPClient
		hc = &copied
	}
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
		if t, ok := base.(*http.Transport); ok {
			base = t.Clone() // proxies and certificates from the environment, shared with nobody
		}
	}
	hc.Transport = &transport{base: base, connectTimeout: cfg.ConnectTimeout}
	hc.Timeout = 0

	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	oc.HTTPClient = hc
	oc.EmptyMessagesLimit = emptyMessagesLimit

	shown := *u
	shown.User, shown.RawQuery, shown.Fragment = nil, "", ""
	return &Client{
		cfg:    cfg,
		api:    openai.NewClientWithConfig(oc),
		http:   hc,
		brk:    &breaker{cooldown: max(cfg.BreakerCooldown, 0), now: time.Now},
		log:    cfg.Logger,
		base:   shown.String(),
		hasV1:  strings.Contains(u.Path, "/v1"),
		sleep:  sleepCtx,
		jitter: equalJitter,
	}, nil
}

// fill applies defaults and rejects negative limits.
func (c *Config) fill() error {
	for name, d := range map[string]*time.Duration{
		"connect timeout": &c.ConnectTimeout, "first-token timeout": &c.FirstTokenTimeout,
		"idle timeout": &c.IdleTimeout, "request timeout": &c.RequestTimeout,
		"backoff base": &c.BackoffBase, "backoff max": &c.BackoffMax,
	} {
		if *d < 0 {
			return fmt.Errorf("llm: %s is negative: %s", name, *d)
		}
	}
	if c.MaxRetries < 0 || c.EmbedBatchSize < 0 || c.MaxTokens < 0 || c.Temperature < 0 {
		return errors.New("llm: max retries, embed batch size, max tokens and temperature must not be negative")
	}
	setDefault(&c.ConnectTimeout, DefaultConnectTimeout)
	setDefault(&c.FirstTokenTimeout, DefaultFirstTokenTimeout)
	setDefault(&c.IdleTimeout, DefaultIdleTimeout)
	setDefault(&c.RequestTimeout, DefaultRequestTimeout)
	setDefault(&c.BackoffBase, DefaultBackoffBase)
	setDefault(&c.BackoffMax, DefaultBackoffMax)
	setDefault(&c.MaxRetries, DefaultMaxRetries)
	setDefault(&c.EmbedBatchSize, DefaultEmbedBatchSize)
	setDefault(&c.ThinkHold, DefaultThinkHold)
	setDefault(&c.BreakerCooldown, DefaultBreakerCooldown)
	if c.NoRetry {
		c.MaxRetries = 0
	}
	if c.BackoffMax < c.BackoffBase {
		c.BackoffMax = c.BackoffBase
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// BaseURL returns the endpoint's base URL without credentials or query.
func (c *Client) BaseURL() string { return c.base }
