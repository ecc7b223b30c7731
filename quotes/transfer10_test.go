package quotes

import (
	"reflect"
	"slices"
	"testing"
)

// TestTenthRoundMechanisms covers kinds of attribution the tenth round
// found failing on articles nobody tuned on, each in made-up sentences.
func TestTenthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a short form that is part of a fuller name, not its last word, is that person",
			[]string{
				"Maria Gonzalez, a teacher at Pine Hill, joined the picket on Monday.",
				"\"We are tired of waiting,\" Maria said.",
				"Ahmad Faisal Bin Yusof, the union's state secretary, addressed the crowd. \"The ministry has had two years,\" Ahmad Faisal said.",
				"Mr Tan Wei Ming, a parent, watched from the gate. “My children have missed a week,” Tan said.",
				"Dr. Nguyen Thi Lan, a paediatrician, worried about the strike. 'Children need routine,' Dr. Nguyen said.",
			},
			[]string{
				"Maria Gonzalez: We are tired of waiting",
				"Ahmad Faisal Bin Yusof: The ministry has had two years",
				"Tan Wei Ming: My children have missed a week",
				"Nguyen Thi Lan: Children need routine",
			}},
		{"an honorific of another English is no word of the name, and the short form after it is the same person",
			[]string{
				"Datuk Seri Haris Bin Omar, the state's works minister, opened the barrier on Monday. \"This barrier will protect forty thousand homes,\" Haris said.",
				"Engr. Ramon dela Paz, the project's chief engineer, said the gates were tested twice. \"Both tests passed without a fault,\" dela Paz said.",
				"Atty. Corazon Villanueva, counsel for the residents, said: \"We will watch every step.\"",
				"Madam Lim Poh Geok, who runs a shop by the river, was less sure. “We have heard promises before,” Madam Lim said.",
			},
			[]string{
				"Haris Bin Omar: This barrier will protect forty thousand homes",
				"Ramon dela Paz: Both tests passed without a fault",
				"Corazon Villanueva: We will watch every step.",
				"Lim Poh Geok: We have heard promises before",
			}},
		{"a gendered honorific tells apart two people whose names share the short form",
			[]string{
				"Mr Goh Keng Swee, the council's chairman, apologised. Madam Goh Mei Ling, a resident, was unmoved.",
				"\"The repairs are on schedule,\" Mr Goh said.",
				"\"We have heard that since March,\" Madam Goh said.",
			},
			[]string{
				"Goh Keng Swee: The repairs are on schedule",
				"Goh Mei Ling: We have heard that since March",
			}},
		{"a person set off after 'Her neighbour,' is whom the sentence is about, and a 'she said' after it is hers",
			[]string{
				"Madam Rosnah Idris, 70, said: \"When the lift fails, I do not go out.\"",
				"Madam Rosnah, a retired cook, said she had missed a clinic visit in May.",
				"Her neighbour on the same floor, Madam Goh Mei Ling, 58, said she carries shopping for older residents. \"Last week I climbed the stairs five times in one day,\" she said in Hokkien.",
				"Her husband, Anwar Idris, sat with her. \"He waits for me downstairs,\" she said.",
			},
			[]string{
				"Rosnah Idris: When the lift fails, I do not go out.",
				"Goh Mei Ling: Last week I climbed the stairs five times in one day",
				"Rosnah Idris: He waits for me downstairs",
			}},
		{"a role in lower case between an inverted verb and the name is the name's title",
			[]string{
				"‘What surprised us is how regular the layers are,’ says co-author Lena Fiskvik, a geologist at the University of Norland.",
				"\"We pressed and pressed,\" said team captain Ruth Odum.",
			},
			[]string{
				"Lena Fiskvik: What surprised us is how regular the layers are",
				"Ruth Odum: We pressed and pressed",
			}},
		{"a thing's name after 'calls the … the' is no quotation; an opinion after 'called it' is",
			[]string{
				"The team calls the tallest part of the reef the ‘tower’, because the sponges there grow up to 3 metres.",
				"Ana Reyes, the lead diver, called it the ‘strangest place’ she had seen.",
			},
			[]string{"Ana Reyes: strangest place"}},
		{"a side or place before a subject's role does not hide the subject of a verb after 'but'",
			[]string{
				"Rovers beat Dunmore Town FC 2-1 on Sunday against ten-man Dunmore.",
				"Dunmore assistant manager Petra Lindqvist-Hale did not question the penalty but said the choice to kick off on a frozen pitch had been ‘a gamble’.",
				"Rovers captain Jo Mears accepted the praise but added that the team had been ‘lucky in the first half’.",
			},
			[]string{"Petra Lindqvist-Hale: a gamble", "Jo Mears: lucky in the first half"}},
		{"what a body's account posts is the body's",
			[]string{
				"Rovers beat Dunmore Town FC 2-1 on Sunday.",
				"Dunmore’s official account posted on social media after the match: ‘Heads up. Go again.’",
			},
			[]string{"Dunmore Town FC: Heads up. Go again."}},
		{"a partial quotation in a member's reported speech about the body is the member's, and a sentence-opening 'Its' is the sentence before's subject",
			[]string{
				"The mill workers' union, UNIMOL, called a strike at all Varco Paper Ltd mills for Friday. Its general secretary, Ramiro Pachón, said the union had warned the owners in writing about the boiler \"at least three times\" this year.",
			},
			[]string{"Ramiro Pachón: at least three times"}},
		{"a quotation alone in its paragraph is the one who signs the next after a dash",
			[]string{
				"The council will decide on Monday whether to close the park path.",
				"“We have walked this path every morning for thirty years. Closing it is the easy option.”",
				"— Odile Brast, chair, Friends of Holm Park",
			},
			[]string{"Odile Brast: We have walked this path every morning for thirty years. Closing it is the easy option."}},
		{"'one of the' and the plural a group that spoke was called by is one of that group",
			[]string{
				"Two people with knowledge of the plant's finances said the repair budget had been cut in March.",
				"\"Nobody on the floor was surprised,\" one of the people said, speaking on condition of anonymity.",
			},
			[]string{"a person with knowledge of the plant's finances: Nobody on the floor was surprised"}},
		{"the words of a sign, a chant, a song or a line of a book are nobody's quotation",
			[]string{
				"About 200 workers gathered outside the depot on Monday, chanting “No cuts, no peace.”",
				"A handwritten sign on the gate read “Closed by greed”.",
				"The crowd sang “We shall not be moved” as managers arrived.",
				"The novel opens with the line “Every harbour keeps its dead.” A protester holding a placard said “We are not going anywhere.”",
			},
			[]string{"a protester: We are not going anywhere."}},
		{"'it' or 'they' after a body the article does not name is that body",
			[]string{
				"Tollan Freight will keep its depot open, the company said. It said the cuts were “not on the table”.",
				"The ministry said it was “monitoring the situation”. They did not say when the review would end, but described it as “urgent”.",
			},
			[]string{"Tollan Freight: not on the table", "the ministry: monitoring the situation", "the ministry: urgent"}},
		{"a description after an opening phrase no comma closes is the subject of the speech verb",
			[]string{
				"At the interval a man in the seat next to me said “That is my uncle’s boat, that is” to nobody in particular.",
				"During the second act a woman near the aisle said “I worked there” under her breath.",
			},
			[]string{"a man in the seat next to me: That is my uncle’s boat, that is", "a woman near the aisle: I worked there"}},
		{"a word two people's names share is neither's",
			[]string{
				"Maria Gonzalez and Maria Ortiz run the food bank together.",
				"\"We never close,\" Maria said.",
			},
			[]string{"Maria: We never close"}},
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

// TestRoleOfANamedBodyWithItsCommonNouns gives a person set off after "the
// town council's general manager" the role of the council the article
// named, not of "council" alone, and a title with a short form of a body's
// name the body's full name. Made-up sentences.
func TestRoleOfANamedBodyWithItsCommonNouns(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The Harrow Vale Town Council said the work was late.",
		"The town council's general manager, Mr Idris Kamal, said a new firm would be hired \"within weeks\".",
		"The water board's engineer, Rui Santos, said the main was old.",
		"Brackwater Rovers beat Tollan 2-0. Brackwater manager Ines Duarte said the pitch was heavy.",
		"Kettle Lane Theatre, Dunmere, until 4 May",
		"Mara Voss, Kettle Lane’s artistic director, said the run had sold out. Kettle Lane’s box office manager, Tom Reid, agreed.",
		"Vardhan Mills Ltd said profit rose. Vardhan Mills shares closed higher.")
	for who, want := range map[string]string{"Idris Kamal": "Harrow Vale Town Council's general manager", "Rui Santos": "water board's engineer",
		"Ines Duarte": "Brackwater Rovers manager", "Mara Voss": "Kettle Lane Theatre's artistic director",
		"Tom Reid": "Kettle Lane Theatre's box office manager"} {
		if sp, ok := ix.Lookup(who); !ok || !slices.Contains(sp.Roles, want) {
			t.Errorf("roles of %s: got %q, want %q among them", who, sp.Roles, want)
		}
	}
}

// TestSignatureRole gives the name signing a quotation after a dash the
// role and body the signature line gives. Made-up sentences.
func TestSignatureRole(t *testing.T) {
	_, ix := parse(t, "Headline", "The council will decide on Monday.",
		"“We have walked this path for thirty years.”", "— Odile Brast, chair, Friends of Holm Park")
	if sp, ok := ix.Lookup("Odile Brast"); !ok || len(sp.Roles) == 0 || sp.Roles[0] != "chair of Friends of Holm Park" {
		t.Errorf("roles of Odile Brast: got %q, want \"chair of Friends of Holm Park\" first", sp.Roles)
	}
}
