package quotes

import (
	"reflect"
	"testing"
)

// TestFifteenthRoundMechanisms covers kinds of attribution the fifteenth
// round found failing on made-up articles written to probe the engine,
// each in made-up sentences.
func TestFifteenthRoundMechanisms(t *testing.T) {
	checkSaid(t, []saidCase{
		{"a person named with the body they belong to before the speech verb speaks",
			[]string{
				"Councillor Wenna Strout of the Moorland Alliance (MA) said the plan had changed six times and that members had the papers “barely an hour before the meeting.”",
				"Piran Hosken from the harbour trust said the dredger was late and that it would arrive “some time in June”.",
			},
			[]string{
				"Wenna Strout: barely an hour before the meeting.",
				"Piran Hosken: some time in June",
			}},
		{"a name a group of people gives something is no quotation; a person's or a pronoun's is",
			[]string{
				"The path runs past a rock that climbers have always called “the Anvil”.",
				"Walkers have taken to calling the steep stretch past the old mine “the ladder,” a name now on the signs.",
				"Many cyclists call the descent “the drop” because of its gradient.",
				"Tamsin Rowe calls the plan “a walk in the fog”.",
				"They call it “the Cauldron”, said Jory Penrose.",
			},
			[]string{
				"Tamsin Rowe: a walk in the fog",
				"Jory Penrose: the Cauldron",
			}},
	})
}

// TestMannerVerbs: a verb of speaking in a manner the lexicon did not
// list attributes a quotation as "said" does, before or after its name.
func TestMannerVerbs(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Nell Tregear runs the ferry café. “The pasties sell out by ten,” boasted Nell Tregear, 61.",
		"Her brother, Jago Tregear, bakes them. “Somebody has to light the oven at four,” he grumbled.",
		"Across the lane, Morwenna Hicks keeps the post office. “The queue blocks my door,” muttered Morwenna Hicks.")
	want := []string{
		"Nell Tregear: The pasties sell out by ten",
		"Jago Tregear: Somebody has to light the oven at four",
		"Morwenna Hicks: The queue blocks my door",
	}
	if got := said(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNamedAfterInvertedDescription: a name set off after the description
// that follows an inverted speech verb is the speaker, as it is before the
// verb.
func TestNamedAfterInvertedDescription(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The jury tasted forty loaves. “It was the crust,” said the chair, Wilf Pascoe.",
		"“Quite remarkable,” exclaimed another juror, Elowen Nance.")
	want := []string{
		"Wilf Pascoe: It was the crust",
		"Elowen Nance: Quite remarkable",
	}
	if got := said(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
