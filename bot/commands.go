package bot

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// command is one slash command: its definition and its handlers. Each
// lives in its own cmd_*.go file.
type command struct {
	def *discordgo.ApplicationCommand
	run func(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData)
	// complete answers autocomplete requests; nil for none.
	complete func(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData)
}

func (b *Bot) commandList() []command {
	cmds := []command{b.askCommand(), b.summaryCommand(), b.speakersCommand(), b.quoteCommand(), b.sourceCommand(), b.articleCommand(), b.helpCommand(), b.accessCommand()}
	if b.cfg.Articles != nil {
		cmds = append(cmds, b.loadCommand())
	}
	return cmds
}

// Commands returns the slash commands' definitions, as Run registers them.
func (b *Bot) Commands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range b.cmds {
		out = append(out, c.def)
	}
	return out
}

// register replaces the application's commands with ours in one idempotent
// bulk overwrite: in the configured guild (instant) or globally.
func (b *Bot) register(ctx context.Context) error {
	cmds := b.Commands()
	if _, err := b.ses.ApplicationCommandBulkOverwrite(b.appIDValue(), b.cfg.GuildID, cmds, discordgo.WithContext(ctx)); err != nil {
		where := "globally"
		if b.cfg.GuildID != "" {
			where = "in guild " + b.cfg.GuildID + " (is the bot in it, invited with the applications.commands scope?)"
		}
		return fmt.Errorf("register slash commands %s: %w", where, err)
	}
	scope := "global (may take a while to appear)"
	if b.cfg.GuildID != "" {
		scope = "guild " + b.cfg.GuildID
	}
	b.log.Info("registered slash commands", "count", len(cmds), "scope", scope)
	return nil
}

// onInteraction routes an interaction. It recovers from panics, so one bad
// interaction never stops the bot.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	b.enter()
	defer b.leave()
	x := b.newExchange(ic.Interaction)
	defer x.release()
	defer func() {
		if recovered(b.log, recover(), "interaction", "interaction", ic.ID, "user", x.userID()) {
			x.apologise()
		}
	}()
	ctx := context.Background()
	switch ic.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data := ic.ApplicationCommandData()
		b.log.Debug("interaction", "type", ic.Type.String(), "command", data.Name, "interaction", ic.ID,
			"user", x.userID(), "channel", ic.ChannelID)
		var cmd *command
		for i := range b.cmds {
			if b.cmds[i].def.Name == data.Name {
				cmd = &b.cmds[i]
				break
			}
		}
		switch {
		case cmd != nil && !b.admitted(ctx, x, ic.Type):
		case ic.Type == discordgo.InteractionApplicationCommandAutocomplete && cmd != nil && cmd.complete != nil:
			cmd.complete(ctx, x, data)
		case ic.Type == discordgo.InteractionApplicationCommandAutocomplete:
			b.respondErr(x, x.callback(ctx, discordgo.InteractionApplicationCommandAutocompleteResult, choicesData(nil)))
		case cmd == nil:
			b.respondErr(x, x.reply(ctx, msgUnknownCmd, true))
		default:
			cmd.run(ctx, x, data)
		}
	case discordgo.InteractionMessageComponent:
		b.onButton(ctx, x, ic.MessageComponentData())
	}
}

// admitted applies the access rules to a command's user, answering a
// refusal (privately) itself: an autocomplete gets no choices.
func (b *Bot) admitted(ctx context.Context, x *exchange, typ discordgo.InteractionType) bool {
	refusal := b.accessRefusal(ctx, askerOf(x), x.dm(), x.bucket)
	switch {
	case refusal == "":
		return true
	case typ == discordgo.InteractionApplicationCommandAutocomplete:
		b.respondErr(x, x.callback(ctx, discordgo.InteractionApplicationCommandAutocompleteResult, choicesData(nil)))
	default:
		if x.in.ApplicationCommandData().Name == "ask" {
			b.metrics.Question(entrySlash, outcomeRefused)
		}
		b.log.Info("command refused by the access rules", "user", x.userID(), "guild", x.in.GuildID)
		b.respondErr(x, x.reply(ctx, refusal, true))
	}
	return false
}

// respondErr logs a failed answer to an interaction.
func (b *Bot) respondErr(x *exchange, err error) {
	if err != nil {
		b.log.Warn("could not answer an interaction", "interaction", x.in.ID, "err", err)
	}
}

// option returns the named option, or nil.
func option(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) *discordgo.ApplicationCommandInteractionDataOption {
	for _, o := range opts {
		if o != nil && o.Name == name {
			return o
		}
	}
	return nil
}

// optString returns a string option's value, or "" when it is absent or
// not a string; discordgo's StringValue panics on a type mismatch.
func optString(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	if o := option(opts, name); o != nil {
		s, _ := o.Value.(string)
		return s
	}
	return ""
}

// optInt returns a whole-number option's value; false when it is absent
// or not a whole number.
func optInt(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) (int, bool) {
	o := option(opts, name)
	if o == nil {
		return 0, false
	}
	switch v := o.Value.(type) {
	case float64:
		if v != math.Trunc(v) || math.Abs(v) > 1e9 {
			return 0, false
		}
		return int(v), true
	case string:
		n, err := strconv.Atoi(v)
		return n, err == nil
	}
	return 0, false
}

// choicesData is an autocomplete answer; the list must be present even
// when empty.
func choicesData(choices []*discordgo.ApplicationCommandOptionChoice) any {
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	}{choices}
}
