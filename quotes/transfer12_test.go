package quotes

import (
	"reflect"
	"testing"
)

// TestTwelfthRoundMechanisms covers kinds of attribution the twelfth
// round found failing on articles nobody tuned on, each in made-up
// sentences.
func TestTwelfthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a bill's title with a bracketed word is a title, not a quotation",
			[]string{
				"The assembly voted 30 to 12 to send the “Harbour Dues (Amendment) Bill” to a second reading.",
				"Mira Quell said the vote was “long overdue”.",
			},
			[]string{
				"Mira Quell: long overdue",
			}},
		{"a study's title set off after the study and its agent is a title, question mark and all",
			[]string{
				"A report written for the guild, “Room to Grow?”, says that longer hours would add 80 posts.",
				"An analysis by the ferry company, ‘Who Rides at Dawn’, found most travellers were commuters.",
				"Mira Quell said the figure was “far too high”.",
			},
			[]string{
				"Mira Quell: far too high",
			}},
		{"a term the sentence's people refer to something by, after a stranded preposition, is a name, not a quotation",
			[]string{
				"Cafés have added tables to the pavement, a habit that neighbours complain about as “kerb sprawl”.",
				"It is a rule that drivers speak of as “the long stop”.",
				"Mira Quell complained about the noise as “unbearable at night”, she said.",
			},
			[]string{
				"Mira Quell: unbearable at night",
			}},
		{"Ms with a shared surname is the woman of the two, whoever was named last",
			[]string{
				"Ilse Brandt, who runs a bakery on the quay, says the change is unwelcome. “I will lose my Sundays,” she says.",
				"Her cousin, Tomas Brandt, chairs the traders’ guild. “We need the custom,” says Mr Brandt.",
				"Ms Brandt notes that her regulars are mostly farmers who “come in before the milking”.",
			},
			[]string{
				"Ilse Brandt: I will lose my Sundays",
				"Tomas Brandt: We need the custom",
				"Ilse Brandt: come in before the milking",
			}},
		{"Mrs with a shared surname is the wife who signed the letter, not the husband named later",
			[]string{
				"Last spring my husband and I paid a builder £3,000 for a conservatory that was never built. We have heard nothing since June.",
				"Nora Pell, Upton, Kent",
				"Ivo Pell reported the builder to the trading standards office in August.",
				"The firm has now repaid the money. ‘We had stopped hoping,’ Mrs Pell tells me.",
			},
			[]string{
				"Nora Pell: We had stopped hoping",
			}},
		{"a member named after 'one of them' in a trailing 'as … explained' is the speaker, not the party before",
			[]string{
				"Mr Haugen’s Blue Coast Party supports the scheme, while the opposition Growers’ League objects, yet two of its members backed a pause “so heads can cool”, as one of them, Brit Solheim, said afterwards.",
			},
			[]string{
				"Brit Solheim: so heads can cool",
			}},
		{"a post read out after 'It begins:' is the words of the account the article names as its publisher afterwards",
			[]string{
				"A message forwarded thousands of times since Monday says the ferry will stop running in March. It begins:",
				"“ATTENTION ISLANDERS. The ferry is finished and nobody will tell you.",
				"“Forward this before they take it down.”",
				"The message was first posted by a Telegram channel called Harbour Watch, which has 900 members. We asked the channel for comment.",
			},
			[]string{
				"Harbour Watch: ATTENTION ISLANDERS. The ferry is finished and nobody will tell you.",
				"Harbour Watch: Forward this before they take it down.",
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

// TestLetterSignatureRole: a name and places alone on a line between a
// letter in the first person and a reply in the second is the reader who
// wrote in, from those places.
func TestLetterSignatureRole(t *testing.T) {
	a, ix := parse(t, "Headline",
		"Last spring my husband and I paid a builder £3,000 for a conservatory that was never built. We have heard nothing since June.",
		"Nora Pell, Upton, Kent",
		"You are not the only one to write in about this builder.",
		"The firm has now repaid the money. ‘We had stopped hoping,’ Mrs Pell tells me.",
		"Ivo Lant, Hythe, said the firm owed him “a great deal”.")
	checkRoles(t, Roles(a, ix), map[string]string{"Nora Pell": "reader from Upton, Kent", "Ivo Lant": ""})
}

// TestCalledRole: "a <description> called <Name>" says what the name is.
func TestCalledRole(t *testing.T) {
	a, ix := parse(t, "Headline",
		"The rumour was first posted by a Telegram channel called Harbour Watch, which has 900 members.",
		"Harbour Watch said the ferry was “finished for good”.",
		"Ivo Lant, who was called Ivo the Tall at school, said it was “nonsense”.")
	checkRoles(t, Roles(a, ix), map[string]string{"Harbour Watch": "Telegram channel", "Ivo Lant": ""})
}

// TestMemberRole: a person named after "one of them," is a member of the
// organisation whose members "them" counts.
func TestMemberRole(t *testing.T) {
	a, ix := parse(t, "Headline",
		"The opposition Growers’ League objects, yet two of its members backed a pause “so heads can cool”, as one of them, Brit Solheim, said afterwards.")
	if got, want := Roles(a, ix)["Brit Solheim"], "member of the opposition Growers’ League"; got != want {
		t.Errorf("role of Brit Solheim: got %q, want %q", got, want)
	}
}

// checkRoles fails t for every person whose role in got is not the one
// want gives ("" for none).
func checkRoles(t *testing.T, got, want map[string]string) {
	t.Helper()
	for name, role := range want {
		if got[name] != role {
			t.Errorf("role of %s: got %q, want %q", name, got[name], role)
		}
	}
}
