package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// maxChoices is Discord's limit on autocomplete choices.
const maxChoices = 25

// quoteCommand is /quote speaker: a speaker's verbatim quotations.
func (b *Bot) quoteCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "quote",
			Description: "Show what someone in the article said, word for word, with paragraph numbers",
			Options: []*discordgo.ApplicationCommandOption{{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         "speaker",
				Description:  "A person or organisation the article quotes",
				Required:     true,
				Autocomplete: true,
				MaxLength:    100,
			}},
		},
		run:      b.runQuote,
		complete: b.completeSpeaker,
	}
}

func (b *Bot) runQuote(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData) {
	if refusal := b.gate(ctx, x.in.ChannelID, x.dm(), x.bucket); refusal != "" && refusal != msgDraining {
		b.respondErr(x, x.reply(ctx, refusal, true))
		return
	}
	name := strings.TrimSpace(optString(data.Options, "speaker"))
	eng, err := b.engineFor(ctx, x.in.GuildID)
	if err != nil {
		b.log.Error("server's article unavailable", "guild", x.in.GuildID, "err", err)
		b.respondErr(x, x.reply(ctx, msgArticleUnavailable, true))
		return
	}
	res, found := eng.Quote(name)
	if !found {
		b.respondErr(x, x.reply(ctx, renderNotQuoted(res, eng.Speakers()), true))
		return
	}
	b.respondErr(x, x.reply(ctx, renderQuotes(res), false))
}

// completeSpeaker suggests speakers matching what has been typed, from the
// quotation index: fuzzy, at most 25, answered at once (autocomplete
// cannot be deferred). With nothing typed it offers the most quoted.
func (b *Bot) completeSpeaker(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData) {
	typed := ""
	for _, o := range data.Options {
		if o != nil && o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	typed = strings.TrimSpace(typed)
	var names []string
	eng, err := b.engineFor(ctx, x.in.GuildID)
	switch {
	case err != nil: // no choices; running the command says why
	case typed == "":
		for _, s := range eng.Speakers() {
			names = append(names, s.Name)
		}
	default:
		names = eng.SuggestSpeakers(typed, maxChoices)
	}
	b.respondErr(x, x.callback(ctx, discordgo.InteractionApplicationCommandAutocompleteResult, choicesData(speakerChoices(names))))
}

// speakerChoices makes at most 25 distinct choices with names and values of
// 1 to 100 characters.
func speakerChoices(names []string) []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		n = string([]rune(n)[:min(len([]rune(n)), 100)])
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: n, Value: n})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}
