package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Sharding says which gateway shards this process runs. Discord requires
// sharding past 2,500 servers per connection; each shard then gets the
// events of the servers whose id maps to it ((guild_id >> 22) % count),
// and shard 0 also gets the DMs.
type Sharding struct {
	// ID and Count run one shard of Count in this process; Count 0 or 1
	// runs no sharding at all.
	ID, Count int
	// Auto runs every shard Discord recommends (GET /gateway/bot) in this
	// process, ignoring ID and Count.
	Auto bool
	// IdentifyInterval is how long a rate-limit bucket of identifies waits
	// between two shards (default 5s, Discord's rule).
	IdentifyInterval time.Duration
}

// Validate reports a Sharding that cannot work, in the operator's terms.
func (s Sharding) Validate() error {
	switch {
	case s.Auto:
		return nil
	case s.Count < 0 || s.ID < 0:
		return fmt.Errorf("shard id %d and count %d must not be negative", s.ID, s.Count)
	case s.Count <= 1 && s.ID > 0:
		return fmt.Errorf("shard id %d needs a shard count above it (DISCORD_SHARD_COUNT)", s.ID)
	case s.Count > 1 && s.ID >= s.Count:
		return fmt.Errorf("shard id %d is out of range: with %d shards the ids are 0 to %d", s.ID, s.Count, s.Count-1)
	}
	return nil
}

// Shards runs one Bot per shard over one engine. discordgo has no shard
// manager: this is the small part needed, starting shards no faster than
// Discord's max_concurrency allows and stopping them together.
type Shards struct {
	newSession func() (*discordgo.Session, error)
	eng        Engine
	cfg        Config
	sharding   Sharding
	log        *slog.Logger

	mu   sync.Mutex
	bots []*Bot
}

// NewShards returns the shards of sharding. newSession makes one
// unconnected session for the bot token; it is called once per shard.
func NewShards(newSession func() (*discordgo.Session, error), eng Engine, cfg Config, sharding Sharding, log *slog.Logger) *Shards {
	if sharding.IdentifyInterval <= 0 {
		sharding.IdentifyInterval = 5 * time.Second
	}
	if log == nil {
		log = slog.Default()
	}
	return &Shards{newSession: newSession, eng: eng, cfg: cfg, sharding: sharding, log: log}
}

// Run starts the shards and serves until ctx ends; then every shard stops
// taking questions, running answers get the grace period (the rest are
// told they were cut off), and only then are all gateways closed. A shard
// that fails to start stops the others.
func (s *Shards) Run(ctx context.Context) error {
	if err := s.sharding.Validate(); err != nil {
		return err
	}
	ids, count, concurrency, err := s.plan(ctx)
	if err != nil {
		return err
	}
	s.log.Info("starting shards", "shards", ids, "of", count, "max_concurrency", concurrency)
	var up []*Bot
	defer func() { s.stop(up) }()
	// Shards whose id % max_concurrency differ identify in parallel; each
	// such bucket then waits the interval before its next shard.
	for start := 0; start < len(ids); start += concurrency {
		group := ids[start:min(start+concurrency, len(ids))]
		bots, err := s.startGroup(ctx, group, count)
		up = append(up, bots...)
		if err != nil || ctx.Err() != nil {
			return err
		}
		// Counted from READY, which follows the identify.
		if start+concurrency < len(ids) {
			if err := sleep(ctx, s.sharding.IdentifyInterval); err != nil {
				return nil
			}
		}
	}
	<-ctx.Done()
	return nil
}

// plan returns the shard ids to run, the total count and how many may
// identify at once.
func (s *Shards) plan(ctx context.Context) (ids []int, count, concurrency int, err error) {
	if !s.sharding.Auto {
		count = max(s.sharding.Count, 1)
		return []int{s.sharding.ID}, count, 1, nil
	}
	ses, err := s.newSession()
	if err != nil {
		return nil, 0, 0, err
	}
	gb, err := ses.GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		return nil, 0, 0, fmt.Errorf("ask discord how many shards to run (GET /gateway/bot): %w", openError(err))
	}
	count = max(gb.Shards, 1)
	concurrency = max(gb.SessionStartLimit.MaxConcurrency, 1)
	if gb.SessionStartLimit.Total > 0 && gb.SessionStartLimit.Remaining < count {
		return nil, 0, 0, fmt.Errorf("discord allows %d more session starts now (of %d; resets in %v), fewer than the %d shards needed",
			gb.SessionStartLimit.Remaining, gb.SessionStartLimit.Total, time.Duration(gb.SessionStartLimit.ResetAfter)*time.Millisecond, count)
	}
	for i := range count {
		ids = append(ids, i)
	}
	return ids, count, concurrency, nil
}

// startGroup starts shards in parallel and returns those that came up.
func (s *Shards) startGroup(ctx context.Context, ids []int, count int) ([]*Bot, error) {
	type result struct {
		b   *Bot
		up  bool
		err error
	}
	results := make([]result, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		ses, err := s.newSession()
		if err != nil {
			return nil, err
		}
		if count > 1 {
			ses.ShardID, ses.ShardCount = id, count
		}
		s.shareRateLimiter(ses)
		log := s.log
		if count > 1 {
			log = log.With("shard", id)
		}
		b := New(ses, s.eng, s.cfg, log)
		s.mu.Lock()
		if len(s.bots) > 0 {
			b.shareWith(s.bots[0])
		}
		s.bots = append(s.bots, b)
		s.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			up, err := b.start(ctx)
			if err != nil && count > 1 {
				err = fmt.Errorf("shard %d of %d: %w", id, count, err)
			}
			results[i] = result{b, up, err}
		}()
	}
	wg.Wait()
	var bots []*Bot
	var errs []error
	for _, r := range results {
		if r.up {
			bots = append(bots, r.b)
		}
		if r.err != nil {
			errs = append(errs, r.err)
		}
	}
	return bots, errors.Join(errs...)
}

// shareRateLimiter gives every shard the first shard's REST rate limiter,
// since Discord's REST limits are per bot, not per connection.
func (s *Shards) shareRateLimiter(ses *discordgo.Session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.bots) > 0 {
		ses.Ratelimiter = s.bots[0].ses.Ratelimiter
	}
}

// shareWith makes b use first's per-process state, so the limits hold for
// the process, not per shard: the per-user rate limit, the model-call
// queue (DISCORD_MAX_CONCURRENT counts across shards), and the caches.
func (b *Bot) shareWith(first *Bot) {
	b.limits, b.llm = first.limits, first.llm
	b.turns, b.channels, b.members = first.turns, first.channels, first.members
}

// stop drains every shard at once, then closes every gateway.
func (s *Shards) stop(bots []*Bot) {
	var wg sync.WaitGroup
	for _, b := range bots {
		wg.Add(1)
		go func() { defer wg.Done(); b.drain() }()
	}
	wg.Wait()
	for _, b := range bots {
		wg.Add(1)
		go func() { defer wg.Done(); b.close() }()
	}
	wg.Wait()
}

// Bots returns the shards' bots started so far.
func (s *Shards) Bots() []*Bot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Bot(nil), s.bots...)
}

// Healthy returns nil while every shard is connected and the engine is
// loaded.
func (s *Shards) Healthy() error {
	bots := s.Bots()
	if len(bots) == 0 {
		return errors.New("no shard started yet")
	}
	for _, b := range bots {
		if err := b.Healthy(); err != nil {
			return fmt.Errorf("shard %d: %w", b.ses.ShardID, err)
		}
	}
	return nil
}

// Articles reports the articles held, which the shards share.
func (s *Shards) Articles() (int, int64) {
	if bots := s.Bots(); len(bots) > 0 {
		return bots[0].Articles()
	}
	return 0, 0
}
