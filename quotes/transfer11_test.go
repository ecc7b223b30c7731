package quotes

import (
	"reflect"
	"slices"
	"testing"
)

// TestEleventhRoundMechanisms covers kinds of attribution the eleventh
// round found failing on articles nobody tuned on, each in made-up
// sentences.
func TestEleventhRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a time's p.m. before a quotation ends the sentence, so the pronoun after the quotation is the one the sentence named",
			[]string{
				"Warden Colm Ardagh said the hall would close early. \"I regret it,\" Ardagh said in his office.",
				"Tobin Marr said he usually rows until 9 p.m. \"The river is empty then,\" he said.",
			},
			[]string{
				"Colm Ardagh: I regret it",
				"Tobin Marr: The river is empty then",
			}},
		{"a body inside the complement of an unknown person noun does not make the person a body",
			[]string{
				"Rev Ines Calloway, the dean, said the rota would change. “We will manage,” she said.",
				"Odile Fenner, a midwife in the Brackley practice group, said that she feared the rota. “Nights will be thin,” she said.",
			},
			[]string{
				"Ines Calloway: We will manage",
				"Odile Fenner: Nights will be thin",
			}},
		{"a short plural name right after a count is what the sentence counts, not a quotation",
			[]string{
				"The trust has proposed to merge its 30 branches in the county into six “community hubs”, each run by a manager.",
				"The council will open 12 “pocket parks” next year, the plan says.",
				"Odile Fenner said the hubs would be “far too big”.",
			},
			[]string{
				"Odile Fenner: far too big",
			}},
		{"common nouns joined by 'and' after an office's 'of' are one body's fields, not a second body",
			[]string{
				"In a statement, the university's Bureau of Planning and Administration said it “warmly welcomes” the review.",
				"The White House and Kremlin said the talks were “going well”.",
			},
			[]string{
				"Bureau of Planning and Administration: warmly welcomes",
				"Kremlin: going well",
			}},
		{"a standfirst's partial quotation that one later speaker says in full is that speaker's; two speakers saying it leave it to nobody",
			[]string{
				"Council says new bridge will open ‘before the winter’",
				"The council confirmed on Monday that the Marsh Lane bridge would reopen.",
				"‘We have had delays, but the deck will be finished before the winter,’ said Tomas Rydel, the council’s engineer.",
			},
			[]string{
				"Tomas Rydel: before the winter",
				"Tomas Rydel: We have had delays, but the deck will be finished before the winter",
			}},
		{"two speakers saying a standfirst's words leave it to nobody",
			[]string{
				"Council says new bridge will open ‘before the winter’",
				"The council confirmed on Monday that the bridge would reopen.",
				"‘The deck will be finished before the winter,’ said Tomas Rydel, the council’s engineer.",
				"‘We doubt it will open before the winter,’ said Ada Krol, a resident.",
			},
			[]string{
				": before the winter",
				"Tomas Rydel: The deck will be finished before the winter",
				"Ada Krol: We doubt it will open before the winter",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClassYearRole: the description after "Name ’27," is the person's role.
func TestClassYearRole(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Petra Lusk ’25, a chemistry student who tutors at a school in town, said she works late.")
	if sp, ok := ix.Lookup("Petra Lusk"); !ok || !slices.Contains(sp.Roles, "chemistry student") {
		t.Errorf("roles of Petra Lusk: got %q, want %q among them", sp.Roles, "chemistry student")
	}
}

// TestThingNamedBySpeechIsABody: a name ending in two common nouns that
// name no person, set off before a participle's agent, is a body.
func TestThingNamedBySpeechIsABody(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Tarrow Grain Terminal, run by a subsidiary of Calder Freight Group, said in a statement that it had “room to spare” for the extra grain.",
		"Ebb Valley Water Works said it would “look again” at the charges.")
	for _, name := range []string{"Tarrow Grain Terminal", "Ebb Valley Water Works"} {
		if sp, ok := ix.Lookup(name); !ok || sp.Kind != Organisation || sp.Quotes != 1 {
			t.Errorf("%s: got %+v, want an organisation quoted once", name, sp)
		}
	}
}

// TestTitleWithPreposition: a preposition inside a title in title case
// does not make the title's holder its object; the holder speaks.
func TestTitleWithPreposition(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Vice President for Campus Welfare Ines Calloway wrote that her office was “weighing every option” for the hall.",
		"A spokesperson for the Ouse Trust said the plan was “a real shame”.")
	sp, ok := ix.Lookup("Ines Calloway")
	want := []string{sp.Name + ": weighing every option", "a spokesperson for the Ouse Trust: a real shame"}
	if got := said(ix); !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
