package fakediscord

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestSlashCommandDeferEditFollowup(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	got := interactions(ses)

	id, token := s.SlashCommand(InteractionSpec{Name: "ask", Options: []Opt{StringOpt("question", "Who won?"), IntOpt("n", 3)}})
	i := receive(t, got)

	data := i.ApplicationCommandData()
	if data.Name != "ask" || data.Options[0].StringValue() != "Who won?" || data.Options[1].IntValue() != 3 {
		t.Fatalf("command data = %+v, want ask(question=\"Who won?\", n=3)", data)
	}
	if i.ID != id || i.Token != token || i.AppID != s.AppID() || i.GuildID != DefaultGuildID || i.ChannelID != DefaultChannelID {
		t.Errorf("interaction = %+v, want id %s token %s in the default guild and channel", i.Interaction, id, token)
	}
	if i.Member == nil || i.Member.User == nil || i.Member.User.ID != DefaultUserID {
		t.Errorf("member = %+v, want user %s", i.Member, DefaultUserID)
	}

	err := ses.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	cb, ok := s.Callback(id)
	if !ok {
		t.Fatal("callback was not recorded")
	}
	var resp discordgo.InteractionResponse
	if err := cb.Decode(&resp); err != nil {
		t.Fatalf("decode callback: %v", err)
	}
	if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || resp.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("callback type %d flags %d, want 5 and %d", resp.Type, resp.Data.Flags, discordgo.MessageFlagsEphemeral)
	}
	sent, _ := s.DispatchedAt(id)
	if cb.Time.Before(sent) {
		t.Errorf("callback at %v is before dispatch at %v", cb.Time, sent)
	}

	answer := "Team A won."
	msg, err := ses.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{
		Content:         &answer,
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
	})
	if err != nil {
		t.Fatalf("InteractionResponseEdit: %v", err)
	}
	if msg.Content != answer || msg.ID == "" {
		t.Errorf("edited message = %+v, want content %q", msg, answer)
	}
	edit := s.WaitForRequest(t, wait, http.MethodPatch, "/webhooks/*/*/messages/@original")
	if !AllowedMentionsNone(edit) {
		t.Errorf("AllowedMentionsNone(edit) = false for body %s", edit.RawBody)
	}
	orig, ok := s.Original(token)
	if !ok || orig.Content != answer || !orig.Ephemeral() || orig.Flags&flagLoading != 0 || orig.Edits != 1 {
		t.Errorf("Original = %+v, want ephemeral %q after one edit, no longer loading", orig, answer)
	}

	fu, err := ses.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "Sources: paragraph 2"})
	if err != nil {
		t.Fatalf("FollowupMessageCreate: %v", err)
	}
	if fu.ID == "" || fu.ID == orig.ID {
		t.Errorf("followup id = %q, want a new id", fu.ID)
	}
	post := s.WaitForRequest(t, wait, http.MethodPost, "/webhooks/*/*")
	if AllowedMentionsNone(post) {
		t.Errorf("AllowedMentionsNone(followup without allowed_mentions) = true, want false")
	}
	if f := s.Followups(token); len(f) != 1 || f[0].Content != "Sources: paragraph 2" {
		t.Errorf("Followups = %+v, want the one followup", f)
	}
	if m := s.Messages(DefaultChannelID); len(m) != 2 {
		t.Errorf("Messages(channel) has %d messages, want the response and the followup", len(m))
	}
}

func TestCallbackRules(t *testing.T) {
	t.Parallel()
	// The rules that do not depend on time run without a deadline, so a
	// loaded machine cannot turn a prompt response into a late one.
	s := New(t, WithInteractionDeadline(0))
	ses, _ := openSession(t, s)
	got := interactions(ses)
	pong := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "hi"},
	}

	s.SlashCommand(InteractionSpec{Name: "ask", Origin: Origin{DM: true}})
	i := receive(t, got)
	if i.User == nil || i.Member != nil || i.GuildID != "" {
		t.Errorf("DM interaction: user %v member %v guild %q, want a user and no guild", i.User, i.Member, i.GuildID)
	}
	if _, err := ses.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{}); err == nil {
		t.Error("editing @original before acknowledging succeeded, want 404 Unknown Webhook")
	}
	if err := ses.InteractionRespond(i.Interaction, pong); err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	err := ses.InteractionRespond(i.Interaction, pong)
	if status, code := restCode(t, err); status != 400 || code != 40060 {
		t.Errorf("second response: got %d/%d, want 400/40060", status, code)
	}

	// A response after the deadline is refused. Sleeping past the deadline
	// is the behaviour under test, not a wait for an event: however late
	// the machine runs, the response comes after it.
	const deadline = 50 * time.Millisecond
	ls := New(t, WithInteractionDeadline(deadline))
	lses, _ := openSession(t, ls)
	lgot := interactions(lses)
	ls.SlashCommand(InteractionSpec{Name: "ask"})
	late := receive(t, lgot)
	time.Sleep(2 * deadline)
	err = lses.InteractionRespond(late.Interaction, pong)
	if status, code := restCode(t, err); status != 404 || code != 10062 {
		t.Errorf("late response: got %d/%d, want 404/10062", status, code)
	}
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	got := interactions(ses)

	id, _ := s.Autocomplete(InteractionSpec{Name: "ask", Options: []Opt{FocusedOpt("question", "who")}})
	i := receive(t, got)
	if i.Type != discordgo.InteractionApplicationCommandAutocomplete {
		t.Fatalf("interaction type = %v, want autocomplete", i.Type)
	}
	if o := i.ApplicationCommandData().Options[0]; !o.Focused || o.StringValue() != "who" {
		t.Errorf("option = %+v, want focused \"who\"", o)
	}
	choices := make([]*discordgo.ApplicationCommandOptionChoice, 26)
	for n := range choices {
		choices[n] = &discordgo.ApplicationCommandOptionChoice{Name: fmt.Sprint("Who ", n), Value: fmt.Sprint(n)}
	}
	err := ses.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if status, _ := restCode(t, err); status != 400 {
		t.Errorf("26 choices: got status %d, want 400", status)
	}
	err = ses.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices[:2]},
	})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	cb, _ := s.Callback(id)
	var resp discordgo.InteractionResponse
	if err := cb.Decode(&resp); err != nil || len(resp.Data.Choices) != 2 {
		t.Errorf("recorded choices = %+v (err %v), want 2", resp.Data, err)
	}
}

func TestButtonClickUpdatesMessage(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	got := interactions(ses)
	sent, err := ses.ChannelMessageSendComplex(DefaultChannelID, &discordgo.MessageSend{
		Content: "Was this helpful?",
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Yes", CustomID: "helpful:yes", Style: discordgo.PrimaryButton},
		}}},
	})
	if err != nil {
		t.Fatalf("ChannelMessageSendComplex: %v", err)
	}
	if len(sent.Components) != 1 {
		t.Errorf("echoed components = %d, want 1", len(sent.Components))
	}

	s.ButtonClick(ComponentSpec{CustomID: "helpful:yes", MessageID: sent.ID})
	i := receive(t, got)
	if d := i.MessageComponentData(); d.CustomID != "helpful:yes" || i.Message == nil || i.Message.ID != sent.ID {
		t.Fatalf("component data %+v on message %+v, want helpful:yes on %s", d, i.Message, sent.ID)
	}
	err = ses.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: "Thanks!"},
	})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	if m, _ := s.Message(sent.ID); m.Content != "Thanks!" || m.Edits != 1 {
		t.Errorf("message after update = %+v, want content \"Thanks!\"", m)
	}
}
