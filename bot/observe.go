package bot

import (
	"errors"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
	"articlebot/llm"
)

// Metrics is what the bot records for its operator; *metrics.Metrics
// satisfies it. Labels are the bot's own small vocabularies, named in
// each method.
type Metrics interface {
	// Question counts a question by entry point (slash, mention, thread,
	// dm) and outcome (answered, abstained, fallback, refused, stopped,
	// error).
	Question(entry, outcome string)
	// GateActions counts what the gate changed in one answer.
	GateActions(moved, removed, flagged int)
	// Latency observes a stage: defer, first_token or answer.
	Latency(stage string, d time.Duration)
	// ModelError counts a failed model call by kind.
	ModelError(kind string)
	// RateLimited counts a question refused by the per-asker limit.
	RateLimited()
	// Discord429 counts a 429 from Discord.
	Discord429()
	// QueueDepth sets how many questions wait for a model slot.
	QueueDepth(n int)
}

// Entry points and outcomes of questions.
const (
	entrySlash   = "slash"
	entryMention = "mention"
	entryThread  = "thread"
	entryDM      = "dm"

	outcomeAnswered  = "answered"
	outcomeAbstained = "abstained"
	outcomeFallback  = "fallback"
	outcomeRefused   = "refused"
	outcomeStopped   = "stopped"
	outcomeError     = "error"
)

// noMetrics records nothing, for a bot run without METRICS_ADDR.
type noMetrics struct{}

func (noMetrics) Question(string, string)       {}
func (noMetrics) GateActions(int, int, int)     {}
func (noMetrics) Latency(string, time.Duration) {}
func (noMetrics) ModelError(string)             {}
func (noMetrics) RateLimited()                  {}
func (noMetrics) Discord429()                   {}
func (noMetrics) QueueDepth(int)                {}

// observeFailure records a question that got no answer.
func (b *Bot) observeFailure(q question, err, cause error) {
	switch {
	case errors.Is(cause, errStopped), errors.Is(cause, errShutdown):
		b.metrics.Question(q.entry, outcomeStopped)
		return
	case errors.Is(err, answer.ErrEmptyQuestion), errors.Is(err, answer.ErrQuestionTooLong):
		b.metrics.Question(q.entry, outcomeRefused)
		return
	}
	var le *llm.Error
	if errors.As(err, &le) || errors.Is(cause, errTooSlow) {
		b.metrics.ModelError(llm.Classify(err).String())
	}
	b.metrics.Question(q.entry, outcomeError)
}

// observeAnswer records an answer: its outcome, what the gate changed, a
// model failure behind a fallback, and, when shown, how long it took.
func (b *Bot) observeAnswer(q question, res answer.Result, shown bool, start time.Time) {
	outcome := outcomeAnswered
	switch {
	case !shown:
		outcome = outcomeError
	case res.Fault != nil || res.Fallback != answer.FallbackNone:
		outcome = outcomeFallback
	case res.Abstained:
		outcome = outcomeAbstained
	}
	if res.Fault != nil {
		kind := string(res.Fallback) // endpoint_error, timeout, …
		if kind == "" {
			kind = llm.Classify(res.Fault).String()
		}
		b.metrics.ModelError(kind)
	}
	b.metrics.GateActions(gateActions(res))
	b.metrics.Question(q.entry, outcome)
	if shown {
		b.metrics.Latency("answer", time.Since(start))
	}
}

// gateActions reads what the gate changed in a model's answer: citations
// moved and removed, and unsupported sentences it flagged and dropped.
func gateActions(res answer.Result) (moved, removed, flagged int) {
	if res.Gate == nil {
		return 0, 0, 0
	}
	return res.Gate.Moved, res.Gate.Removed, res.Gate.Dropped
}

// firstToken wraps onDelta to observe when the model's first text came.
func (b *Bot) firstToken(start time.Time, onDelta func(string)) func(string) {
	if onDelta == nil {
		return nil
	}
	var once sync.Once
	return func(s string) {
		once.Do(func() { b.metrics.Latency("first_token", time.Since(start)) })
		onDelta(s)
	}
}

// entryOf names the entry point of a question asked by message.
func (b *Bot) entryOf(dm bool, convKey string) string {
	switch {
	case dm:
		return entryDM
	case convKey != "":
		return entryThread
	}
	return entryMention
}

// health tracks whether the gateway is connected: READY or RESUMED
// connects, a disconnect (a drop, or Close) disconnects.
func (b *Bot) trackConnection() []func() {
	return []func(){
		b.ses.AddHandler(func(*discordgo.Session, *discordgo.Ready) { b.connected.Store(true) }),
		b.ses.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { b.connected.Store(true) }),
		b.ses.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) { b.connected.Store(false) }),
		b.ses.AddHandler(func(*discordgo.Session, *discordgo.RateLimit) { b.metrics.Discord429() }),
	}
}

// Healthy returns nil while the gateway is connected and the engine has
// an article loaded, else what is wrong.
func (b *Bot) Healthy() error {
	if !b.connected.Load() {
		return errors.New("discord gateway not connected")
	}
	if b.eng == nil || b.eng.Article() == nil {
		return errors.New("no article loaded")
	}
	return nil
}

// Articles reports the articles the bot holds and the bytes of their text.
func (b *Bot) Articles() (n int, bytes int64) {
	if b.cfg.Articles != nil {
		return b.cfg.Articles.Held()
	}
	if b.eng == nil || b.eng.Article() == nil {
		return 0, 0
	}
	for _, p := range b.eng.Article().Paragraphs {
		bytes += int64(len(p.Text))
	}
	return 1, bytes
}
