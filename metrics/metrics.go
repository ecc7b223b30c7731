// Package metrics exports the Discord bot's counters, latencies and gauges
// to Prometheus, and serves them with a health check: GET /metrics and
// GET /healthz. It is the only package that knows client_golang; the bot
// records through its own small interface, which *Metrics satisfies.
//
// Every metric lives in a private registry, so tests and several bots in
// one process never collide in the global one.
package metrics

import (
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics holds the bot's metrics. Its methods are safe for concurrent use.
type Metrics struct {
	reg *prometheus.Registry

	questions   *prometheus.CounterVec
	gate        *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	modelErrors *prometheus.CounterVec
	rateLimited prometheus.Counter
	discord429  prometheus.Counter
	queueDepth  prometheus.Gauge
}

// latencyBuckets span a deferral (tens of milliseconds) to a slow local
// model's whole answer (minutes), in seconds.
var latencyBuckets = []float64{0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80, 160}

// New returns the metrics, registered with the Go runtime's and the
// process's own (memory, CPU, open files) in a private registry.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "articlebot_questions_total",
			Help: "Questions by entry point (slash, mention, thread, dm) and outcome (answered, abstained, fallback, refused, stopped, error).",
		}, []string{"entry", "outcome"}),
		gate: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "articlebot_gate_actions_total",
			Help: "What the citation and quotation gate changed in model answers: citations moved or removed, sentences flagged.",
		}, []string{"action"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "articlebot_latency_seconds",
			Help:    "Latency by stage: defer (interaction received to deferral sent), first_token (question to the model's first text), answer (question to the answer shown).",
			Buckets: latencyBuckets,
		}, []string{"stage"}),
		modelErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "articlebot_model_errors_total",
			Help: "Failed model calls by kind (timed_out, endpoint_unavailable, rate_limited, ...).",
		}, []string{"kind"}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "articlebot_rate_limit_refusals_total",
			Help: "Questions refused because the asker was over their per-minute limit or still waiting for an answer.",
		}),
		discord429: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "articlebot_discord_429_total",
			Help: "Rate-limited (429) answers from Discord's REST API.",
		}),
		queueDepth: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "articlebot_model_queue_depth",
			Help: "Questions waiting for a model slot.",
		}),
	}
	m.reg.MustRegister(m.questions, m.gate, m.latency, m.modelErrors, m.rateLimited, m.discord429, m.queueDepth,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry returns the private registry, to register more collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Question counts a question by entry point and outcome.
func (m *Metrics) Question(entry, outcome string) { m.questions.WithLabelValues(entry, outcome).Inc() }

// GateActions counts what the gate changed in one answer.
func (m *Metrics) GateActions(moved, removed, flagged int) {
	for action, n := range map[string]int{"citation_moved": moved, "citation_removed": removed, "sentence_flagged": flagged} {
		if n > 0 {
			m.gate.WithLabelValues(action).Add(float64(n))
		}
	}
}

// Latency observes how long a stage took.
func (m *Metrics) Latency(stage string, d time.Duration) {
	m.latency.WithLabelValues(stage).Observe(d.Seconds())
}

// ModelError counts a failed model call; kind is made a label value
// ("timed out" becomes timed_out).
func (m *Metrics) ModelError(kind string) {
	m.modelErrors.WithLabelValues(strings.ReplaceAll(strings.TrimSpace(kind), " ", "_")).Inc()
}

// RateLimited counts a question refused by the per-asker limit.
func (m *Metrics) RateLimited() { m.rateLimited.Inc() }

// Discord429 counts a 429 from Discord.
func (m *Metrics) Discord429() { m.discord429.Inc() }

// QueueDepth sets how many questions wait for a model slot.
func (m *Metrics) QueueDepth(n int) { m.queueDepth.Set(float64(n)) }

// TrackArticles exports the articles held and the bytes of their text,
// read at each scrape from held, which must be safe for concurrent use.
func (m *Metrics) TrackArticles(held func() (articles int, bytes int64)) {
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "articlebot_articles_held",
			Help: "Articles loaded with their search index.",
		}, func() float64 { n, _ := held(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "articlebot_article_bytes",
			Help: "Bytes of text of the articles held (the process's whole memory is in go_memstats_* and process_*).",
		}, func() float64 { _, b := held(); return float64(b) }),
	)
}
