package answer

import "testing"

func TestCountOfAnotherDeed(t *testing.T) {
	e := offlineEngine(t, `Levee finished at Orwell Bend
Work on the earth levee at Orwell Bend ended on Monday, two years after a river surge flooded more than 200 homes in the valley.
Researchers at the bend ringed 52 adult geese last winter and followed them to their breeding grounds.
Four farm workers were injured when a digger overturned during the work.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many homes did the levee protect in the surge?", false},
		{"How many geese died during the winter?", false},
		{"How many homes did the surge flood?", true},
		{"How many farm workers were hurt?", true},
	})
}

func TestCountedByOther(t *testing.T) {
	cases := []struct {
		q, s string
		want bool
	}{
		{"How many homes did the levee protect?", "Last spring a river surge flooded more than 200 homes.", true},
		{"How many geese died during the winter?", "Researchers ringed 52 adult geese near the estuary.", true},
		{"How many people live in Kettle Bay?", "The road to Kettle Bay is closed, and three people have drowned.", true},
		{"How many homes did the levee protect?", "The levee protected 200 homes.", false},
		{"How many miners were hurt?", "Four miners were injured in the collapse.", false},
		{"How many signatures did the letter have?", "Within days it had 900 signatures.", false},
		{"How many births did the survey include?", "It is a survey of 30,000 births published on Friday.", false},
		{"How many residents have complained?", "Since June, 14 residents have written in.", false},
		{"How many customers' details were exposed?", "The firm left 90,000 customers' details on a server.", false},
		// A base form after "to" or a modal is a verb too; a count of
		// posts stands for the workers asked about, as in the attachment.
		{"How many stallholders have signed up for the new hall?", "The council voted to move more than 300 stallholders to a new hall.", true},
		{"How many workers does the mill employ?", "The plan would cut 90 jobs at the mill.", true},
		{"How many concerts are planned?", "The season will feature 30 concerts.", false},
		{"How many lamps were handed out?", "The town asked people to use one lamp per household.", false},
	}
	for _, c := range cases {
		if got := countedByOther(c.q, c.s); got != c.want {
			t.Errorf("countedByOther(%q, %q): got %v, want %v", c.q, c.s, got, c.want)
		}
	}
}
