package answer

import "testing"

// An age follows a name's generational suffix as it follows the name
// ("Ray Tolliver Jr., 34,"), and a place name may follow an indefinite
// article ("flown to a Denver hospital") as it follows "the".
func TestAgeAfterSuffixAndPlaceAfterArticle(t *testing.T) {
	for _, tc := range []struct {
		want answerType
		q, s string
		ok   bool
	}{
		{ageType, "How old is the younger Tolliver?", "The injured men are Ray Tolliver Sr., 66, and Ray Tolliver Jr., 34, of Ashby.", true},
		{ageType, "How old is Ray Tolliver?", "Ray Tolliver III, 19, was not hurt.", true},
		{ageType, "How old is Ray Tolliver?", "Ray Tolliver Sr. founded the mill.", false},
		{placeType, "Where was the driver taken?", "The driver was taken to a Denver hospital with a broken leg.", true},
		{placeType, "Where was the driver taken?", "The driver was taken to a hospital with a broken leg.", false},
	} {
		if got := hasAnswerType(tc.want, tc.q, tc.s); got != tc.ok {
			t.Errorf("%q on %q: got %v, want %v", tc.q, tc.s, got, tc.ok)
		}
	}
}
