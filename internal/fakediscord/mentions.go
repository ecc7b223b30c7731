package fakediscord

import "encoding/json"

// AllowedMentionsNone reports whether a request's JSON body carries
// allowed_mentions that allow no pings: parse present as an empty array,
// users and roles absent or empty, and replied_user not true. A missing
// allowed_mentions means Discord's default (pings allowed), so it is false;
// so is "parse": null, which is what a zero MessageAllowedMentions sends:
// use Parse: []discordgo.AllowedMentionType{}. For an interaction callback
// the object sits under data.
func AllowedMentionsNone(req Request) bool {
	var body struct {
		AllowedMentions json.RawMessage `json:"allowed_mentions"`
		Data            *struct {
			AllowedMentions json.RawMessage `json:"allowed_mentions"`
		} `json:"data"`
	}
	if json.Unmarshal(req.RawBody, &body) != nil {
		return false
	}
	raw := body.AllowedMentions
	if raw == nil && body.Data != nil {
		raw = body.Data.AllowedMentions
	}
	var am struct {
		Parse       *[]string `json:"parse"`
		Users       []string  `json:"users"`
		Roles       []string  `json:"roles"`
		RepliedUser bool      `json:"replied_user"`
	}
	if raw == nil || json.Unmarshal(raw, &am) != nil {
		return false
	}
	return am.Parse != nil && len(*am.Parse) == 0 && len(am.Users) == 0 && len(am.Roles) == 0 && !am.RepliedUser
}
