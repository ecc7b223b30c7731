package answer

import "testing"

// TestSpelledFigures checks that a figure written in words matches the
// same figure in digits, both ways, and not another figure.
func TestSpelledFigures(t *testing.T) {
	tests := []struct {
		claim, source string
		want          bool
	}{
		{"twenty-two pupils", "22 pupils", true},
		{"22 pupils", "twenty-two pupils", true},
		{"twenty two pupils", "22 pupils", true},
		{"twenty-two pupils", "20 pupils and 2 teachers", false},
		{"two dozen crates", "24 crates", true},
		{"half a dozen crossings", "six crossings", true},
		{"one point six million litres", "1.6 million litres", true},
		{"one point six million litres", "1.9 million litres", false},
		{"two hundred and fifty thousand visitors", "250,000 visitors", true},
		{"250,000 visitors", "two hundred and fifty thousand visitors", true},
		{"seven thousand five hundred tickets", "7,500 tickets", true},
		{"a hundred and twelve flats", "112 flats", true},
		{"one million homes", "1,000,000 homes", true},
		{"four and a half million", "4.5 million", true},
		{"1.5 billion", "one and a half billion", true},
		{"three and three-quarter percent", "3.75%", true},
		{"3.75 per cent", "three and three-quarter percent", true},
		{"three and three-quarter percent", "3.5%", false},
		{"fifty-eight per cent", "58%", true},
		{"a quarter of a percentage point", "25 basis points", true},
		{"50 basis points", "half a percentage point", true},
		{"25 basis points", "half a percentage point", false},
		{"a quarter-point cut", "a cut of 25bp", true},
		{"about a fifth", "19.6 percent", true},
		{"more than a third", "34 percent", true},
		{"the twenty-second floor", "the 22nd floor", true},
		{"the 22nd floor", "the twenty-second floor", true},
		{"its fifth straight year", "for the 5th year in a row", true},
		{"its fifth straight year", "for the 6th year in a row", false},
		{"in the third quarter", "in the third quarter", true},
		{"since nineteen ninety-eight", "since 1998", true},
		{"since nineteen eleven", "since 1911", true},
		{"in twenty twenty-two", "in 2022", true},
		{"at 7.40pm", "at twenty to eight in the evening", true},
		{"at twenty to eight", "at 7.40pm", true},
		{"at twenty to eight", "at 8.20pm", false},
		{"ten to twelve months", "10 to 12 months", true},
		{"between two and three percent", "between 2% and 3%", true},
		{"a fifty basis point rise", "a half-point rise", true},
		{"all but one of the seven members", "voted six to one", true},
		{"all but two of its 12 plants", "10 of its 12 plants", true},
		{"all but one of the seven members", "voted five to two", false},
		{"some 290 billion litres", "roughly 290 gigalitres", true},
		{"290 gigalitres", "290 gigalitres", true},
		{"4,000 metres", "4 kilometres", true},
		{"29 billion litres", "290 gigalitres", false},
		{"a sixty-million-euro grant", "a grant of €60million", true},
		{"twelve billion dollars", "$12billion", true},
		{"twelve billion dollars", "$13billion", false},
		{"seventy grand a year", "a salary of £70,000", true},
		{"seventy grand a year", "a salary of £7,000", false},
		{"between 6 and 9 million visitors", "6 million to 9 million visitors", true},
		{"4 to 5 billion", "4 billion to 5 billion", true},
		{"4 to 5 billion", "4 to 5 million", false},
		{"half a decade", "five years", true},
		{"half a century", "50 years", true},
		{"half a decade", "ten years", false},
		{"between six hundred and nine hundred rand", "600 to 900 rand", true},
		{"between six hundred and nine hundred rand", "60,900 rand", false},
		{"two million and three million", "2 million and 3 million", true},
		{"one hundred and twenty-five thousand", "125,000", true},
		{"two thousand and five hundred", "2,500", true},
	}
	for _, tt := range tests {
		t.Run(tt.claim+" / "+tt.source, func(t *testing.T) {
			c, rough := figuresOf(tt.claim)
			src := figures(tt.source)
			if got := roughlyMatch(c, rough, src); got != tt.want {
				t.Errorf("claim %v against %v = %v; want %v", c, src, got, tt.want)
			}
		})
	}
}

// TestOneInALongerNumber checks that the "one" ending a longer number
// joined to a unit of time is read with the number ("a ninety-one-year-old
// ferryman" is 91), not as a one-year compound.
func TestOneInALongerNumber(t *testing.T) {
	tests := []struct {
		claim, source string
		want          bool
	}{
		{"a ninety-one-year-old ferryman", "the 91-year-old ferryman", true},
		{"a ninety-one-year-old ferryman", "the 90-year-old ferryman", false},
		{"a one-year lease", "a lease for 1 year", true},
	}
	for _, tt := range tests {
		c, rough := figuresOf(oneCounted(tt.claim))
		if got := roughlyMatch(c, rough, figures(tt.source)) && timesAgree(timedFigures(oneCounted(tt.claim)), timedFigures(tt.source)); got != tt.want {
			t.Errorf("claim %q (%v) against %q = %v; want %v", tt.claim, c, tt.source, got, tt.want)
		}
	}
}

// TestSpelledTimes checks that counts of time in words are read whole.
func TestSpelledTimes(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"for twenty-two months", 22},
		{"for two and a half years", 2.5},
		{"in its fifth year", -1},
		{"for a year and a half", 1.5},
		{"in two days and a half", 2.5},
		{"for half a decade", 5},
	}
	for _, tt := range tests {
		got := -1.0
		if ts := timedFigures(tt.text); len(ts) == 1 {
			got = ts[0].v
		}
		if got != tt.want {
			t.Errorf("timedFigures(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSourceTimes checks that a source's singular unit of time is one of
// it, so a claim's "twelve months" is stated by "the past year".
func TestSourceTimes(t *testing.T) {
	tests := []struct {
		claim, source string
		want          bool
	}{
		{"hired 140 nurses in twelve months", "recruited 140 nurses in the past year", true},
		{"hired 140 nurses in eighteen months", "recruited 140 nurses in the past year", false},
		{"reopens in seven days", "reopens in a week", true},
		{"the ferry sails within 24 hours", "the ferry sails 3 times a day", false},
		{"her pass lasts seven days", "her pass costs €12 a week", false},
	}
	for _, tt := range tests {
		c, rough := figuresOf(tt.claim)
		ct := timedFigures(tt.claim)
		times := sourceTimes(tt.source)
		for _, x := range sourceTimes(tt.source) {
			times = append(times, otherUnits(x)...)
		}
		cl := &claimInfo{figures: c, rough: rough, times: ct}
		figs, r := convertedAway(cl, times)
		if got := roughlyMatch(figs, r, figures(tt.source)) && timesAgree(ct, times); got != tt.want {
			t.Errorf("%q against %q = %v; want %v", tt.claim, tt.source, got, tt.want)
		}
	}
}

// TestHalvesAcrossUnits checks a count of time with a half against the
// same count in another unit, through the support measure.
func TestHalvesAcrossUnits(t *testing.T) {
	e := offlineEngine(t, "Canal repairs delayed\n\nThe lock gates at Hensworth will stay shut for 18 months while engineers replace the chamber walls.\n")
	tests := []struct {
		claim string
		want  bool
	}{
		{"The Hensworth lock gates will be closed for a year and a half while engineers rebuild the chamber walls.", true},
		{"The Hensworth lock gates will be closed for two years and a half while engineers rebuild the chamber walls.", false},
	}
	for _, tt := range tests {
		p, _ := e.art.Paragraph(2)
		if got := e.best(e.claimInfo(tt.claim), p.Sentences).supports(); got != tt.want {
			t.Errorf("supports %q = %v; want %v", tt.claim, got, tt.want)
		}
	}
}
