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
		{"a relative named only by a pronoun's relation is that person's relative; a relative named after the relation is named",
			[]string{
				"Jamie Hale, 16, drowned at the quarry in June. His father, who asked not to be identified, said: “Fences would have saved him.”",
				"Edna Moss, 88, died at home on Friday. ‘She never once complained,’ her daughter said.",
				"Owen Pryce, 70, retired in May. His wife, Lena Pryce, said he was «already bored».",
			},
			[]string{"Jamie Hale's father: Fences would have saved him.", "Edna Moss's daughter: She never once complained", "Lena Pryce: already bored"}},
		{"a name set off after a possessive pronoun and a relation speaks",
			[]string{
				"Anna Lee won the race. “She trained every day,” her coach, Tom Berg, said.",
				"Ravi Shah worked nights for 30 years. 'He never missed a shift,' his foreman, Dev Patel, said.",
			},
			[]string{"Tom Berg: She trained every day", "Dev Patel: He never missed a shift"}},
		{"a text read out is its writer's, named after 'written by', not its reader's",
			[]string{
				"At the memorial, the head teacher, Ruth Price, read out a poem penned by Lola's brother, Sami Haddad. The poem ends: ‘You were the summer, and the summer went.’",
				"Inspector Joan Reyes read out a letter written by the girl's mother. It begins: «She was the kindest of us.»",
			},
			[]string{"Sami Haddad: You were the summer, and the summer went.", "the girl's mother: She was the kindest of us."}},
		{"an age or an affiliation in brackets after a name",
			[]string{
				"Ada Okoro and her husband, Ben Okoro, sat in the front row. Mrs Okoro (61) told the hearing she had “no wish to see anyone jailed”.",
				"Sen. Ana Ruiz (D-Ohio) said the bill was \"dead on arrival\".",
			},
			[]string{"Ada Okoro: no wish to see anyone jailed", "Ana Ruiz: dead on arrival"}},
		{"a speech verb in the passive inside the reported clause is not the attribution",
			[]string{
				"A night porter at the hospital said porters are told to «leave the trolleys by the lifts» when it is busy.",
				"Tom Reed, the depot's manager, spoke to the drivers on Monday. They were warned by Reed to «stay off the bypass until it is resurfaced».",
			},
			[]string{"a night porter at the hospital: leave the trolleys by the lifts", "Tom Reed: stay off the bypass until it is resurfaced"}},
		{"an unnamed source set off by a participle, with an organisation's name before its noun",
			[]string{
				"A Harbour Board insider, talking after the meeting, said the vote was ‘a stitch-up from start to finish’.",
				"A longtime Harmon Steel veteran, speaking after the vote, said the deal was “the best we could get”.",
			},
			[]string{"a Harbour Board insider: a stitch-up from start to finish", "a longtime Harmon Steel veteran: the best we could get"}},
		{"'one of them' after a group that spoke is one member of it",
			[]string{
				"Three nurses on the night shift said staffing had collapsed. One of them said: “We have not had a full team since June.”",
				"Several officials at the ministry said the plan was dead. One of them said it was ‘beyond saving’.",
			},
			[]string{"a nurse on the night shift: We have not had a full team since June.", "an official at the ministry: beyond saving"}},
		{"'put it' attributes as a verb of saying does; 'one' reads 'a' or 'an' by sound",
			[]string{
				"One longtime dock worker put it more bluntly: “She was the only one who listened.”",
				"\"We were the last to know,\" as one resident put it.",
				"According to one union official, the port has ‘never had a harbourmaster like her’.",
				"One unnamed official called the plan «a fantasy».",
			},
			[]string{"a longtime dock worker: She was the only one who listened.", "a resident: We were the last to know",
				"a union official: never had a harbourmaster like her", "an unnamed official: a fantasy"}},
		{"a relative clause after a description set off after a name",
			[]string{
				"Front and centre stood Hana Sato, the club's oldest member, who said the old stand was ‘where I met my husband’.",
				"The loudest voice belonged to Piet Botha, a farmer and former councillor, who said the dam was «a monument to bad advice».",
			},
			[]string{"Hana Sato: where I met my husband", "Piet Botha: a monument to bad advice"}},
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
