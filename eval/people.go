package eval

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"articlebot/quotes"
)

// Person is one line of a people file: someone the article names, what it
// says they are, whether it quotes them, and ways a user may look them up
// ("the mayor", "Jnae Doe", "Councilmember Kessler").
type Person struct {
	Name    string   `json:"name"`
	Roles   []string `json:"roles"`
	Quoted  bool     `json:"quoted"`
	Lookups []string `json:"lookups"`
}

// LoadPeople reads a people file in JSON lines from fsys (nil for the
// operating system's files).
func LoadPeople(fsys fs.FS, path string) ([]Person, error) {
	var ps []Person
	err := readLines(fsys, path, func(line []byte) error {
		var p Person
		if err := json.Unmarshal(line, &p); err != nil {
			return err
		}
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Errorf("person without a name")
		}
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// PeopleReport scores speaker lookups: each lookup of a person must find
// that person and no one else.
type PeopleReport struct {
	Lookups int     `json:"lookups"`
	Found   int     `json:"found"`
	Rate    float64 `json:"rate"`
	Misses  []Miss  `json:"misses,omitempty"`
}

// Finder is what ScorePeople needs of a quotation index.
type Finder interface {
	Find(query string) quotes.Match
}

// ScorePeople looks every lookup up and counts those that find exactly
// the person they were written for (names compared folded).
func ScorePeople(ix Finder, people []Person) PeopleReport {
	var r PeopleReport
	for _, p := range people {
		for _, l := range p.Lookups {
			r.Lookups++
			m := ix.Find(l)
			var got []string
			for _, s := range m.Speakers {
				got = append(got, s.Name)
			}
			if len(got) == 1 && SameSpeaker(got[0], p.Name) {
				r.Found++
				continue
			}
			why := "found nobody"
			if len(got) > 0 {
				why = "found " + strings.Join(got, ", ")
			}
			r.Misses = append(r.Misses, Miss{Question: l, Kind: "lookup", Why: fmt.Sprintf("%s, want %s", why, p.Name)})
		}
	}
	r.Rate = 1
	if r.Lookups > 0 {
		r.Rate = float64(r.Found) / float64(r.Lookups)
	}
	return r
}
