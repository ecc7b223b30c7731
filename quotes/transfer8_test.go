package quotes

import (
	"reflect"
	"testing"
)

// TestEighthRoundMechanisms covers the kinds of attribution the eighth
// round was told the fifth blind set fails on, each in made-up sentences
// in more than one house style and quotation mark: a relative named only
// by relation, a text read out that someone else wrote, ages and
// affiliations in brackets, a speech verb in the passive inside the
// reported clause, unnamed sources set off by a participle, "one of them"
// after a group, a relative clause after a description, and letters after
// a name set off by commas.
func TestEighthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a relative named only by relation speaks as that description, not as the person it relates to",
			[]string{
				"Marta Kowal, 19, died in the crash. The victim's mother said she had “lost the light of the house”.",
				"Asked about the ruling, the boy's grandmother said: «We will appeal.»",
				"‘We want answers,’ the driver's widow told reporters outside the inquest.",
			},
			[]string{"the victim's mother: lost the light of the house", "the boy's grandmother: We will appeal.", "the driver's widow: We want answers"}},
		{"a name set off after a possessive pronoun and a relation speaks",
			[]string{
				"Anna Lee won the race. “She trained every day,” her coach, Tom Berg, said.",
				"Ravi Shah worked nights for 30 years. 'He never missed a shift,' his foreman, Dev Patel, said.",
			},
			[]string{"Tom Berg: She trained every day", "Dev Patel: He never missed a shift"}},
		{"a text read out is its writer's, named after 'written by', not its reader's",
			[]string{
				"The prosecutor, Ann Dale, read a statement written by Ewan's father, Rory Baird. It reads, in part: “Every morning I set a place for him.”",
				"Inspector Joan Reyes read out a letter written by the girl's mother. It reads: ‘She was the kindest of us.’",
			},
			[]string{"Rory Baird: Every morning I set a place for him.", "the girl's mother: She was the kindest of us."}},
		{"an age or an affiliation in brackets after a name",
			[]string{
				"Ewan Baird was 17. His mother, Carol Baird, sat beside her husband. Ms Baird (52) said afterwards that the family would “keep going, somehow”.",
				"Sen. Ana Ruiz (D-Ohio) said the bill was \"dead on arrival\".",
			},
			[]string{"Carol Baird: keep going, somehow", "Ana Ruiz: dead on arrival"}},
		{"a speech verb in the passive inside the reported clause is not the attribution",
			[]string{
				"A former employee of the mill said staff had been told to “keep quiet and keep cutting”.",
				"Tom Reed, the depot's manager, spoke to the drivers on Monday. They were warned by Reed to «stay off the bypass until it is resurfaced».",
			},
			[]string{"a former employee of the mill: keep quiet and keep cutting", "Tom Reed: stay off the bypass until it is resurfaced"}},
		{"an unnamed source set off by a participle, with an organisation's name before its noun",
			[]string{
				"A senior Labour Party figure, speaking on condition of anonymity, said the party had ‘walked into a trap of its own making’.",
				"A longtime Harmon Steel veteran, speaking after the vote, said the deal was “the best we could get”.",
			},
			[]string{"a senior Labour Party figure: walked into a trap of its own making", "a longtime Harmon Steel veteran: the best we could get"}},
		{"'one of them' after a group that spoke is one member of it",
			[]string{
				"Two people familiar with the talks said the deal was close. One of them, who asked not to be named, said: “It is done bar the signing.”",
				"Several officials at the ministry said the plan was dead. One of them said it was ‘beyond saving’.",
			},
			[]string{"a person familiar with the talks: It is done bar the signing.", "an official at the ministry: beyond saving"}},
		{"a relative clause after a description set off after a name",
			[]string{
				"Among the guests was Hana Sato, a retired nurse and the bride's aunt, who said she had known the couple ‘since they were in the cradle’.",
				"The loudest voice belonged to Piet Botha, a farmer and former councillor, who said the dam was «a monument to bad advice».",
			},
			[]string{"Hana Sato: since they were in the cradle", "Piet Botha: a monument to bad advice"}},
		{"letters after a name set off by commas are the name's",
			[]string{
				"Sir Roland Ekwueme KC, MBE said the ruling was “narrow but right”.",
				"Dr Aaron Moss, PhD, a geologist, said the cliff was 'falling faster than anyone modelled'.",
			},
			[]string{"Roland Ekwueme: narrow but right", "Aaron Moss: falling faster than anyone modelled"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, s := range ix.Speakers() {
				if s.Name == "MBE" || s.Name == "PhD" {
					t.Errorf("letters after a name became a speaker: %q", s.Name)
				}
			}
		})
	}
}
