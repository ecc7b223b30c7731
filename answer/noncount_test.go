package answer

import (
	"reflect"
	"testing"
)

func TestPronounOnes(t *testing.T) {
	tests := []struct {
		s    string
		want [][]int
	}{
		{"The bid was one we could not match.", [][]int{{12, 15}}},
		{"It is one they had never tried.", [][]int{{6, 9}}},
		// Counts: "one" before a noun, an adjective or "of".
		{"One old porter had walked from the quay.", nil},
		{"Only one of the pumps still works.", nil},
	}
	for _, tt := range tests {
		if got := pronounOnes(tt.s); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("pronounOnes(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestYearAfterSubordinator(t *testing.T) {
	tests := []struct {
		s    string
		date bool
	}{
		{"Since 2011 stalls in the old quarter have opened on feast days.", true},
		{"Until 2019 ferries left from the north pier.", true},
		{"The count gave her 2011 votes, ten more than her rival.", false},
	}
	for _, tt := range tests {
		if got := len(yearSpans(tt.s)) > 0; got != tt.date {
			t.Errorf("yearSpans(%q) finds a date: %v, want %v", tt.s, got, tt.date)
		}
	}
}

func TestNonCountFiguresHoldNoCount(t *testing.T) {
	tests := []struct{ q, s string }{
		{"How many people work at the Vell Theatre?", "The theatre needed $1.8 million of work, and the bid was one we could not match."},
		{"How many stalls in the lane are larger than a van?", "Since 2009 stalls in the lane have opened on market days."},
	}
	for _, tt := range tests {
		if hasAnswerType(numberType, tt.q, tt.s) {
			t.Errorf("hasAnswerType(number, %q, %q) = true, want false", tt.q, tt.s)
		}
	}
	if !hasAnswerType(numberType, "How many porters work at the quay?", "One old porter and 12 young ones work at the quay.") {
		t.Error("a count before its noun is a count")
	}
}

// A made-up report on a theatre's sale: it gives no head count of the
// staff, only a sum, a pronoun "one" and a year that dates a rule.
const noncountTheatre = `The Vell Theatre will close in March
The Vell Theatre, the old hall on Quay Lane, will close for good in March, its owners said on Friday.
"The roof needed $1.8 million of work we could not pay for, and the bid was one we could not match," co-owner Ines Tarrow said.
Since 2009 stalls in the lane have opened on market days, and the owners say the stalls will stay.`

func TestNonCountFiguresAbstain(t *testing.T) {
	checkAbstains(t, offlineEngine(t, noncountTheatre), []abstainCase{
		{"How many people work at the Vell Theatre?", true},
		{"How many stalls in the lane are larger than a van?", true},
		{"When will the Vell Theatre close?", false},
	})
}
