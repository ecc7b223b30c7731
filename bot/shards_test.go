package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// guildOnShard0 maps to shard 0 of 2 ((id >> 22) % 2); DefaultGuildID
// maps to shard 1.
const guildOnShard0 = "1200000000004194305"

// runShards runs shards on dc as one process would, and waits until n
// shard bots are ready.
func runShards(t *testing.T, dc *fakediscord.Server, eng Engine, cfg Config, sh Sharding, n int) (*Shards, func() error) {
	t.Helper()
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := NewShards(func() (*discordgo.Session, error) { return dc.Session(testToken), nil }, eng, cfg, sh, log)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(30 * time.Second):
				t.Error("Shards.Run did not return after cancel")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		stop()
		if t.Failed() {
			t.Logf("shards log:\n%s", logs.String())
		}
	})
	deadline := time.Now().Add(wait)
	for {
		ready := 0
		for _, b := range s.Bots() {
			select {
			case <-b.Ready():
				ready++
			default:
			}
		}
		if ready == n {
			return s, stop
		}
		select {
		case err := <-done:
			t.Fatalf("Shards.Run returned before %d shards were ready: %v", n, err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d shards ready in time", ready, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestTwoShardProcesses runs shard 0/2 and shard 1/2 as two processes on
// one Discord: each identifies with its shard, only shard 0 registers the
// commands, and each answers the servers that map to it, once.
func TestTwoShardProcesses(t *testing.T) {
	t.Parallel()
	dc := fakediscord.New(t, fakediscord.WithHeartbeatInterval(2*time.Second))
	cfg := Config{EditInterval: 20 * time.Millisecond}
	s0, _ := runShards(t, dc, offline(t), cfg, Sharding{ID: 0, Count: 2}, 1)
	s1, _ := runShards(t, dc, offline(t), cfg, Sharding{ID: 1, Count: 2}, 1)

	var shards []string
	for _, id := range dc.Identifies() {
		if id.Payload.Shard == nil {
			t.Fatalf("an identify without a shard: %+v", id.Payload)
		}
		shards = append(shards, fmt.Sprintf("%d/%d", id.Payload.Shard[0], id.Payload.Shard[1]))
	}
	if strings.Join(shards, ",") != "0/2,1/2" {
		t.Errorf("identified as %v, want 0/2 then 1/2", shards)
	}
	puts := 0
	for _, r := range dc.Requests() {
		if r.Method == http.MethodPut && strings.Contains(r.Path, "/commands") {
			puts++
		}
	}
	if puts != 1 || len(dc.Commands("")) == 0 {
		t.Errorf("got %d command registrations, want 1 (by shard 0)", puts)
	}
	if s0.Healthy() != nil || s1.Healthy() != nil {
		t.Errorf("health: %v, %v; want both healthy", s0.Healthy(), s1.Healthy())
	}

	for _, guild := range []string{fakediscord.DefaultGuildID, guildOnShard0} {
		h := &harness{t: t, dc: dc}
		_, token := h.ask("What did Witkoff say?", fakediscord.Origin{GuildID: guild, ChannelID: "13000000000000001" + guild[len(guild)-2:]})
		if got := h.final(token).Content; !strings.Contains(got, "¶") {
			t.Errorf("guild %s: answer %q, want a cited answer", guild, got)
		}
	}
	for _, r := range dc.Requests() {
		if strings.HasSuffix(r.Path, "/callback") && r.Status != http.StatusNoContent {
			t.Errorf("callback %s answered %d: an interaction went to two shards?", r, r.Status)
		}
	}
}

// TestAutoShardsRespectMaxConcurrency runs the 3 shards the gateway
// recommends in one process with max_concurrency 2: shards 0 and 1
// identify together, shard 2 one interval later. On shutdown a running
// answer is cut off before the gateways close.
func TestAutoShardsRespectMaxConcurrency(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t)
	oa.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour { return fakeopenai.Stall(30 * time.Second) })
	dc := fakediscord.New(t, fakediscord.WithHeartbeatInterval(2*time.Second), fakediscord.WithShards(3, 2))
	const interval = 400 * time.Millisecond
	s, stop := runShards(t, dc, withModel(t, oa), Config{EditInterval: 50 * time.Millisecond, ShutdownGrace: 200 * time.Millisecond},
		Sharding{Auto: true, IdentifyInterval: interval}, 3)

	ids := dc.Identifies()
	if len(ids) != 3 {
		t.Fatalf("got %d identifies, want 3", len(ids))
	}
	at := map[int]time.Time{}
	for _, id := range ids {
		if id.Payload.Shard == nil || id.Payload.Shard[1] != 3 {
			t.Fatalf("identify shard %v, want one of 3", id.Payload.Shard)
		}
		at[id.Payload.Shard[0]] = id.Time
	}
	if len(at) != 3 {
		t.Fatalf("shards identified: %v, want 0, 1 and 2", at)
	}
	if gap := at[2].Sub(at[0]); gap < interval {
		t.Errorf("shard 2 identified %v after shard 0, want at least the %v interval of its bucket", gap, interval)
	}
	if s.Healthy() != nil {
		t.Errorf("health: %v", s.Healthy())
	}
	bots := s.Bots()
	for _, b := range bots[1:] {
		if b.llm != bots[0].llm || b.limits != bots[0].limits {
			t.Error("shards of one process have their own model queue or rate limits, want them shared")
		}
	}

	// A question on shard 1's server is running when the process stops.
	h := &harness{t: t, dc: dc}
	_, token := h.ask("What did Putin agree to?", fakediscord.Origin{})
	h.stopID(token)
	if err := stop(); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	if final, _ := dc.Original(token); final.Content != msgCutOff {
		t.Errorf("the running answer shows %q, want %q", final.Content, msgCutOff)
	}
	if n := dc.Connected(); n != 0 {
		t.Errorf("%d gateways still connected after shutdown", n)
	}
}

func TestShardingValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s    Sharding
		want string
	}{
		{Sharding{}, ""},
		{Sharding{ID: 1, Count: 2}, ""},
		{Sharding{Auto: true}, ""},
		{Sharding{ID: 2, Count: 2}, "out of range"},
		{Sharding{ID: 1}, "needs a shard count"},
		{Sharding{ID: -1, Count: 2}, "negative"},
	}
	for _, tt := range tests {
		err := tt.s.Validate()
		if (tt.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%+v: got %v, want %q", tt.s, err, tt.want)
		}
	}
}
