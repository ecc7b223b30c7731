package answer

import (
	"slices"
	"testing"
)

// harbourArticle is a small article for the support measure's rules.
const harbourArticle = `Harbour council approves sea wall

The Harbour City council voted 5-4 on Tuesday to build a sea wall along the waterfront.

The wall will cost 1.9 million dollars and will be paid for largely by a state grant.

The inquiry into the flooding will publish its findings in the autumn.

A review panel will meet every six weeks while the wall is built.

Engineer Tomas Holm, who testified in favour of the plan, said the council had studied the design for two years. He did not say when work would start.

The company plans to buy the old ferry terminal in Norden.

Residents in Norden complained about the noise of the pile drivers.

Officials say smuggling through the harbour doubled after the shipyard closed.

The council will vote on the wall's maintenance budget in May, Mayor Ida Berg said. Berg has not said how she will vote.

Ferry ticket sales fell by a third after the night service was cut in March.

The panel chose steel rather than concrete for the flood gates.

Buses to the waterfront will run every eight minutes, up from every 15 minutes now.

The panel could not settle the question of the gates' upkeep on its own.

The state grant covers half of the wall's cost.

Mayor Ida Berg spoke at the old market on Friday. Engineers finished early. Contractors kept the harbour project under budget despite a wet winter, a steel shortage and two strikes.

The Swedish delegation left the harbour talks early.

A Danish engineer reviewed the design of the gates.

The storm surge reached 9.6 feet, the highest since records began in 1911.

Net income rose to $412 million from $349 million a year earlier.

The crossings will reopen to lorries from 1 May, and to cars a month later.

In the 2019 election, Ida Berg beat Tomas Holm by 300 votes.

"I have never seen water like that," said Ruth Lind, whose cellar took in two feet of water.

Inspectors rated the crack a medium risk. Two workers suffered minor injuries when the crane slipped below the quay.

The harbour budget for next year will last until the works are done.

"We back the goal of the levy, but we cannot back a levy that closes the ferry," said Tomas Holm.

Dockers walked out after talks over the council's plan to automate two cranes broke down.

The port loses 2 million dollars a day while the cranes stand idle.

The night ferry leaves Norden at 6:50 p.m. on Fridays and Saturdays.

The pilot and a trainee pilot were treated in hospital for cuts after the collision.

Repairs to the quay will cost £2.4 million, and the port expects to reopen it in the first half of next year.

About 14 percent of the dockers have left the port since 2020.

Ferry fares on the Norden route are unchanged since 2019.

Fishing boats from England landed 300 tonnes of cod at the quay in June.

At the break the harbour team's coach moved two defenders forward.

"The night ferry cannot sail this winter. Two of its engines need replacing," said Ida Berg.

Nils Dahl, the harbour master, resigned on Monday.

Dockers halted work on the new quay in June.

Dredging the channel will take 16 weeks.

A survey of 800 dockers found 62 percent opposed the new shift pattern.

A survey of 300 pilots found 38 percent opposed the new roster.

The harbour team won't play on Sundays, and its players will miss their bonus.

The crane operators' union has 1,250 members in 22 branches.

The port will pay for the upkeep of the old lighthouse.

The upkeep of the ferry fleet costs more each year.
`

func harbourEngine(t *testing.T) *Engine {
	t.Helper()
	return offlineEngine(t, harbourArticle)
}

func TestSupportRules(t *testing.T) {
	e := harbourEngine(t)
	tests := []supportCase{
		{"words the article lacks, close by word vectors", "Trafficking doubled after the dockyard shut.", 9, true},
		{"another word of the same class", "The inquiry into the flooding will publish its findings in the spring.", 4, false},
		{"a WordNet antonym", "The company plans to sell the old ferry terminal in Norden.", 7, false},
		{"a word of quantity the source lacks", "The council voted unanimously to build a sea wall along the waterfront.", 2, false},
		{"a rounded figure", "The wall will cost roughly 2 million dollars.", 3, true},
		{"a changed figure", "The wall will cost 2 million dollars.", 3, false},
		{"a count of time in another unit", "A review panel will meet every six months while the wall is built.", 5, false},
		{"the same count of time in another unit", "A review panel will meet every 42 days while the wall is built.", 5, true},
		{"another count of time in another unit", "A review panel will meet every 40 days while the wall is built.", 5, false},
		{"the other side of a vote", "Engineer Tomas Holm testified against the plan.", 6, false},
		{"what the source says", "Holm said the council had studied the design for two years.", 6, true},
		{"a place from another paragraph", "The council voted 5-4 in Norden to build a sea wall.", 2, false},
		{"the right person, another deed", "Tomas Holm resigned from the board over the design.", 6, false},
		{"what the next sentence says the subject has not done", "Ida Berg said she will vote for the maintenance budget.", 10, false},
		{"a cause the source gives by \"after\"", "Ferry ticket sales dropped by a third because the night service was cut in March.", 11, true},
		{"a cause the source does not give", "The council will vote on the wall's maintenance budget in May because Ida Berg asked it to.", 10, false},
		{"\"not\" for \"rather than\"", "For the flood gates the panel picked steel, not concrete.", 12, true},
		{"what \"rather than\" negates", "The panel chose concrete for the flood gates.", 12, false},
		{"\"instead of\" is not a negation", "Buses to the waterfront will run every eight minutes instead of every 15.", 13, true},
		{"a claim that uses both words of an antonym pair", "The panel cannot answer the question of the gates' upkeep on its own.", 14, true},
		{"a percentage for a fraction", "The state grant covers 50 percent of the wall's cost.", 15, true},
		{"a bound on its side", "The wall will cost more than 1.8 million dollars.", 3, true},
		{"another of the article's proper adjectives in the same place", "The Danish delegation left the harbour talks early.", 17, false},
		{"the right proper adjective", "The Swedish delegation walked out of the harbour talks early.", 17, true},
		{"a fact told over three sentences", "Ida Berg said engineers finished early, and contractors kept the harbour project under budget despite a wet winter, a steel shortage and two strikes.", 16, true},
		{"the antonym of a superlative's base form", "The storm surge reached 9.6 feet, the lowest since records began in 1911.", 19, false},
		{"done where the source only plans it", "The company bought the old ferry terminal in Norden.", 7, false},
		{"done where the source says it will be", "The inquiry into the flooding published its findings in the autumn.", 4, false},
		{"the plan told as a plan", "The company intends to buy the old ferry terminal in Norden.", 7, true},
		{"a date the source gives another thing", "The crossings will reopen to cars from 1 May.", 21, false},
		{"a date with its own thing", "Lorries can use the crossings again from 1 May.", 21, true},
		{"who did it and to whom, swapped", "Tomas Holm beat Ida Berg in the 2019 election.", 22, false},
		{"who did it and to whom", "Ida Berg beat Tomas Holm in the 2019 election.", 22, true},
		{"a word negated once and stated once", "Ruth Lind said her cellar took in two feet of water.", 23, true},
		{"another step of a scale", "Inspectors rated the crack a high risk.", 24, false},
		{"another step of a scale of harm", "Two workers suffered serious injuries when the crane slipped below the quay.", 24, false},
		{"the other side of a place", "Two workers were hurt when the crane slipped above the quay.", 24, false},
		{"the scale's own step", "Inspectors judged the crack to be a medium risk.", 24, true},
		{"another word of the class beside the same word", "The harbour budget for last year will last until the works are done.", 25, false},
		{"\"every day\" is a rate, not a quantity", "The port loses 2 million dollars every day while the cranes stand idle.", 28, true},
		{"\"every\" as a quantity the source lacks", "The port loses every crane while they stand idle.", 28, false},
		{"the last word on a term stands", "Tomas Holm said he would vote for the levy.", 26, false},
		{"an -ing form is not a thing done", "The dockers walked out after talks on automating two cranes broke down.", 27, true},
		{"a relation the source does not state", "Ida Berg, the sister of Tomas Holm, beat him in the 2019 election.", 22, false},
		{"the words of a rounded figure", "Profit came to roughly 410 million dollars.", 20, true},
		{"\"no less than\" is not a negation", "The council had studied the design for no less than two years, Holm said.", 6, true},
		{"a clock time in words", "The night ferry leaves Norden at ten to seven in the evening.", 29, true},
		{"a clock time in words, the other half of the day", "The night ferry leaves Norden at ten to seven in the morning.", 29, false},
		{"a clock time in words, another time", "The night ferry leaves Norden at half past six in the evening.", 29, false},
		{"weekdays said once for every week", "The night ferry leaves Norden on Friday and Saturday evenings.", 29, true},
		{"a count of the things a list names", "Two pilots were treated in hospital for cuts after the collision.", 30, true},
		{"another count than the list names", "Three pilots were treated in hospital for cuts after the collision.", 30, false},
		{"an amount with its scale abbreviated", "Repairs to the quay will cost £2.4m.", 31, true},
		{"another amount with its scale abbreviated", "Repairs to the quay will cost £2.9m.", 31, false},
		{"a fraction of a year in months", "The port expects the quay to reopen within the first six months of next year.", 31, true},
		{"another share of a year in months", "The port expects the quay to reopen within the first four months of next year.", 31, false},
		{"a share said as one in so many", "About one in seven dockers has left the port since 2020.", 32, true},
		{"another share said as one in so many", "About one in three dockers has left the port since 2020.", 32, false},
		{"a negation said by \"un-\"", "Fares on the Norden ferry have not changed since 2019.", 33, true},
		{"the adjective of a place the article names", "The English fishing boats landed 300 tonnes of cod at the quay in June.", 34, true},
		{"the adjective of a place the article does not name", "The Irish fishing boats landed 300 tonnes of cod at the quay in June.", 34, false},
		{"\"half\" in a compound is no fraction", "At half-time the coach of the harbour team moved two defenders forward.", 35, true},
		{"a reason a speaker gives by the next sentence of a quotation", "Ida Berg said the night ferry cannot sail this winter because two of its engines need replacing.", 36, true},
		{"a positive claim against \"un-\"", "Fares on the Norden ferry have changed since 2019.", 33, false},
		{"a phrasal verb for the source's one word", "Nils Dahl stepped down.", 37, true},
		{"a phrasal verb of another meaning", "Nils Dahl stepped in.", 37, false},
		{"the antonym of a synonym of the source's word, in its frame", "Dockers started work on the new quay in June.", 38, false},
		{"a synonym of the source's word, in its frame", "Dockers stopped work on the new quay in June.", 38, true},
		{"weeks as a rounded count of months", "Dredging the channel will take four months.", 39, true},
		{"weeks as another count of months", "Dredging the channel will take three months.", 39, false},
		{"a majority for a share over half", "A majority of dockers were against the new shift pattern.", 40, true},
		{"a majority for a share under half", "A majority of pilots were against the new roster.", 41, false},
		{"\"won't\" is not \"won\"", "The harbour team's players will lose their bonus and will not play on Sundays.", 42, true},
		{"a figure in words", "The crane operators' union has twenty-two branches with one thousand two hundred and fifty members.", 43, true},
		{"another figure in words", "The crane operators' union has twenty-three branches with one thousand two hundred and fifty members.", 43, false},
	}
	checkSupport(t, e, tests)
}

func TestNegationEndsWithItsClause(t *testing.T) {
	got := negatedTerms("He called it a first step, not a last one, and said both sides had made concessions.")
	for _, t2 := range []string{"concess", "side"} {
		if slices.Contains(got, t2) {
			t.Errorf("negatedTerms = %v; %q is outside the negated clause", got, t2)
		}
	}
	if !slices.Contains(got, "last") {
		t.Errorf("negatedTerms = %v; want \"last\" negated", got)
	}
}

func TestPossessorIsNotTheSubject(t *testing.T) {
	e := harbourEngine(t)
	tests := []struct{ claim, want string }{
		{"Ida Berg said the vote would be close.", "Ida Berg"},
		{"Berg's deputy said the vote would be close.", ""},
	}
	for _, tt := range tests {
		c := e.claimInfo(tt.claim)
		if c.subject != tt.want {
			t.Errorf("subject of %q = %q; want %q", tt.claim, c.subject, tt.want)
		}
	}
}

func TestBaseFormsMatch(t *testing.T) {
	e := harbourEngine(t)
	// The snowball stemmer gives "buse" for "buses" and "bus" for "bus".
	for _, claim := range []string{"A bus to the waterfront will run every eight minutes.", "Buses to the waterfront will run every eight minutes."} {
		c := e.claimInfo(claim)
		i := indexOf(c.terms, "bus")
		if i < 0 {
			i = indexOf(c.terms, "buse")
		}
		if i < 0 {
			t.Fatalf("%q: no term for the bus among %v", claim, c.terms)
		}
		if c.matches["bus"]&(1<<i) == 0 && c.matches["buse"]&(1<<i) == 0 {
			t.Errorf("%q: the claim's bus matches no article form of it", claim)
		}
	}
}

// TestNearestParagraphVectors checks that a claim word close to an
// article word by word vectors, but below vectorSimilarity ("renovation"
// and "upkeep", 0.558), is credited in the paragraph that supports the
// claim best by nearMargin, and nowhere else.
func TestNearestParagraphVectors(t *testing.T) {
	e := harbourEngine(t)
	c := e.claimInfo("The port will pay for the renovation of the old lighthouse.")
	renovation := indexOf(c.terms, "renov")
	if renovation < 0 {
		t.Fatalf("terms %v lack the stem of \"renovation\"", c.terms)
	}
	for _, tt := range []struct {
		para int
		want bool
	}{{44, true}, {45, false}} {
		p, _ := e.art.Paragraph(tt.para)
		j := e.best(c, p.Sentences)
		if got := j.missed&(1<<renovation) == 0; got != tt.want {
			t.Errorf("¶%d (nearest ¶%d): \"renovation\" credited = %v, want %v", tt.para, c.nearest, got, tt.want)
		}
	}
}
