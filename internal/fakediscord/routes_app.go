package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"unicode/utf8"
)

// gatewayURL is what GET /gateway returns; discordgo appends
// "?v=9&encoding=json" (after adding a trailing slash).
func (s *Server) gatewayURL() string {
	return "ws://" + s.srv.Listener.Addr().String() + "/gateway"
}

func (s *Server) getGateway(*http.Request, *call) reply {
	return okJSON(map[string]any{"url": s.gatewayURL()})
}

func (s *Server) getGatewayBot(*http.Request, *call) reply {
	return okJSON(map[string]any{
		"url": s.gatewayURL(), "shards": s.cfg.shards,
		"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": s.cfg.maxConcurrency},
	})
}

func (s *Server) getMe(*http.Request, *call) reply {
	return okJSON(s.botUser())
}

// commandName is Discord's rule for chat command names.
var commandName = regexp.MustCompile(`^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$`)

// putCommands bulk-overwrites commands: PUT /applications/{app}/commands or
// /applications/{app}/guilds/{guild}/commands. It echoes the commands with
// ids, which stay the same across overwrites for the same name.
func (s *Server) putCommands(r *http.Request, c *call) reply {
	if r.PathValue("app") != s.cfg.appID {
		return apiError(http.StatusForbidden, 50001, "Missing Access")
	}
	var cmds []map[string]any
	if err := json.Unmarshal(c.raw, &cmds); err != nil {
		return apiError(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
	}
	if len(cmds) > 100 {
		return formError("_root", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
	}
	guild := r.PathValue("guild")
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	for i, cmd := range cmds {
		if rp, bad := checkCommand(i, cmd, seen); bad {
			return rp
		}
	}
	version := s.newID()
	for _, cmd := range cmds {
		key := guild + "/" + str(cmd["name"])
		if s.commandIDs[key] == "" {
			s.commandIDs[key] = s.newID()
		}
		cmd["id"] = s.commandIDs[key]
		cmd["application_id"] = s.cfg.appID
		cmd["version"] = version
		if guild != "" {
			cmd["guild_id"] = guild
		}
		if num(cmd["type"]) == 0 {
			cmd["type"] = 1
		}
		if cmd["options"] == nil {
			cmd["options"] = []any{}
		}
	}
	raw, err := json.Marshal(cmds)
	if err != nil {
		return apiError(http.StatusInternalServerError, 0, err.Error())
	}
	s.commands[guild] = raw
	return okJSON(cmds)
}

// getCommands lists the commands of the last bulk overwrite: GET
// /applications/{app}/commands or /applications/{app}/guilds/{guild}/commands.
func (s *Server) getCommands(r *http.Request, _ *call) reply {
	if r.PathValue("app") != s.cfg.appID {
		return apiError(http.StatusForbidden, 50001, "Missing Access")
	}
	s.mu.Lock()
	raw := s.commands[r.PathValue("guild")]
	s.mu.Unlock()
	if raw == nil {
		return okJSON([]any{})
	}
	return okJSON(json.RawMessage(raw))
}

// checkCommand applies Discord's basic rules to one command: a valid, unique
// name, and a description of 1 to 100 characters for chat commands.
func checkCommand(i int, cmd map[string]any, seen map[string]bool) (reply, bool) {
	name := str(cmd["name"])
	chat := num(cmd["type"]) <= 1
	if chat && !commandName.MatchString(name) {
		return formError(fmt.Sprintf("%d.name", i), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"), true
	}
	if seen[name] {
		return formError(fmt.Sprintf("%d.name", i), "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique"), true
	}
	seen[name] = true
	if n := utf8.RuneCountInString(str(cmd["description"])); chat && (n < 1 || n > 100) {
		return formError(fmt.Sprintf("%d.description", i), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."), true
	}
	if opts, _ := cmd["options"].([]any); len(opts) > 25 {
		return formError(fmt.Sprintf("%d.options", i), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."), true
	}
	return reply{}, false
}
