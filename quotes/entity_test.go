package quotes

import (
	"reflect"
	"testing"
)

// speakerNames returns the names of the speakers of kind k, sorted as
// Speakers sorts them.
func speakerNames(ix *Index, k Kind) []string {
	var out []string
	for _, s := range ix.Speakers() {
		if s.Kind == k {
			out = append(out, s.Name)
		}
	}
	return out
}

func TestCanonicalNames(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		people []string
		orgs   []string
	}{
		{"title dropped", []string{"Ukraine President Volodymyr Zelenskiy spoke on Tuesday."}, []string{"Volodymyr Zelenskiy"}, nil},
		{"role before name", []string{"Trump envoy Steve Witkoff said the talks would start."}, []string{"Steve Witkoff"}, nil},
		{"possessive and adjective", []string{"Germany’s outgoing Chancellor Olaf Scholz spoke in Berlin."}, []string{"Olaf Scholz"}, nil},
		{"abbreviated titles", []string{"Gov. Patricia Lindqvist met Dr. Samuel Achebe at noon."}, []string{"Patricia Lindqvist", "Samuel Achebe"}, nil},
		{"middle initial and later surname", []string{"Council member Raymond T. Okafor voted no.", "Mr. Okafor argued for a delay."}, []string{"Raymond T. Okafor"}, nil},
		{"particles kept", []string{"European Commission President Ursula von der Leyen warned of risks."}, []string{"Ursula von der Leyen"}, []string{"European Commission"}},
		{"organisation drops The", []string{"The White House said talks would begin."}, nil, []string{"White House"}},
		{"organisation with connectors", []string{"Jane Roe, a fellow at the Center for Strategic and International Studies, spoke."}, []string{"Jane Roe"}, []string{"Center for Strategic and International Studies"}},
		{"two organisations joined by and", []string{"The White House and Kremlin officials met."}, nil, []string{"White House", "Kremlin"}},
		{"non-ASCII", []string{"Mayor Elena Wiśniewski said the vote was close.", "Wiśniewski said more later."}, []string{"Elena Wiśniewski"}, nil},
		{"spelling variants merge", []string{"President Volodymyr Zelenskiy spoke.", "President Donald Trump wrote that President Zelenskyy agreed."}, []string{"Donald Trump", "Volodymyr Zelenskiy"}, nil},
		{"different first names stay apart", []string{"Senator Anna Jansen met Senator Peter Janssen."}, []string{"Anna Jansen", "Peter Janssen"}, nil},
		{"surname used alone makes a person", []string{"Vladimir Petrov arrived in the capital.", "Petrov said the talks failed."}, []string{"Vladimir Petrov"}, nil},
		{"acronym organisation", []string{"He said NATO’s expansion was a threat."}, nil, []string{"NATO"}},
		{"places are not speakers", []string{"Troops advanced near Saudi Arabia and the Black Sea on Monday."}, nil, nil},
		{"a speaking country is an organisation", []string{"Ukraine said it would agree. Ukraine wants peace."}, nil, []string{"Ukraine"}},
		{"generic words are not names", []string{"Experts suggested the war would go on. Residents were divided."}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			if got := speakerNames(ix, Person); !reflect.DeepEqual(got, tt.people) {
				t.Errorf("people: got %q, want %q", got, tt.people)
			}
			if got := speakerNames(ix, Organisation); !reflect.DeepEqual(got, tt.orgs) {
				t.Errorf("organisations: got %q, want %q", got, tt.orgs)
			}
		})
	}
}

func TestShippedSpeakers(t *testing.T) {
	_, ix := load(t, "../article.txt")
	byName := map[string]Speaker{}
	for _, s := range ix.Speakers() {
		byName[s.Name] = s
	}
	tests := []struct {
		name    string
		kind    Kind
		first   int
		aliases []string
	}{
		{"Volodymyr Zelenskiy", Person, 10, []string{"Volodymyr Zelenskiy", "Zelenskyy", "Zelenskiy"}},
		{"Donald Trump", Person, 1, []string{"Donald Trump", "Trump"}},
		{"Kristine Berzina", Person, 15, []string{"Kristine Berzina"}},
		{"Emmanuel Macron", Person, 33, []string{"Emmanuel Macron"}},
		{"Ursula von der Leyen", Person, 32, []string{"Ursula von der Leyen"}},
		{"White House", Organisation, 3, []string{"White House"}},
		{"Kremlin", Organisation, 6, []string{"Kremlin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := byName[tt.name]
			if !ok {
				t.Fatalf("got no speaker %q", tt.name)
			}
			if s.Kind != tt.kind || s.First != tt.first || !reflect.DeepEqual(s.Aliases, tt.aliases) {
				t.Errorf("got %v %d %q, want %v %d %q", s.Kind, s.First, s.Aliases, tt.kind, tt.first, tt.aliases)
			}
		})
	}
	all := ix.Speakers()
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Quotes+a.Statements < b.Quotes+b.Statements {
			t.Errorf("speakers out of order: %s before %s", a.Name, b.Name)
		}
	}
	for _, s := range all {
		for _, bad := range []string{"Hannity", "Ingraham", "Experts", "Russia", "Europe", "Saudi Arabia"} {
			if s.Name == bad || s.Name == "The Ingraham Angle" {
				t.Errorf("got speaker %q, want none", s.Name)
			}
		}
	}
}

func TestTitlesInsideNames(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Author Stephen King said the book was done.", []string{"Stephen King"}},
		{"Christian Lindner, a minister, said the budget was tight.", []string{"Christian Lindner"}},
		{"Engineer Laura J. Finch said the bridge was old.", []string{"Laura J. Finch"}},
		{"The President said nothing on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			_, ix := parse(t, tt.line)
			if got := speakerNames(ix, Person); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := speakerNames(ix, Organisation); got != nil {
				t.Errorf("got organisations %q, want none", got)
			}
		})
	}
}
