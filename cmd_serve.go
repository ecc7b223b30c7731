package main

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"articlebot/bot"
	"articlebot/metrics"
)

// invitePermissions are the bot permissions the invite URL asks for: View
// Channels, Send Messages, Read Message History, Create Public Threads and
// Send Messages in Threads.
const invitePermissions = "309237713920"

// tokenHelp says where a bot token comes from and how to set the bot up.
const tokenHelp = "serve needs a bot token in DISCORD_TOKEN (in the environment or .env).\n" +
	"  1. Create an application at https://discord.com/developers/applications, open Bot and press Reset Token; put it in DISCORD_TOKEN.\n" +
	"  2. Invite the bot with the bot and applications.commands scopes and the View Channels, Send Messages,\n" +
	"     Read Message History, Create Public Threads and Send Messages in Threads permissions:\n" +
	"     https://discord.com/oauth2/authorize?client_id=YOUR_APPLICATION_ID&scope=bot+applications.commands&permissions=" + invitePermissions + "\n" +
	"  3. No privileged intent is needed. Optionally enable Message Content Intent under Bot and set\n" +
	"     DISCORD_MESSAGE_CONTENT=true: then follow-ups in the bot's threads need no @mention.\n" +
	"  For development set DISCORD_GUILD_ID to your server's id: commands then appear at once."

func runServe(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "serve", "",
		"Runs the Discord bot until interrupted: /ask, /quote, /source, /article, /help,\n"+
			"/load-article (server admins switch their server's article) and\n"+
			"questions asked by @mentioning it, answered with citations. It answers with the\n"+
			"model when OPENAI_BASE_URL and CHAT_MODEL are set, extractively otherwise, as ask\n"+
			"does. DISCORD_TOKEN is required; see .env.example for the other DISCORD_ settings.",
		"DISCORD_TOKEN=... articlebot serve",
		"DISCORD_TOKEN=... DISCORD_GUILD_ID=123 articlebot serve --article story.txt",
		"articlebot serve --skip-register",
		"articlebot serve --shard-id 1 --shard-count 4",
		"METRICS_ADDR=127.0.0.1:9090 articlebot serve --shard-count auto")
	path := articleFlag(flags)
	skip := flags.Bool("skip-register", false, "keep the slash commands registered by an earlier run (also DISCORD_SKIP_REGISTER=true)")
	access := accessFlags(flags)
	shardID := flags.String("shard-id", "", "run this shard, 0 to count-1 (also DISCORD_SHARD_ID)")
	shardCount := flags.String("shard-count", "", "how many shards the bot has, or auto to run every shard Discord recommends in this process (also DISCORD_SHARD_COUNT)")
	metricsAddr := flags.String("metrics-addr", "", "serve /metrics and /healthz on host:port (also METRICS_ADDR)")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: "serve takes no arguments: it reads DISCORD_TOKEN and the other DISCORD_ settings"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	if cfg.Discord.Token == "" {
		return usageError{msg: tokenHelp}
	}
	sharding, err := shardingOf(cfg.Discord, *shardID, *shardCount)
	if err != nil {
		return err
	}
	if *metricsAddr != "" {
		cfg.MetricsAddr = *metricsAddr
	}
	// A server reports its progress: it logs at LOG_LEVEL, info by default,
	// where the one-shot commands stay quiet unless LOG_LEVEL is set.
	logCfg := cfg
	logCfg.LogLevelSet = true
	log := newLogger(std.err, logCfg)
	eng, note, err := newEngine(ctx, *path, std.in, cfg, log, "")
	if err != nil {
		return err
	}
	if note != "" {
		log.Warn(note)
	}
	if _, err := bot.NewSession(cfg.Discord.Token); err != nil {
		return usageError{msg: err.Error() + ": check DISCORD_TOKEN"}
	}
	bc := botConfig(cfg)
	bc.SkipRegister = bc.SkipRegister || *skip
	access.apply(&bc.Access)
	var m *metrics.Metrics
	if cfg.MetricsAddr != "" {
		m = metrics.New()
		bc.Metrics = m
	}
	if bc.Articles, err = newGuildArticles(eng, cfg, log); err != nil {
		return err
	}
	shards := bot.NewShards(bot.Sessions(cfg.Discord.Token), eng, bc, sharding, log)
	log.Info("starting the Discord bot", "article", eng.Article().Title(), "mode", eng.Mode(), "model", bc.Model)
	if m == nil {
		return shards.Run(ctx)
	}
	m.TrackArticles(shards.Articles)
	return runWithMetrics(ctx, shards, m, cfg.MetricsAddr, log)
}

// runWithMetrics runs the shards with the metrics server beside them; if
// the server cannot listen, the bot stops too, so a wrong METRICS_ADDR is
// noticed.
func runWithMetrics(ctx context.Context, shards *bot.Shards, m *metrics.Metrics, addr string, log *slog.Logger) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	merr := make(chan error, 1)
	go func() {
		err := metrics.Serve(ctx, addr, m.Handler(shards.Healthy), log, nil)
		if err != nil {
			cancel()
		}
		merr <- err
	}()
	err := shards.Run(ctx)
	cancel()
	if serr := <-merr; serr != nil && err == nil {
		return serr
	}
	return err
}

// shardingOf reads the shard settings, the flags replacing DISCORD_SHARD_ID
// and DISCORD_SHARD_COUNT.
func shardingOf(d discordConfig, idFlag, countFlag string) (bot.Sharding, error) {
	id, count := d.ShardID, d.ShardCount
	if idFlag != "" {
		id = idFlag
	}
	if countFlag != "" {
		count = countFlag
	}
	var s bot.Sharding
	if strings.EqualFold(count, "auto") {
		if id != "" {
			return s, argError{msg: "--shard-count auto runs every shard in this process: leave out --shard-id (DISCORD_SHARD_ID)"}
		}
		s.Auto = true
		return s, nil
	}
	for _, f := range []struct {
		name, v string
		dst     *int
	}{{"shard id (--shard-id, DISCORD_SHARD_ID)", id, &s.ID}, {"shard count (--shard-count, DISCORD_SHARD_COUNT)", count, &s.Count}} {
		if f.v == "" {
			continue
		}
		n, err := strconv.Atoi(f.v)
		if err != nil {
			return s, argError{msg: fmt.Sprintf("the %s %q is not a whole number", f.name, f.v)}
		}
		*f.dst = n
	}
	if err := s.Validate(); err != nil {
		return s, argError{msg: err.Error()}
	}
	return s, nil
}

// botConfig maps the configuration onto the bot's settings.
func botConfig(cfg config) bot.Config {
	d := cfg.Discord
	bc := bot.Config{
		GuildID:        d.GuildID,
		SkipRegister:   d.SkipRegister,
		Channels:       d.Channels,
		AllowDMs:       d.AllowDMs,
		MessageContent: d.MessageContent,
		MaxQuestion:    d.MaxQuestion,
		PerMinute:      d.PerMinute,
		Concurrency:    d.Concurrency,
		Access: bot.Access{
			AllowUsers: d.AllowUsers, DenyUsers: d.DenyUsers,
			AllowRoles: d.AllowRoles, DenyRoles: d.DenyRoles,
			DMGuilds: d.DMGuilds,
		},
	}
	if cfg.llmEnabled() {
		bc.Model = cfg.ChatModel
	}
	return bc
}
