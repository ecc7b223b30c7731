package quotes

import "testing"

// A "he" or "she" that is the subject of a speech verb in a later clause
// goes to the person the sentence opens with, not to the speaker of the
// paragraph before.
func TestBoundPronounSpeaker(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			name: "when he said",
			lines: []string{
				`Piet Aldous, the ferry operator, said the boats were "running on time."`,
				`Tobin Reeve, a retired glazier, drew applause when he said that "the square has waited long enough."`,
			},
			want: []string{
				"Piet Aldous: running on time.",
				"Tobin Reeve: the square has waited long enough.",
			},
		},
		{
			name: "whose promises she called",
			lines: []string{
				`Greta Holm, the landlord's agent, said the rents were "fair for the area."`,
				`Ilka Sorensen, a lawyer for the tenants, said her clients had been misled by a firm whose brochures she called "fiction on glossy paper."`,
			},
			want: []string{
				"Greta Holm: fair for the area.",
				"Ilka Sorensen: fiction on glossy paper.",
			},
		},
		{
			name: "said she had told",
			lines: []string{
				`Wanda Pike, the union's president, said the vote was "a clear win."`,
				`Night nurse Corinna Vale, a member for six years who voted against it, said she had warned the ward staff: "Read the small print before you cheer."`,
			},
			want: []string{
				"Wanda Pike: a clear win.",
				"Corinna Vale: Read the small print before you cheer.",
			},
		},
	})
}

// A sentence that opens with a participle or a place phrase, a place set
// off inside it, gives its words to the name set off after the role, not
// to the place.
func TestOpeningPhraseBeforeSetOffName(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			name: "participle and place",
			lines: []string{
				`Opening the hearing at the Drill Hall, Corby Mill, the chair of the panel, Dr Nell Okoro, who has led it since 2020, told members: "We will hear everyone who came."`,
			},
			want: []string{"Nell Okoro: We will hear everyone who came."},
		},
		{
			name: "preposition and place",
			lines: []string{
				`At the pumping station in Hale Cross, the chief engineer, Ruth Amblin, who joined in May, said the valves were "older than anyone here."`,
			},
			want: []string{"Ruth Amblin: older than anyone here."},
		},
	})
}

// A quotation with no verb of speech around it, in a sentence that opens
// with a named person, is that person's words, not the words of whoever
// spoke in the sentence before.
func TestQuotationOfSentenceSubject(t *testing.T) {
	checkSaid(t, []saidCase{{
		name: "directed to",
		lines: []string{
			`Corwin Belt denied it. "There is no deal and no buyer," he said.`,
			`The county commissioner, Ms Anouk Ferris, who chaired the session, directed the police to "keep the road open at all hours" before the vote.`,
		},
		want: []string{
			"Corwin Belt: There is no deal and no buyer",
			"Anouk Ferris: keep the road open at all hours",
		},
	}})
}
