package fakediscord

import "testing"

func TestAllowedMentionsNone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"empty parse", `{"content":"x","allowed_mentions":{"parse":[],"replied_user":false}}`, true},
		{"callback data", `{"type":4,"data":{"content":"x","allowed_mentions":{"parse":[]}}}`, true},
		{"empty lists", `{"allowed_mentions":{"parse":[],"users":[],"roles":[]}}`, true},
		{"absent", `{"content":"x"}`, false},
		{"null parse", `{"allowed_mentions":{"parse":null}}`, false},
		{"users allowed", `{"allowed_mentions":{"parse":["users"]}}`, false},
		{"listed user", `{"allowed_mentions":{"parse":[],"users":["1"]}}`, false},
		{"replied user", `{"allowed_mentions":{"parse":[],"replied_user":true}}`, false},
		{"no body", ``, false},
	}
	for _, tt := range tests {
		if got := AllowedMentionsNone(Request{RawBody: []byte(tt.body)}); got != tt.want {
			t.Errorf("%s: AllowedMentionsNone(%s) = %v, want %v", tt.name, tt.body, got, tt.want)
		}
	}
}
