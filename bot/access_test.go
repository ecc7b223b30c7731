package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/internal/fakediscord"
)

// Ids of the access tests.
const (
	roleReaders = "1500000000000000001"
	roleMuted   = "1500000000000000002"
	userAlice   = "1400000000000000501"
	userBob     = "1400000000000000502"
	userCarol   = "1400000000000000503"
)

// TestAccessByRoleAndUser runs /ask under allow and deny lists and checks
// who gets an answer and who a private refusal that says why.
func TestAccessByRoleAndUser(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		access Access
		who    fakediscord.Origin
		refuse string // a part of the refusal, or "" for an answer
	}{
		{"no rules", Access{}, fakediscord.Origin{UserID: userAlice}, ""},
		{"denied user", Access{DenyUsers: []string{userAlice}}, fakediscord.Origin{UserID: userAlice}, "blocked your account"},
		{"other user not denied", Access{DenyUsers: []string{userAlice}}, fakediscord.Origin{UserID: userBob}, ""},
		{"denied role", Access{DenyRoles: []string{roleMuted}}, fakediscord.Origin{UserID: userBob, Roles: []string{roleReaders, roleMuted}}, "<@&" + roleMuted + "> is blocked"},
		{"allowed role", Access{AllowRoles: []string{roleReaders}}, fakediscord.Origin{UserID: userBob, Roles: []string{roleReaders}}, ""},
		{"missing allowed role", Access{AllowRoles: []string{roleReaders}}, fakediscord.Origin{UserID: userCarol}, "only members with the role <@&" + roleReaders + ">"},
		{"allowed user without the role", Access{AllowRoles: []string{roleReaders}, AllowUsers: []string{userCarol}}, fakediscord.Origin{UserID: userCarol}, ""},
		{"user not on the allow list", Access{AllowUsers: []string{userAlice}}, fakediscord.Origin{UserID: userBob}, "not among them"},
		{"deny beats allow", Access{AllowRoles: []string{roleReaders}, DenyUsers: []string{userBob}}, fakediscord.Origin{UserID: userBob, Roles: []string{roleReaders}}, "blocked your account"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, offline(t), Config{Access: tt.access, EditInterval: 20 * time.Millisecond})
			id, token := h.ask("What did Witkoff say?", tt.who)
			typ, data := h.callbackReply(id)
			if tt.refuse == "" {
				if typ != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
					t.Fatalf("callback type %d (%v), want a deferred answer", typ, data)
				}
				if got := h.final(token).Content; !strings.Contains(got, "¶") {
					t.Errorf("answer = %q, want a cited answer", got)
				}
				return
			}
			flags, _ := data["flags"].(float64)
			got, _ := data["content"].(string)
			if typ != int(discordgo.InteractionResponseChannelMessageWithSource) || int(flags)&int(discordgo.MessageFlagsEphemeral) == 0 {
				t.Fatalf("callback type %d flags %v, want an ephemeral message", typ, flags)
			}
			if !strings.Contains(got, tt.refuse) {
				t.Errorf("refusal = %q, want it to say %q", got, tt.refuse)
			}
			assertNoPings(t, h.dc.Requests())
		})
	}
}

// TestAccessMentionDeniedRole refuses a question asked by mention with a
// short reply, because the message carries the asker's roles.
func TestAccessMentionDeniedRole(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{Access: Access{DenyRoles: []string{roleMuted}}})
	qid := h.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true,
		Origin: fakediscord.Origin{UserID: userBob, Roles: []string{roleMuted}}})
	var reply fakediscord.Message
	h.waitUntil(func() bool {
		for _, m := range h.dc.Messages(fakediscord.DefaultChannelID) {
			if m.ReplyTo == qid {
				reply = m
				return true
			}
		}
		return false
	}, "a refusal")
	if !strings.Contains(reply.Content, "is blocked here") || strings.Contains(reply.Content, "¶") {
		t.Errorf("reply = %q, want a refusal naming the role", reply.Content)
	}
	assertNoPings(t, h.dc.Requests())
}

// TestAccessDMGuilds answers DMs only from members of the DM guilds, and
// applies role rules to their roles there.
func TestAccessDMGuilds(t *testing.T) {
	t.Parallel()
	const guild = "1200000000000000077"
	h := start(t, offline(t), Config{AllowDMs: true, EditInterval: 20 * time.Millisecond,
		Access: Access{DMGuilds: []string{guild}, DenyRoles: []string{roleMuted}}})
	dm := func(user string) (int, map[string]any, string) {
		id, token := h.ask("What did Witkoff say?", fakediscord.Origin{DM: true, UserID: user})
		typ, data := h.callbackReply(id)
		return typ, data, token
	}
	typ, data, _ := dm(userAlice)
	if got, _ := data["content"].(string); typ != 4 || got != msgDMNotMember {
		t.Errorf("non-member: callback %d %q, want %q", typ, got, msgDMNotMember)
	}
	h.dc.AddMember(guild, userBob, roleMuted)
	typ, data, _ = dm(userBob)
	if got, _ := data["content"].(string); typ != 4 || !strings.Contains(got, "blocked") {
		t.Errorf("member with a blocked role: callback %d %q, want a refusal", typ, got)
	}
	h.dc.AddMember(guild, userCarol, roleReaders)
	typ, _, token := dm(userCarol)
	if typ != 5 {
		t.Fatalf("member: callback type %d, want a deferred answer", typ)
	}
	if got := h.final(token).Content; !strings.Contains(got, "¶") {
		t.Errorf("member's answer = %q, want a cited answer", got)
	}
}

// TestAdminCommandNeedsManageServer checks /access: registered for
// managers only, refused to a member without Manage Server even when the
// server shows it to them, answered for a manager.
func TestAdminCommandNeedsManageServer(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{Access: Access{DenyUsers: []string{userAlice}}})
	var def *discordgo.ApplicationCommand
	for _, c := range h.dc.Commands("") {
		if c.Name == "access" {
			def = c
		}
	}
	if def == nil || def.DefaultMemberPermissions == nil || *def.DefaultMemberPermissions != discordgo.PermissionManageGuild {
		t.Fatalf("registered /access = %+v, want default_member_permissions Manage Server", def)
	}
	tests := []struct {
		name string
		o    fakediscord.Origin
		want string
	}{
		{"member", fakediscord.Origin{UserID: userBob}, "Only members with the Manage Server permission"},
		{"manager", fakediscord.Origin{UserID: userCarol, Permissions: "32"}, "Users blocked: <@" + userAlice + ">"},
		{"administrator", fakediscord.Origin{UserID: userCarol, Permissions: "8"}, "Users blocked: <@" + userAlice + ">"},
		{"dm", fakediscord.Origin{UserID: userCarol, DM: true}, "use it in a server"},
	}
	for _, tt := range tests {
		id, _ := h.dc.SlashCommand(fakediscord.InteractionSpec{Origin: tt.o, Name: "access"})
		typ, data := h.callbackReply(id)
		got, _ := data["content"].(string)
		flags, _ := data["flags"].(float64)
		if typ != 4 || int(flags)&int(discordgo.MessageFlagsEphemeral) == 0 || !strings.Contains(got, tt.want) {
			t.Errorf("%s: callback %d flags %v %q, want an ephemeral message with %q", tt.name, typ, flags, got, tt.want)
		}
	}
	assertNoPings(t, h.dc.Requests())
}
