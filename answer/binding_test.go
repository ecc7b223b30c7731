package answer

import (
	"context"
	"testing"

	"articlebot/retrieval"
)

// focusFor builds a question's focus from its content words, as focusOf
// does for an article that uses every one of them.
func focusFor(words ...string) focus {
	var f focus
	for _, w := range words {
		for _, t := range retrieval.Terms(w) {
			f.terms = append(f.terms, focusTerm{term: t, word: w})
			if moneyWords[t] {
				f.money = true
				f.moneyHeads = append(f.moneyHeads, t)
			}
		}
	}
	return f
}

func TestMoneyBesideTheThingThatCosts(t *testing.T) {
	meter := focusFor("water", "meter", "cost")
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"A water meter costs about $300, the utility said.", true},
		// The sum is beside "water", which only says which meter.
		{"The state would spend $40 million testing the water at schools.", false},
		// Beside "cost", in a sentence about other things.
		{"The rules would cost its members millions of dollars, without saving a drop of water.", false},
	} {
		if got := meter.attachment(numberType, "How much does a water meter cost?", tc.s) > 0; got != tc.want {
			t.Errorf("attachment(water meter cost, %q) > 0 = %v, want %v", tc.s, got, tc.want)
		}
	}
	homes := focusFor("moving", "homes", "cost")
	s := "He argued for moving the most exposed homes to higher ground, a plan the city's engineers estimated would cost $11 million."
	if got := homes.attachment(numberType, "How much would moving the homes cost?", s); got == 0 {
		t.Errorf("attachment(moving homes cost, %q) = 0: the sum beside cost is the plan's, and the plan moves the homes", s)
	}
}

func TestModifiers(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"How much does a water meter cost?", []string{"water"}},
		{"How much would electric furnaces cost the workshop?", []string{"electric"}},
		{"How much will the wall cost?", nil},
	} {
		got := focusFor("water", "meter", "electric", "furnaces", "workshop", "wall", "cost").modifiers(tc.q)
		if len(got) != len(tc.want) {
			t.Errorf("modifiers(%q) = %v, want %v", tc.q, got, tc.want)
			continue
		}
		for _, w := range tc.want {
			if !got[retrieval.Terms(w)[0]] {
				t.Errorf("modifiers(%q) = %v, want %v", tc.q, got, tc.want)
			}
		}
	}
}

func TestCostTo(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"How much did the viaduct cost to build?", "build"},
		{"How much will the board cost to run?", "run"},
		{"How much did the viaduct cost?", ""},
	} {
		got := ""
		if m := costToRe.FindStringSubmatch(tc.q); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("costToRe(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestCountAcrossAPartitive(t *testing.T) {
	f := focusFor("thermostats", "recalling")
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"The firm will recall about 40,000 of its Hearthline smart thermostats.", 1},
		{"The firm will recall its thermostats, which cost $40,000 to design.", 0},
	} {
		if got := f.attachment(numberType, "How many thermostats is the firm recalling?", tc.s); got != tc.want {
			t.Errorf("attachment(how many thermostats, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestChangeQuestions(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want answerType
	}{
		{"How far did the shares fall?", numberType},
		{"How high did prices climb?", numberType},
		{"How far is the school from the river?", lengthType},
		{"How high is the dam?", lengthType},
	} {
		if got := questionType(tc.q); got != tc.want {
			t.Errorf("questionType(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestReasonOfTheAskedEvent(t *testing.T) {
	f := focusFor("ride", "bus")
	q := "Why did the councillor ride the bus?"
	for _, tc := range []struct {
		s    string
		want float64
	}{
		// The ride is inside the cause of the change of mind; the first
		// "after", across a comma, is not the nearest connective.
		{"The councillor, who voted after saying for months he was undecided, changed his mind after riding the bus.", 0},
		{"The councillor rides the bus because he sold his car.", 1},
		{"Because his car was stolen, the councillor rides the bus.", 1},
	} {
		if got := f.attachment(reasonType, q, tc.s); got != tc.want {
			t.Errorf("attachment(%q, %q) = %v, want %v", q, tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"The border has been closed since a dispute flared.", 0},
		{"Levels have fallen since 1980.", 0},
		{"It closed since nobody came.", 1},
		{"It closed because nobody came.", 1},
	} {
		if got := len(reasonsIn(tc.s)); got != tc.want {
			t.Errorf("len(reasonsIn(%q)) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestPhrasalAndQualifiedVerbs(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"How many patrol ships will the navy pull back?", "pull"},
		{"Who will the firm lay off?", "lay"},
		{"How much will the recall cost, according to analysts?", "cost"},
		{"How many flats has the developer sold so far?", "sold"},
		{"Where will the crew dig next?", "dig"},
		{"Who will be the new chair?", ""},
		{"Which schools will be inspected?", "inspected"},
	} {
		if got := questionVerb(tc.q); got != tc.want {
			t.Errorf("questionVerb(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestDateOfASaying(t *testing.T) {
	f := focusFor("industry", "faces", "soft", "patch")
	q := "When did the chief executive say the industry faces a soft patch?"
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"Berg has said the industry faces a soft patch that could last into next year.", 0},
		{"Berg said on Tuesday that the industry faces a soft patch.", 1},
	} {
		if got := f.attachment(timeType, q, tc.s); got != tc.want {
			t.Errorf("attachment(%q, %q) = %v, want %v", q, tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"What did Okafor say about the wall?", true},
		{"Why does she think leaks happen?", true},
		{"When did Okafor say it?", false},
		{"How many times did the mayor warn residents?", false},
	} {
		if got := asksWhatSaid(tc.q); got != tc.want {
			t.Errorf("asksWhatSaid(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestCloseSpellingOfAWordTheArticleHas(t *testing.T) {
	bidder := focusTerm{term: retrieval.Terms("bidders")[0], word: "bidders", exact: true}
	binder := termSet("The studio uses a lime-based binder.")
	if bidder.in(binder) {
		t.Errorf("bidder found in %v: the article has \"bidders\", so \"binder\" is another word", binder)
	}
	bidder.exact = false
	if !bidder.in(binder) {
		t.Errorf("bidder not found in %v: in an article without \"bidders\" it may be a misspelling", binder)
	}
}

// A phrasal purpose ("cost to put together") has synonyms the table does
// not keep ("assemble"): its absence from the sentence vetoes nothing,
// while a plain verb's still does.
func TestCostToAPhrasalVerb(t *testing.T) {
	e := offlineEngine(t, `Harbour festival returns after two-year break

The Lowport harbour festival took two years to assemble and cost £80,000, most of it from local firms, the organisers said.

Tickets go on sale on Monday.
`)
	for _, tc := range []struct {
		q        string
		answered bool
	}{
		{"How much did the harbour festival cost to put together?", true},
		{"How much will the harbour festival cost to insure?", false},
	} {
		res, err := e.Ask(context.Background(), Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := !res.Abstained; got != tc.answered {
			t.Errorf("%q: answered %v, want %v (%q)", tc.q, got, tc.answered, res.Answer)
		}
	}
}
