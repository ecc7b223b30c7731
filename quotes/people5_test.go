package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// TestPeopleByMechanism covers the fifth round's ways of finding people
// on articles nobody tuned on: given names WordNet knows only as jobs,
// surnames with particles, offices in title case with "of", a role with no
// determiner in a relative clause. Every sentence is made up: none comes
// from an eval article.
func TestPeopleByMechanism(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Tanner Joss Whitby, who is chief operating officer of Brackwater Foods, said orders had doubled. “We hired forty people,” Whitby said.",
		"Shepherd Ines Moravec said the lambs came early.",
		"Orla Nic Giolla, the town's archivist, said the papers were safe. “Nothing was lost,” Nic Giolla said.",
		"Jaap van den Broek, a ferry pilot, said the crossing was rough. “The swell was two metres,” van den Broek said.",
		"Commissioner of Parks Delia Forsythe closed the gardens. “Safety first,” Forsythe said.",
		"A notice signed by the Head of Estates, Callum Birt, says repairs start in May.",
		"Mira Santos, who became deputy registrar last year, said the quay was sound.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Tanner Joss Whitby", []string{"Tanner Joss Whitby"}},
		{"Tanner Whitby", []string{"Tanner Joss Whitby"}},
		{"the chief operating officer", []string{"Tanner Joss Whitby"}},
		{"Ines Moravec", []string{"Ines Moravec"}},
		{"the shepherd", []string{"Ines Moravec"}},
		{"Nic Giolla", []string{"Orla Nic Giolla"}},
		{"Giolla", []string{"Orla Nic Giolla"}},
		{"Nic Gilla", []string{"Orla Nic Giolla"}},
		{"van den Broek", []string{"Jaap van den Broek"}},
		{"Van den Broek", []string{"Jaap van den Broek"}},
		{"Broek", []string{"Jaap van den Broek"}},
		{"the Commissioner of Parks", []string{"Delia Forsythe"}},
		{"the parks commissioner", []string{"Delia Forsythe"}},
		{"Commissioner of Parks Delia Forsythe", []string{"Delia Forsythe"}},
		{"the Head of Estates", []string{"Callum Birt"}},
		{"the deputy registrar", []string{"Mira Santos"}},
		{"the registrar", []string{"Mira Santos"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	var names []string
	for _, s := range ix.Speakers() {
		names = append(names, s.Name)
	}
	for _, want := range []string{"Tanner Joss Whitby", "Orla Nic Giolla", "Jaap van den Broek", "Delia Forsythe", "Callum Birt"} {
		if !slices.Contains(names, want) {
			t.Errorf("speakers %q: want %q among them", names, want)
		}
	}
	for _, not := range []string{"Nic Giolla", "van den Broek", "Parks Delia Forsythe", "Joss Whitby"} {
		if slices.Contains(names, not) {
			t.Errorf("speakers %q: %q should be part of a fuller name", names, not)
		}
	}
}

// TestDescribedPeopleByMechanism finds people by what the article says
// they do, by a lead that describes its subject before naming them, by a
// name written apart or with its kind, and by a qualifier the article
// never gives, which finds every candidate rather than a wrong one.
func TestDescribedPeopleByMechanism(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Divers on Monday reached a diver trapped in the Quarry Lake caves since Saturday night, after a rescue that took nine hours.",
		"Lukas Brenner, 31, a welder from Oxbury, had gone in with two friends.",
		"Hanne Voss, who repairs fishing nets on the harbour wall, said the water was cold. “Nobody should dive there,” Voss said.",
		"Pita Maka, who has taught swimming at the lido since 2011, said the lake was too deep.",
		"Ed Cole, who has lost his licence, said nothing.",
		"Volunteers from Harrowgate Cave Rescue, a charity, worked in shifts. Deepline, the cable maker, said it had lent a winch.",
		"Jo Ferris of the Lake Party was elected mayor of Oxbury last week. The outgoing mayor, Sam Tate, thanked the divers.",
		"Council mayor Ann Bright and the town mayor, Rui Gomes, spoke at the quay.",
		"Skelwith Fell Rescue said its volunteers had been out all night.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"the net repairer", []string{"Hanne Voss"}},
		{"the repairer", []string{"Hanne Voss"}},
		{"the swimming teacher", []string{"Pita Maka"}},
		{"the loser", nil},
		{"the trapped diver", []string{"Lukas Brenner"}},
		{"the welder", []string{"Lukas Brenner"}},
		{"Deep Line", []string{"Deepline"}},
		{"the Harrowgate Cave Rescue team", []string{"Harrowgate Cave Rescue"}},
		{"Skelwith Fell Rescue team", []string{"Skelwith Fell Rescue"}},
		{"the new mayor", []string{"Jo Ferris", "Ann Bright", "Rui Gomes"}},
		{"the outgoing mayor", []string{"Sam Tate"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

// TestPeopleArticle looks up everyone a made-up article of the fifth
// round's mechanisms names (testdata/quarry-rescue.*, written in our own
// words after the rules, so it proves no transfer): every lookup in its
// people file must find that person and no one else.
func TestPeopleArticle(t *testing.T) {
	_, ix := load(t, "testdata/quarry-rescue.txt")
	f, err := os.Open("testdata/quarry-rescue.people.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p struct {
			Name    string   `json:"name"`
			Lookups []string `json:"lookups"`
		}
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		for _, l := range p.Lookups {
			if got := findNames(ix, l); !slices.Equal(got, []string{p.Name}) {
				t.Errorf("Find(%q): got %q, want %q", l, got, p.Name)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
