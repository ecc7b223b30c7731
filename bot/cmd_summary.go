package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
)

// summaryCommand is /summary [length]: the article in a few cited
// sentences, answered like /ask (streamed when a model writes it).
func (b *Bot) summaryCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "summary",
			Description: "Summarize the article: its lead and main points, each cited",
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "length",
				Description: "short (two sentences) or long (the main points); a few sentences by default",
				Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "short", Value: "short"},
					{Name: "long", Value: "long"},
				},
			}},
		},
		run: func(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData) {
			b.askInteraction(ctx, x, summaryQuestion(optString(data.Options, "length")))
		},
	}
}

// summaryQuestion is the question /summary asks for a length; an unknown
// length gets the default summary.
func summaryQuestion(length string) string {
	switch length {
	case "short":
		return answer.BriefQuestion
	case "long":
		return answer.PointsQuestion
	}
	return answer.SummaryQuestion
}

// speakersCommand is /speakers: who the article quotes, with their roles
// and one cited quotation each.
func (b *Bot) speakersCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "speakers",
			Description: "Who the article quotes, with their roles and one cited quotation each",
		},
		run: func(ctx context.Context, x *exchange, _ discordgo.ApplicationCommandInteractionData) {
			b.askInteraction(ctx, x, answer.SpeakersQuestion)
		},
	}
}
