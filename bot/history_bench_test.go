package bot

import (
	"fmt"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// BenchmarkThreadHistory parses a full page of 100 thread messages (50
// questions, 50 answers) into a bounded history, as every follow-up in a
// busy thread does after its one GET.
func BenchmarkThreadHistory(b *testing.B) {
	bot := &Bot{cfg: Config{}.withDefaults(), turns: newTurnCache(2000)}
	bot.botID.Store("9")
	botUser := &discordgo.User{ID: "9", Bot: true}
	var msgs []*discordgo.Message
	now := time.Now()
	for i := range 50 {
		q := &discordgo.Message{ID: fmt.Sprint(2*i + 1), Author: &discordgo.User{ID: "1"}, Content: "<@9> what else did he say about the talks?"}
		a := &discordgo.Message{ID: fmt.Sprint(2*i + 2), Author: botUser, Type: discordgo.MessageTypeReply, ReferencedMessage: q, Timestamp: now,
			Content: "Witkoff said the talks were productive [1] and would go on in Jeddah [2].\n\n**Sources**\n[1] ¶3 — Witkoff said the talks were productive.\n[2] ¶5 — They go on in Jeddah.\n-# check a source with /source paragraph:N"}
		msgs = append([]*discordgo.Message{a, q}, msgs...)
	}
	b.ReportAllocs()
	for b.Loop() {
		var turns []turnAt
		for _, m := range msgs {
			if t, ok := bot.parseTurn(m); ok {
				turns = append(turns, t)
			}
		}
		if h := bot.bound(turns); len(h) != 4 {
			b.Fatalf("got %d turns, want 4", len(h))
		}
	}
}
