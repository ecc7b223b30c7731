package fakediscord

import (
	"net/http"
	"slices"
)

// member is a user's membership of a guild.
type member struct {
	name  string
	roles []string
}

// AddMember makes a user a member of a guild with these roles, replacing
// any earlier membership. Users who act in a guild through an Origin are
// members already.
func (s *Server) AddMember(guildID, userID string, roles ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[guildID+"/"+userID] = &member{name: DefaultUsername, roles: slices.Clone(roles)}
}

// RemoveMember ends a user's membership of a guild.
func (s *Server) RemoveMember(guildID, userID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.members, guildID+"/"+userID)
}

// getMember answers GET /guilds/{gid}/members/{uid}, which needs no
// privileged intent: the member with their roles, or 404 Unknown Member.
func (s *Server) getMember(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	uid := r.PathValue("uid")
	m := s.members[r.PathValue("gid")+"/"+uid]
	if m == nil {
		return apiError(http.StatusNotFound, 10007, "Unknown Member")
	}
	return okJSON(memberJSON(userJSON(uid, m.name), m.roles, ""))
}
