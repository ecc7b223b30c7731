package main

import (
	"flag"
	"strings"

	"articlebot/bot"
)

// serveAccess holds serve's access flags; a flag that is given replaces its
// environment variable.
type serveAccess struct {
	allowUsers, denyUsers, allowRoles, denyRoles, dmGuilds idList
}

// accessFlags defines the access flags on flags.
func accessFlags(flags *flag.FlagSet) *serveAccess {
	a := &serveAccess{}
	flags.Var(&a.allowUsers, "allow-users", "comma-separated user ids who may ask; with --allow-roles, either suffices (also DISCORD_ALLOW_USERS)")
	flags.Var(&a.denyUsers, "deny-users", "comma-separated user ids who may never ask (also DISCORD_DENY_USERS)")
	flags.Var(&a.allowRoles, "allow-roles", "comma-separated role ids whose members may ask (also DISCORD_ALLOW_ROLES)")
	flags.Var(&a.denyRoles, "deny-roles", "comma-separated role ids whose members may never ask (also DISCORD_DENY_ROLES)")
	flags.Var(&a.dmGuilds, "dm-guilds", "comma-separated server ids: answer DMs only from their members (also DISCORD_DM_GUILDS)")
	return a
}

// apply puts the flags that were given over acc.
func (a *serveAccess) apply(acc *bot.Access) {
	for _, f := range []struct {
		flag *idList
		dst  *[]string
	}{
		{&a.allowUsers, &acc.AllowUsers}, {&a.denyUsers, &acc.DenyUsers},
		{&a.allowRoles, &acc.AllowRoles}, {&a.denyRoles, &acc.DenyRoles},
		{&a.dmGuilds, &acc.DMGuilds},
	} {
		if f.flag.set {
			*f.dst = f.flag.ids
		}
	}
}

// idList is a flag holding a comma- or space-separated list of ids.
type idList struct {
	ids []string
	set bool
}

func (l *idList) String() string { return strings.Join(l.ids, ",") }

func (l *idList) Set(v string) error {
	l.ids, l.set = nil, true
	for _, id := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		l.ids = append(l.ids, id)
	}
	return nil
}
