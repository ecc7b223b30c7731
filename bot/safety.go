package bot

import (
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
)

// massMentions defuses @everyone and @here with a zero-width space. Allowed
// mentions already stop the pings; this keeps the text from even looking
// like one, in case a message is ever sent without them.
var massMentions = strings.NewReplacer("@everyone", "@\u200beveryone", "@here", "@\u200bhere")

// sanitize makes text from the article, a user or the model safe to post.
// It is idempotent and never changes the length Discord counts by more than
// one per defused mention.
func sanitize(s string) string { return massMentions.Replace(s) }

// recovered logs a panic with its stack and reports whether there was one.
// Call it as `if recovered(log, recover(), ...)` in a deferred function.
func recovered(log *slog.Logger, p any, what string, attrs ...any) bool {
	if p == nil {
		return false
	}
	log.Error("handler panicked; the bot carries on", append([]any{"handler", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack())}, attrs...)...)
	return true
}

// Sentences users see when something goes wrong. They never carry an error,
// a URL or a stack: those go to the log.
const (
	msgFailed = "Sorry, something went wrong while answering. Please try again in a moment."
	// msgArticleUnavailable: the server's article was dropped from memory
	// and could not be indexed again from the cache.
	msgArticleUnavailable = "This server's article can't be read right now. Please try again in a minute, or ask a server admin to load it again with /load-article."
	msgTooSlow            = "That took too long, so I gave up. Please try again, perhaps with a simpler question."
	msgStopped            = "⏹️ Stopped by the asker."
	msgCutOff             = "I was restarted before I could finish this answer, sorry. Please ask again in a minute."
	msgDraining           = "I'm restarting right now. Please ask again in a minute."
	msgDMsOff             = "I don't answer in direct messages; ask me in a server channel."
	msgOnlyAsker          = "Only the person who asked can stop this answer."
	msgFinished           = "This answer has already finished."
	msgEmpty              = "Ask me a question about the article, for example: What did Witkoff say?"
	msgUnknownCmd         = "I don't know that command; try /help."
	msgExpiredNote        = "This answer took longer than Discord lets me keep a reply open, so it will be posted below as a new message."
)
