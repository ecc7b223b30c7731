package fuzzy

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wiśniewski", "wisniewski"},
		{"Zelenskiy’s", "zelenskiy's"},
		{"ŁÓDŹ", "lodz"},
		{"Straße", "strasse"},
		{"Ærø", "aero"},
		{"Ștefan Țiriac", "stefan tiriac"},
		{"“quoted” – dash", `"quoted" - dash`},
		{"Ελλάδα", "ελλάδα"},
		{"plain ascii 123", "plain ascii 123"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"witkoff", "witkoff", 0},
		{"witkof", "witkoff", 1},
		{"zelensky", "zelenskiy", 1},
		{"colbrun", "colbourn", 2},
		{"ab", "ba", 1},
		{"", "abc", 3},
		{"putin", "biden", 4},
		{"kitten", "sitting", 3},
		{"śa", "sa", 1},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q): got %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := Words("Trump’s full-scale war, “Wiśniewski” said U.S. officials.")
	want := []string{"trump", "full-scale", "war", "wisniewski", "said", "u.s", "officials"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestFoldMarks(t *testing.T) {
	for in, want := range map[string]string{"Trần": "tran", "Nguyễn Thị": "nguyen thi", "Ŵyn": "wyn", "Jose\u0301": "jose"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q): got %q, want %q", in, got, want)
		}
	}
}
