package answer

import "testing"

// TestClockTimes checks the times of day read from words: minutes no
// count says ("half past", "a quarter to", "twenty past") make a time
// without "at" or a meridiem, "midnight" and "noon" are hours, and "on
// the evening of" places a time in the day; ranges stay figures.
func TestClockTimes(t *testing.T) {
	tests := []struct {
		text string
		want []int // minutes since midnight (or within the half day), in order
	}{
		{"Half past seven on the evening of Tuesday.", []int{19*60 + 30}},
		{"Twenty past ten, rather than a quarter to ten.", []int{10*60 + 20, 9*60 + 45}},
		{"The last bus now leaves at ten to midnight.", []int{23*60 + 50}},
		{"It ends twenty to midnight, not ten past noon.", []int{23*60 + 40, 12*60 + 10}},
		{"The alarm went off five past midnight.", []int{5}},
		{"The site will take five to ten years to clear.", nil},
		{"Shops open from nine to five on weekdays.", nil},
		{"Approval takes a year and a half to two and a half years.", nil},
	}
	for _, tt := range tests {
		var got []int
		for _, c := range clockTimes(tt.text) {
			got = append(got, c.minutes)
		}
		if len(got) != len(tt.want) {
			t.Errorf("clockTimes(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("clockTimes(%q) = %v, want %v", tt.text, got, tt.want)
				break
			}
		}
	}
}

// TestClockTimesInWords checks that a time said in words is supported by
// the same time in digits, and not by another.
func TestClockTimesInWords(t *testing.T) {
	e := offlineEngine(t, `Ferry notes

The Brindle Point ferry will run every 15 minutes from Monday, and the last sailing will leave at 10.20pm instead of 9.45pm.

A meeting about the marina will be held at the Mill Lane hall at 7.30pm on Tuesday 9 March.

The Brindle Point night boat now leaves at 11.40pm.
`)
	checkSupport(t, e, []supportCase{
		{"half past, on the evening of", "Half past seven on the evening of Tuesday the ninth of March, at the Mill Lane hall.", 3, true},
		{"half past, another hour", "Half past eight on the evening of Tuesday the ninth of March, at the Mill Lane hall.", 3, false},
		{"past and quarter to", "The last Brindle Point sailing leaves at twenty past ten, rather than a quarter to ten.", 2, true},
		{"to midnight", "The Brindle Point night boat now leaves twenty to midnight.", 4, true},
		{"to midnight, another time", "The Brindle Point night boat now leaves ten to midnight.", 4, false},
	})
}
