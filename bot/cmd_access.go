package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// accessCommand is /access, an admin command: who may ask the bot, and
// where, as its operator configured it, so a server's managers can tell
// why someone is refused.
func (b *Bot) accessCommand() command {
	return command{
		def: adminOnly(&discordgo.ApplicationCommand{
			Name:        "access",
			Description: "Server managers: who may ask me and where, as the bot's operator set it",
		}),
		run: func(ctx context.Context, x *exchange, _ discordgo.ApplicationCommandInteractionData) {
			if !b.requireAdmin(ctx, x, "access") {
				return
			}
			b.respondErr(x, x.reply(ctx, renderAccess(b.cfg), true))
		},
	}
}

// renderAccess describes the channel, DM, user and role rules.
func renderAccess(cfg Config) string {
	var s strings.Builder
	s.WriteString("**Who may ask me**\n")
	s.WriteString("Channels: " + orText(mentionList(cfg.Channels, "<#", ">"), "every channel I can see") + "\n")
	switch {
	case !cfg.AllowDMs:
		s.WriteString("Direct messages: off\n")
	case len(cfg.Access.DMGuilds) > 0:
		s.WriteString("Direct messages: from members of " + strings.Join(cfg.Access.DMGuilds, ", ") + "\n")
	default:
		s.WriteString("Direct messages: from anyone\n")
	}
	s.WriteString("Users allowed: " + orText(mentionList(cfg.Access.AllowUsers, "<@", ">"), "everyone") + "\n")
	s.WriteString("Roles allowed: " + orText(mentionList(cfg.Access.AllowRoles, "<@&", ">"), "any") + "\n")
	s.WriteString("Users blocked: " + orText(mentionList(cfg.Access.DenyUsers, "<@", ">"), "none") + "\n")
	s.WriteString("Roles blocked: " + orText(mentionList(cfg.Access.DenyRoles, "<@&", ">"), "none") + "\n")
	s.WriteString("-# A block beats an allow. The bot's operator sets these (DISCORD_ALLOW_USERS, DISCORD_DENY_ROLES, …).")
	return s.String()
}

// mentionList renders ids as mentions, which display names but, like every
// message the bot sends, ping nobody; long lists are cut.
func mentionList(ids []string, open, close string) string {
	const most = 20
	var out []string
	for _, id := range ids[:min(len(ids), most)] {
		out = append(out, open+id+close)
	}
	s := strings.Join(out, ", ")
	if len(ids) > most {
		s += " and more"
	}
	return s
}

func orText(s, empty string) string {
	if s == "" {
		return empty
	}
	return s
}
