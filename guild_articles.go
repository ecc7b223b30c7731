package main

import (
	"context"
	"log/slog"
	"path/filepath"

	"articlebot/answer"
	"articlebot/bot"
	"articlebot/shelf"
	"articlebot/webarticle"
)

// guildArticlesFile, in the cache directory, remembers each server's
// article across restarts; the pages themselves are in the page cache
// beside it.
const guildArticlesFile = "guild-articles.json"

// guildArticles gives the bot a shelf of per-server articles.
type guildArticles struct{ s *shelf.Shelf }

var _ bot.Articles = guildArticles{}

// newGuildArticles builds the shelf for serve: eng is the default article,
// and an admin's URL is fetched with the private-address guard on unless
// DISCORD_ALLOW_PRIVATE_URLS is set, then indexed as the command line does.
func newGuildArticles(eng *answer.Engine, cfg config, log *slog.Logger) (guildArticles, error) {
	fetcher := webarticle.New(webarticle.Options{
		CacheDir:   cfg.CacheDir,
		PublicOnly: !cfg.Discord.AllowPrivateURLs,
		Logger:     log,
	})
	load := func(ctx context.Context, url string, cachedOnly bool) (*answer.Engine, error) {
		a, err := fetcher.Load(ctx, url, cachedOnly)
		if err != nil {
			return nil, err
		}
		e, _, err := engineFor(ctx, a, cfg, log, "")
		return e, err
	}
	state := ""
	if cfg.CacheDir != "" {
		state = filepath.Join(cfg.CacheDir, guildArticlesFile)
	}
	s, err := shelf.New(shelf.Options{Default: eng, Load: load, StatePath: state, MaxHeld: cfg.Discord.MaxArticles, Logger: log})
	return guildArticles{s}, err
}

func (g guildArticles) For(ctx context.Context, guild string) (bot.Engine, error) {
	e, err := g.s.For(ctx, guild)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (g guildArticles) Load(ctx context.Context, guild, url string) (bot.Engine, error) {
	e, err := g.s.Load(ctx, guild, url)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (g guildArticles) URL(guild string) string { return g.s.URL(guild) }

// Held counts the default article and the servers' articles in memory, and
// the bytes of their text.
func (g guildArticles) Held() (int, int64) {
	n, text := 1, int64(len(g.s.Default().Article().Text))
	for _, h := range g.s.Held() {
		n++
		text += h.TextBytes
	}
	return n, text
}

func (g guildArticles) MemoryOf(guild string) int64 {
	e, ok := g.s.Holding(guild)
	if !ok {
		return 0
	}
	return e.MemoryBytes()
}
