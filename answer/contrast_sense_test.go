package answer

import "testing"

// TestContrastWordInAnotherSense checks that a window word whose other
// sense is the opposite of a claim word does not contradict the claim
// when the window states the claim word in a word of its sense, or uses
// the opposite only to give an age; it still does where the window says
// nothing else.
func TestContrastWordInAnotherSense(t *testing.T) {
	e := offlineEngine(t, `Pellow depot trial

The scanners at Pellow depot read a parcel's label and, if the sender is a private household, the record is deleted inside 48 hours, the depot manager said.

The rowing club at Pellow counted only 12 women aged 20 to 30 willing to race this summer, fewer than half the crew it needs.

The scanners at Pellow depot record every label they read, the depot manager said.

The river at Pellow rose to 4.2 metres, the highest since gauges began in 1920. Flood levels on the quay had risen roughly 6 inches in ninety years.
`)
	checkSupport(t, e, []supportCase{
		{"the claim's word in a word of its sense", "Labels of private senders are erased within two days of being read.", 2, true},
		{"the opposite alone", "The scanners at Pellow depot erase every label they read.", 4, false},
		{"the opposite beside a loose sense of the claim word", "The river at Pellow rose to 4.2 metres, the lowest since gauges began in 1920.", 5, false},
		{"an age is no opposite", "Too few young women were willing to race for the rowing club this summer.", 3, true},
	})
}
