package answer

import (
	"slices"
	"testing"
)

func TestSaidFigures(t *testing.T) {
	tests := []struct {
		claim, source string
		want          bool
	}{
		{"at ten to seven in the evening", "at 6:50 p.m.", true},
		{"at ten to seven in the evening", "at 6:50", true},
		{"at 6:50 p.m.", "at 6:50", true},
		{"at ten to seven in the morning", "at 6:50 p.m.", false},
		{"at twenty to eight on Saturday morning", "at 7:40 a.m. on Saturday", true},
		{"at half past six in the evening", "at 18:30", true},
		{"beyond twelve at night", "past midnight", true},
		{"at sixteen minutes past two on Saturday afternoon", "at 2:16 p.m. on Saturday", true},
		{"at sixteen minutes past two on Saturday afternoon", "at 2:06 p.m. on Saturday", false},
		{"from nine to five in the afternoon", "from 9 a.m. to 5 p.m.", true},
		{"two to three years", "2 to 3 years", true},
		{"£6.8m", "£6.8 million", true},
		{"£6.8m", "£6.3 million", false},
		{"$2.3bn", "$2.3 billion", true},
		{"seven pounds fifty", "£7.50", true},
		{"seven pounds fifty", "£7", false},
		{"about one in seven", "14 percent", true},
		{"about one in three", "14 percent", false},
		{"11 out of 37 plants", "11 of its 37 plants", true},
		{"forty-one out of two hundred and twelve trains", "41 of the 212 trains", true},
		{"thirty one in two hundred", "31 of 200", true},
		{"one out of twenty-five", "5 percent", false},
		{"a little above eleven thousand four hundred", "11,412 people", true},
		{"above 11,400", "11,380 people", false},
		{"a fourfold rise", "four times as much", true},
		{"at half-time the manager changed", "at the break the manager changed", true},
		{"an early second-half goal", "the first goal after the break", true},
		{"half the staff", "a third of the staff", false},
		{"on Friday and Saturday nights", "on Fridays and Saturdays", true},
		{"the two countries", "Valdoria and Montavia agreed", true},
		{"three crossings", "The crossings at Brenn, Oskova and Valmet", true},
		{"two crossings", "The crossings at Brenn, Oskova and Valmet", false},
		{"two crew members", "The driver and a trainee driver were hurt", true},
		{"two relatives", "He leaves a wife and two sons", true},
		{"three relatives", "He leaves a wife and two sons", false},
		{"two allies", "Ukraine and its Western partners", false},
	}
	for _, tt := range tests {
		t.Run(tt.claim+" / "+tt.source, func(t *testing.T) {
			c, rough := figuresOf(tt.claim)
			src := append(figures(tt.source), listCounts(tt.source)...)
			if got := roughlyMatch(c, rough, src); got != tt.want {
				t.Errorf("claim %v against %v = %v; want %v", c, src, got, tt.want)
			}
		})
	}
}

func TestTimedSpans(t *testing.T) {
	tests := []struct {
		text string
		want []timedFigure
	}{
		{"in the first half of next year", []timedFigure{{0.5, "year"}}},
		{"the past decade", []timedFigure{{1 * 10, "year"}}},
		{"a fortnight for each year worked", []timedFigure{{2, "week"}}},
		{"within half an hour", []timedFigure{{0.5, "hour"}}},
		// A range's first end takes the unit of its second.
		{"usually between 9 and 21 months", []timedFigure{{9, "month"}, {21, "month"}}},
		{"from four to eleven days", []timedFigure{{4, "day"}, {11, "day"}}},
		{"two to three decades", []timedFigure{{3 * 10, "year"}}},
		{"in 2031 and 21 months later", []timedFigure{{21, "month"}}},
		{"pupils between nine and eleven years old", []timedFigure{{11, "year"}}},
	}
	for _, tt := range tests {
		if got := timedFigures(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("timedFigures(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}
