package answer

import "testing"

// roleArticle names its governor, its harbourmaster and its judge by role
// once and by name after, several paragraphs away.
const roleArticle = `Caskport port deal approved after long dispute

The Caskport port authority approved a 40-year lease for the container terminal on Monday, ending a dispute that had delayed the project for three years.

Governor Oriane Varga, who appointed the authority's board, welcomed the vote at a news conference in the capital.

The terminal will handle up to 600,000 containers a year once the second berth opens in 2028.

Harbourmaster Joost Ansel, who runs the port's daily operations, warned that dredging the channel would close it to large ships for six weeks.

The lease was challenged in court by a fishing cooperative. Justice Carmen Ruel dismissed the challenge in March.

Shipping lines have already booked most of the first year's slots, according to the authority.

Varga said the terminal would bring about 1,200 jobs to the region. "This is the biggest investment the coast has seen in a generation," she said.

Ansel said the dredging would begin in October, after the tourist season.

Ruel found that the authority had consulted the cooperative properly.
`

func TestRoleNames(t *testing.T) {
	e := offlineEngine(t, roleArticle)
	tests := []supportCase{
		{"an office for the person the paragraph names", "The governor said the terminal would create roughly 1,200 jobs in the region.", 8, true},
		{"an office with a possessive for the person quoted", "The governor called it the coast's biggest investment in a generation.", 8, true},
		{"an office by its WordNet synonym", "The judge ruled against the fishing cooperative's case in March.", 6, true},
		{"a role for the person the paragraph names", "The harbourmaster said dredging would start in October, once the tourist season is over.", 9, true},
		{"an office given to someone else", "The governor said dredging would start in October, once the tourist season is over.", 9, false},
		{"an office next door, another person's words", "The governor warned that dredging would shut the channel to big ships for six weeks.", 5, false},
	}
	checkSupport(t, e, tests)
}

func TestDefiniteBefore(t *testing.T) {
	tests := []struct {
		words []string
		at    int
		want  bool
	}{
		{[]string{"The", "governor", "said"}, 1, true},
		{[]string{"the", "club's", "head", "coach", "said"}, 3, true},
		{[]string{"Marlowe's", "lawyer", "said"}, 1, true},
		{[]string{"a", "governor", "said"}, 1, false},
		{[]string{"the", "lawmakers", "said"}, 1, false},
		{[]string{"Governor", "said"}, 0, false},
	}
	for _, tt := range tests {
		if got := definiteBefore(tt.words, tt.at); got != tt.want {
			t.Errorf("definiteBefore(%q, %d) = %v; want %v", tt.words, tt.at, got, tt.want)
		}
	}
}

// TestRoleDescribers checks that the words describing a role ("the
// retired welder") are the person's words when the article gives them to
// her too, and stay the claim's own words when it does not.
func TestRoleDescribers(t *testing.T) {
	e := offlineEngine(t, `Stonegate viaduct repairs draw complaints

Residents of Stonegate packed the parish hall on Tuesday to complain about night work on the viaduct. Among them was Priya Hallam, a retired welder who has lived under the arches for 22 years.

"They start grinding at midnight and stop at five," Hallam said. "I counted eleven lorries in one night."

Harwick Rovers' veteran goalkeeper, Tomasz Obi, 38, kept a clean sheet in Saturday's 1-0 win at the Meadow.

"I told the lads I'd buy the pies if we held on," Obi said afterwards.
`)
	checkSupport(t, e, []supportCase{
		{"the article's describing word (wire copy)", "The retired welder said the noisy work lasts five hours from midnight.", 3, true},
		{"the article's describing word, the predicate in other words", "The retired welder objected to lorries rumbling past after dark.", 3, true},
		{"a describing word of the claim's own", "The young goalkeeper promised his teammates pies if they held on.", 5, false},
	})
}
