package bot

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// NewSession returns a discordgo session for a bot token (with or without
// the "Bot " prefix). REST calls and the gateway websocket both honour
// HTTPS_PROXY, NO_PROXY and the system trust store (SSL_CERT_FILE), as Go's
// defaults do; Run sets the intents.
func NewSession(token string) (*discordgo.Session, error) {
	token = strings.TrimSpace(token)
	if token == "" {
		return nil, errors.New("the bot token is empty")
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	ses, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("new discord session: %w", err)
	}
	ses.Client = &http.Client{
		Timeout:   20 * time.Second,
		Transport: http.DefaultTransport.(*http.Transport).Clone(), // Proxy: http.ProxyFromEnvironment
	}
	ses.Dialer = &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 45 * time.Second,
	}
	ses.Debug = false
	ses.LogLevel = discordgo.LogError
	return ses, nil
}

// intents are the gateway intents the bot needs: guilds (threads), guild
// and direct messages, and optionally the privileged Message Content.
func intents(messageContent bool) discordgo.Intent {
	i := discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages
	if messageContent {
		i |= discordgo.IntentMessageContent
	}
	return i
}

// openError says what to do when the gateway refuses the bot.
func openError(err error) error {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004:
			return fmt.Errorf("discord refused the bot token (gateway close 4004): reset it under Bot in the developer portal and set DISCORD_TOKEN to the new one: %w", err)
		case 4014:
			return fmt.Errorf("discord refused the Message Content intent (gateway close 4014): enable it under Bot > Privileged Gateway Intents, or unset DISCORD_MESSAGE_CONTENT: %w", err)
		case 4013:
			return fmt.Errorf("discord refused the gateway intents (close 4013): %w", err)
		}
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return fmt.Errorf("discord refused the bot token (401): check DISCORD_TOKEN: %w", err)
	}
	return fmt.Errorf("connect to discord: %w", err)
}

// Sessions returns a maker of sessions for the token, one per shard, for
// NewShards.
func Sessions(token string) func() (*discordgo.Session, error) {
	return func() (*discordgo.Session, error) { return NewSession(token) }
}

// bareToken strips the "Bot " prefix, so logs are scrubbed of either form.
func bareToken(tok string) string {
	if len(tok) > 4 && tok[:4] == "Bot " {
		return tok[4:]
	}
	return tok
}
