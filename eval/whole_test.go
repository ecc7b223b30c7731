package eval

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"articlebot/answer"
	"articlebot/article"
)

func TestScoreWhole(t *testing.T) {
	art, err := article.Parse("t", []byte("Council approves flood wall\n\nThe council voted on Monday to build a flood wall.\n\nThe wall will cost $4 million, the mayor said.\n\nMayor Jane Roe said work starts in April."))
	if err != nil {
		t.Fatal(err)
	}
	cite := func(ps ...int) []answer.Citation {
		var out []answer.Citation
		for i, p := range ps {
			out = append(out, answer.Citation{N: i + 1, Paragraph: p})
		}
		return out
	}
	overview := Question{Question: "tl;dr", Gold: []int{1, 2}, Answerable: true, Kind: KindOverview, Facts: []string{"flood wall", "Monday"}}
	speakers := Question{Question: "Who is quoted?", Gold: []int{4}, Answerable: true, Kind: KindSpeakers, Names: []string{"Jane Roe", "a council official"}}
	headline := Question{Question: "Headline?", Gold: []int{1}, Answerable: true, Kind: KindHeadline}
	people := []Person{{Name: "Jane Roe", Roles: []string{"mayor"}}}
	tests := []struct {
		name string
		out  []Outcome
		want WholeReport // compared field by field below
	}{
		{"all good", []Outcome{
			{overview, answer.Result{Answer: "The council voted on Monday to build a flood wall. [1] It costs $4 million. [2]", Citations: cite(2, 3)}},
			{speakers, answer.Result{Answer: "The article quotes 1 person.\n- Jane Roe (Mayor): said work starts [1]\n- An unnamed source (official): “…” [2]", Citations: cite(4, 3)}},
			{headline, answer.Result{Answer: "The headline is: Council approves flood wall [1]", Citations: cite(1)}},
		}, WholeReport{Questions: 3, Answered: 1, Overviews: 1, LeadCited: 1, LaterCited: 1, Facts: 1, Speakers: 1, NamesFound: 1, RolesRight: 1, Headlines: 1, HeadlineCited: 1}},
		{"abstained, headline only, no facts, no roles", []Outcome{
			{overview, answer.Result{Answer: "Council approves flood wall [1]", Citations: cite(1)}},
			{speakers, answer.Result{Answer: "- Someone else: “…” [1]\n- Jane Roe's neighbour [2]", Citations: cite(4, 3)}},
			{headline, answer.Result{Answer: "The article doesn't say.", Abstained: true, Citations: cite()}},
		}, WholeReport{Questions: 3, Answered: 2.0 / 3, Overviews: 1, LeadCited: 0, LaterCited: 0, Facts: 0.5, Speakers: 1, NamesFound: 0.5, RolesRight: 0, Headlines: 1, HeadlineCited: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreWhole(art, tt.out, people)
			if got == nil {
				t.Fatal("got no report")
			}
			checks := []struct {
				name      string
				got, want float64
			}{
				{"questions", float64(got.Questions), float64(tt.want.Questions)},
				{"answered", got.Answered, tt.want.Answered},
				{"lead cited", got.LeadCited, tt.want.LeadCited},
				{"later cited", got.LaterCited, tt.want.LaterCited},
				{"facts", got.Facts, tt.want.Facts},
				{"names found", got.NamesFound, tt.want.NamesFound},
				{"roles right", got.RolesRight, tt.want.RolesRight},
				{"headline cited", got.HeadlineCited, tt.want.HeadlineCited},
			}
			for _, c := range checks {
				if c.got < c.want-1e-9 || c.got > c.want+1e-9 {
					t.Errorf("%s: got %.3f, want %.3f (misses %v)", c.name, c.got, c.want, got.Misses)
				}
			}
		})
	}
	if ScoreWhole(art, []Outcome{{Question: Question{Kind: "fact"}}}, nil) != nil {
		t.Error("a set without whole-article questions should give no report")
	}
}

func TestLoadPeople(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.jsonl":  {Data: []byte(`{"name": "Jane Roe", "roles": ["mayor"], "quoted": true}` + "\n")},
		"bad.jsonl": {Data: []byte(`{"roles": ["mayor"]}` + "\n")},
	}
	ps, err := LoadPeople(fsys, "ok.jsonl")
	if err != nil || len(ps) != 1 || ps[0].Name != "Jane Roe" || ps[0].Roles[0] != "mayor" || !ps[0].Quoted {
		t.Errorf("got %v, %v", ps, err)
	}
	var fe *FormatError
	if _, err := LoadPeople(fsys, "bad.jsonl"); !errors.As(err, &fe) || fe.Line != 1 {
		t.Errorf("got %v, want a format error on line 1", err)
	}
}

func TestLineNamingAnUnnamedSourceByItsHeadNoun(t *testing.T) {
	answer := "- Lena Brook (harbour master): “…” [1]\n- An unnamed source (a ferry mechanic): “…” [2]\n- An unnamed source (an official): “…” [3]"
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"a ferry mechanic who asked not to be named", true},
		{"a ferry mechanic at the Lowmoor yard", true},
		{"one of two officials familiar with the tender", false}, // "officials" is not on any line
		{"an official close to the board", true},
		{"a porter who declined to be named", false},
		{"a skipper in the harbour", false}, // the last word "harbour" is in "harbour master"
	} {
		if _, got := lineNaming(answer, tt.name); got != tt.want {
			t.Errorf("lineNaming(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLineNamingPrefersTheLineOfTheDescription(t *testing.T) {
	answer := "- Ola Fenn (nurse in charge): “…” [1]\n- An unnamed source (a nurse at another clinic in the valley): “…” [2]"
	line, ok := lineNaming(answer, "a nurse at another clinic who asked not to be named")
	if !ok || !strings.Contains(line, "unnamed") {
		t.Errorf("lineNaming = %q, %v; want the unnamed nurse's line", line, ok)
	}
}
