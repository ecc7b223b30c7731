package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Access says who may ask the bot, besides where (Channels and AllowDMs).
// Lists hold Discord ids. A deny always wins over an allow; with either
// allow list set, only the users listed or holding a listed role may ask.
type Access struct {
	AllowUsers, DenyUsers []string
	AllowRoles, DenyRoles []string
	// DMGuilds, when set, answers direct messages only from members of
	// these guilds, and applies the role lists to their roles there (a DM
	// carries no roles). Empty lets anyone write when AllowDMs is on.
	DMGuilds []string
}

// adminPermissions are the permissions an admin command needs: Manage
// Server, which Administrator implies.
const adminPermissions = discordgo.PermissionManageGuild

// adminOnly marks a command definition as an admin command: Discord hides
// it by default from members without Manage Server (server admins can
// change that in the server's settings, so isAdmin checks again on every
// use) and offers it only in servers.
func adminOnly(def *discordgo.ApplicationCommand) *discordgo.ApplicationCommand {
	perm := int64(adminPermissions)
	def.DefaultMemberPermissions = &perm
	def.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return def
}

// isAdmin reports whether the member behind an interaction may use admin
// commands, from the permissions Discord computed for them in that channel.
func isAdmin(in *discordgo.Interaction) bool {
	if in == nil || in.Member == nil || in.GuildID == "" {
		return false
	}
	p := in.Member.Permissions
	return p&discordgo.PermissionAdministrator != 0 || p&adminPermissions == adminPermissions
}

// requireAdmin lets an admin command go on, or tells the user privately why
// it will not and returns false.
func (b *Bot) requireAdmin(ctx context.Context, x *exchange, name string) bool {
	if isAdmin(x.in) {
		return true
	}
	msg := "Only members with the Manage Server permission can use /" + name + "."
	if x.dm() {
		msg = "/" + name + " is a server admin command; use it in a server."
	}
	b.log.Info("admin command refused", "command", name, "user", x.userID(), "guild", x.in.GuildID)
	b.respondErr(x, x.reply(ctx, msg, true))
	return false
}

// Refusals of the access rules.
const (
	msgDeniedUser   = "You can't ask me questions: the bot's operator has blocked your account."
	msgDMNotMember  = "I answer direct messages only from members of the servers I serve. Ask me in a server channel."
	msgDMCheckLater = "I couldn't check your server membership just now. Please try again in a minute."
)

// asker is who asks, as the access rules see them.
type asker struct {
	id    string
	roles []string // in the guild asked in; none in a DM
}

// askerOf is the asker of an interaction.
func askerOf(x *exchange) asker {
	a := asker{id: x.userID()}
	if x.in.Member != nil {
		a.roles = x.in.Member.Roles
	}
	return a
}

// accessRefusal returns a sentence refusing the asker, or "" when the
// access rules let them ask. In a DM with DMGuilds set, their roles are
// read from their membership of those guilds.
func (b *Bot) accessRefusal(ctx context.Context, who asker, dm bool, bucket string) string {
	acc := b.cfg.Access
	if slices.Contains(acc.DenyUsers, who.id) {
		return msgDeniedUser
	}
	if dm && len(acc.DMGuilds) > 0 {
		roles, member, err := b.dmRoles(ctx, who.id, bucket)
		switch {
		case err != nil:
			b.log.Warn("could not check a DM asker's server membership", "user", who.id, "err", err)
			return msgDMCheckLater
		case !member:
			return msgDMNotMember
		}
		who.roles = roles
	}
	for _, r := range who.roles {
		if slices.Contains(acc.DenyRoles, r) {
			return "You can't ask me questions: your role <@&" + r + "> is blocked here."
		}
	}
	if len(acc.AllowUsers) == 0 && len(acc.AllowRoles) == 0 || slices.Contains(acc.AllowUsers, who.id) {
		return ""
	}
	for _, r := range who.roles {
		if slices.Contains(acc.AllowRoles, r) {
			return ""
		}
	}
	if len(acc.AllowRoles) == 0 {
		return "I answer only the people the bot's operator has listed, and you are not among them."
	}
	var roles []string
	for _, r := range acc.AllowRoles[:min(len(acc.AllowRoles), 5)] {
		roles = append(roles, "<@&"+r+">")
	}
	return "I answer only members with the role " + strings.Join(roles, ", ") + "."
}

// dmRoles returns the asker's roles in the DM guilds and whether they are a
// member of any.
func (b *Bot) dmRoles(ctx context.Context, userID, bucket string) (roles []string, member bool, err error) {
	for _, g := range b.cfg.Access.DMGuilds {
		r, ok, err := b.members.lookup(ctx, g, userID, func(ctx context.Context) ([]string, bool, error) {
			return b.fetchMember(ctx, g, userID, bucket)
		})
		if err != nil {
			return nil, false, err
		}
		if ok {
			member = true
			roles = append(roles, r...)
		}
	}
	return roles, member, nil
}

// fetchMember asks Discord for a guild member (no privileged intent
// needed): their roles, or false when they are not a member.
func (b *Bot) fetchMember(ctx context.Context, guildID, userID, bucket string) ([]string, bool, error) {
	raw, err := b.callRetry(ctx, "GET", discordgo.EndpointGuildMember(guildID, userID), nil, bucket)
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusNotFound {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	var m discordgo.Member
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, false, err
	}
	return m.Roles, true, nil
}

// memberCache remembers guild memberships for a while, so a DM
// conversation costs one lookup per guild every few minutes.
type memberCache struct {
	ttl  time.Duration
	size int
	now  func() time.Time

	mu sync.Mutex
	m  map[string]membership
}

type membership struct {
	roles  []string
	member bool
	at     time.Time
}

func newMemberCache(size int, ttl time.Duration) *memberCache {
	return &memberCache{ttl: ttl, size: size, now: time.Now, m: map[string]membership{}}
}

// lookup returns the cached membership or fetches it; errors are not
// cached.
func (c *memberCache) lookup(ctx context.Context, guildID, userID string, fetch func(context.Context) ([]string, bool, error)) ([]string, bool, error) {
	key := guildID + "/" + userID
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if ok && c.now().Sub(e.at) < c.ttl {
		return e.roles, e.member, nil
	}
	roles, member, err := fetch(ctx)
	if err != nil {
		return nil, false, err
	}
	c.mu.Lock()
	if len(c.m) >= c.size {
		clear(c.m) // rare; entries are cheap to look up again
	}
	c.m[key] = membership{roles: roles, member: member, at: c.now()}
	c.mu.Unlock()
	return roles, member, nil
}
