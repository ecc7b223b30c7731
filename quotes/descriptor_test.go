package quotes

import (
	"reflect"
	"testing"
)

// TestDescriptorBeforeName covers a capitalised job word the lexicon does
// not list before a name: the article's own lower-case use of the word as
// a noun makes it a role, and a word that is a name anywhere in the
// article stays in the name. None of these job words is in lexicon's role
// list.
func TestDescriptorBeforeName(t *testing.T) {
	tests := []struct {
		name      string
		lines     []string
		wantSaid  []string
		wantName  string
		wantRoles []string
	}{
		{"a descriptor opening the sentence",
			[]string{"Curator Aisha Bello opened the show on Friday.", "“It took six years,” Bello said.", "The museum’s curator has worked there since 2010."},
			[]string{"Aisha Bello: It took six years"}, "Aisha Bello", []string{"Curator"}},
		{"a descriptor inside the sentence, used with an adjective elsewhere",
			[]string{"The dog was treated by Veterinarian Aisha Bello.", "“It will walk again,” Bello said.", "A local veterinarian must sign the form."},
			[]string{"Aisha Bello: It will walk again"}, "Aisha Bello", []string{"Veterinarian"}},
		{"a descriptor with no noun use elsewhere that WordNet knows as a job",
			[]string{"Shepherd Aisha Bello keeps 200 sheep.", "“The winter was hard,” Bello said."},
			[]string{"Aisha Bello: The winter was hard"}, "Aisha Bello", []string{"Shepherd"}},
		{"a descriptor with no noun use elsewhere that WordNet knows as a name too stays",
			[]string{"Carter Aisha Bello keeps 200 sheep.", "“The winter was hard,” Bello said."},
			[]string{"Carter Aisha Bello: The winter was hard"}, "Carter Aisha Bello", nil},
		{"a word that is no noun for a person stays",
			[]string{"Heather Anne Bello keeps 200 sheep.", "“The winter was hard,” Bello said."},
			[]string{"Heather Anne Bello: The winter was hard"}, "Heather Anne Bello", nil},
		{"a lower-case use that is not a noun does not count",
			[]string{"Rose Mary Ellis runs the shop.", "“Prices rose,” Ellis said.", "Rents rose too."},
			[]string{"Rose Mary Ellis: Prices rose"}, "Rose Mary Ellis", []string{"head of the shop"}}, // the role is the verb's, not "Rose"
		{"a word that stands alone as a name stays",
			[]string{"Hunter Mary Ellis wrote the book.", "“It was wild,” Ellis said.", "A hunter found the car.", "Hunter was 30 then."},
			[]string{"Hunter Mary Ellis: It was wild"}, "Hunter Mary Ellis", nil},
		{"an initial after the word keeps the name whole",
			[]string{"Hunter S. Thompson wrote the book.", "“It was wild,” Thompson said.", "A hunter found the car."},
			[]string{"Hunter S. Thompson: It was wild"}, "Hunter S. Thompson", nil},
		{"two name words must remain",
			[]string{"Shepherd Bello keeps 200 sheep.", "“The winter was hard,” Bello said.", "The shepherd sold half the flock."},
			[]string{"Shepherd Bello: The winter was hard"}, "Shepherd Bello", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			if got := said(ix); !reflect.DeepEqual(got, tt.wantSaid) {
				t.Errorf("said: got %q, want %q", got, tt.wantSaid)
			}
			sp, ok := ix.Lookup(tt.wantName)
			if !ok {
				t.Fatalf("Lookup(%q): not found; speakers %v", tt.wantName, ix.Speakers())
			}
			if got := sp.Roles; !reflect.DeepEqual(got, tt.wantRoles) {
				t.Errorf("roles of %s: got %q, want %q", sp.Name, got, tt.wantRoles)
			}
		})
	}
}
