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
	res, found := b.eng.Quote(name)
	if !found {
		b.respondErr(x, x.reply(ctx, renderNotQuoted(res, b.eng.Speakers()), true))
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
	if typed == "" {
		for _, s := range b.eng.Speakers() {
			names = append(names, s.Name)
		}
	} else {
		names = b.eng.SuggestSpeakers(typed, maxChoices)
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
