package quotes

import (
	"reflect"
	"testing"
)

// TestConstructionsMore covers variants of the constructions of
// TestConstructions: inverted present tense, a role before the name after
// the quotation, the comma outside the mark, a statement as the subject.
func TestConstructionsMore(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"says Dr X, who", []string{"“Sleep is the cheapest medicine,” says Dr. Mei Lin, who runs the clinic."}, []string{"Mei Lin: Sleep is the cheapest medicine"}},
		{"role, name, said after quote", []string{"“We will hire again,” the company’s chief executive, Ana Ruiz, said."}, []string{"Ana Ruiz: We will hire again"}},
		{"a person's spokesman", []string{"Tom Harlow cancelled the tour.", "“He needs rest,” Harlow’s spokesman said."}, []string{"Harlow's spokesman: He needs rest"}},
		{"one of a group, named, after the quote", []string{"The flood reached the square.", "“I lost everything,” one resident, Maria Lopez, said."}, []string{"Maria Lopez: I lost everything"}},
		{"according to someone's lawyer, named", []string{"The council met on Friday.", "The deal was “legally doomed,” according to Maria Lopez’s lawyer, Tom Reed."}, []string{"Tom Reed: legally doomed"}},
		{"a bare quotation after a sentence about two people has no speaker", []string{"Lena Fischer hired Omar Haddad in 2015.", "“Best decision I ever made.”"}, []string{": Best decision I ever made."}},
		{"name with age after quote", []string{"“It was worth it,” Ana Ruiz, 47, said."}, []string{"Ana Ruiz: It was worth it"}},
		{"comma outside the closing mark", []string{"Ana Ruiz spoke at the launch.", "“The market is ready”, she told the Guardian."}, []string{"Ana Ruiz: The market is ready"}},
		{"added without comma", []string{"Ana Ruiz spoke at the launch.", "“We are not done yet.” she added."}, []string{"Ana Ruiz: We are not done yet."}},
		{"according to after quote", []string{"Ana Ruiz spoke first. Tom Berg spoke next.", "The plan was “a gamble worth taking,” according to Ruiz."}, []string{"Ana Ruiz: a gamble worth taking"}},
		{"a statement from an organisation said", []string{"A statement from Varga Bank said: “Our customers’ money is safe.”"}, []string{"Varga Bank: Our customers’ money is safe."}},
		{"in a post, X wrote", []string{"In a post on LinkedIn, Ana Ruiz wrote: “Proud of this team.”"}, []string{"Ana Ruiz: Proud of this team."}},
		{"a spokesperson said", []string{"Varga Bank declined to give figures.", "“We do not comment on individual accounts,” a spokesperson said."}, []string{"a spokesperson: We do not comment on individual accounts"}},
		{"Mr without a dot", []string{"Tom Berg chairs the committee.", "“This is not over,” Mr Berg told MPs."}, []string{"Tom Berg: This is not over"}},
		{"the researchers wrote", []string{"The study was published on Monday.", "“The effect was larger than we expected,” the researchers wrote."}, []string{"researchers: The effect was larger than we expected"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGenders(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  map[string]byte
	}{
		{"a gendered role", []string{"Ruth Adler opened the gallery with her husband, Karl Adler, in 1990."}, map[string]byte{"Ruth Adler": 'f', "Karl Adler": 'm'}},
		{"a pronoun after the only name of the sentence", []string{"Tobias Wren arrived in 2014, and now he runs the second furnace."}, map[string]byte{"Tobias Wren": 'm'}},
		{"a pronoun opening the next sentence", []string{"Ana Ruiz founded the firm in 2001. Her deputy, Jordan Berg, joined in 2005."}, map[string]byte{"Ana Ruiz": 'f', "Jordan Berg": 0}},
		{"a first name given to one sex, when nothing else says", []string{"Frank Dunmore chairs the board. Rosalind Vey and Jordan Pike sit on it."}, map[string]byte{"Frank Dunmore": 'm', "Rosalind Vey": 'f', "Jordan Pike": 0}},
		{"the article outweighs the first name", []string{"Rosalind Okoro joined in 2009, and he has run the depot since."}, map[string]byte{"Rosalind Okoro": 'm'}},
		{"the head of a description, not a firm's name in it", []string{"Rosalind Vey, an analyst at Lund Brothers, disagreed."}, map[string]byte{"Rosalind Vey": 'f'}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := parse(t, append([]string{"Headline"}, tt.lines...)...)
			b := newBuilder(a)
			markPronounNext(b.paras)
			var all []mref
			for _, p := range b.paras {
				for i := range p.ments {
					all = append(all, mref{p, i})
				}
			}
			b.rs.resolve(all)
			b.collectRoles()
			b.inferGenders()
			got := map[string]byte{}
			for _, e := range b.rs.people {
				got[e.name] = e.gender
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
