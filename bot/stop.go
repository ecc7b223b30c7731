package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// stopPrefix starts the custom id of a Stop button; the rest is the key of
// the running answer.
const stopPrefix = "stop:"

// stopButton is the row with the Stop button of a streaming answer.
func stopButton(key string) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Stop", Style: discordgo.DangerButton, CustomID: stopPrefix + key},
	}}}
}

// onButton handles a click on a Stop button: the asker's click cancels the
// answer (whose message then says so); anyone else is told, privately,
// that only the asker can stop it.
func (b *Bot) onButton(ctx context.Context, x *exchange, data discordgo.MessageComponentInteractionData) {
	key, ok := strings.CutPrefix(data.CustomID, stopPrefix)
	if !ok {
		b.respondErr(x, x.reply(ctx, msgFinished, true))
		return
	}
	r, running := b.running.get(key)
	switch {
	case !running:
		b.respondErr(x, x.reply(ctx, msgFinished, true))
	case r.asker != x.userID():
		b.respondErr(x, x.reply(ctx, msgOnlyAsker, true))
	default:
		b.log.Debug("stop pressed", "user", r.asker, "answer", key)
		r.cancel(errStopped)
		// Acknowledge without changing the message: the answer's own last
		// edit replaces it with the "stopped" line.
		b.respondErr(x, x.callback(ctx, discordgo.InteractionResponseDeferredMessageUpdate, nil))
	}
}
