package quotes

import (
	"slices"
	"strings"
	"testing"

	"articlebot/article"
)

// TestBylineByDate checks that a name set over the story with a date,
// on its line or on the line below, is the writer's byline even when the
// lexicon does not know the given name. Every line is made up.
func TestBylineByDate(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"a date after the comma", []string{"Flood barrier delayed again", "Maelis Quarrendt, 3 May 2026",
			"The barrier will open a year late. “It is a blow,” said Tom Reed, who farms on the river."}, "Maelis Quarrendt"},
		{"a name alone over a date", []string{"Flood barrier delayed again", "Ásgerður Þórsdóttir", "3 May 2026 at 09:40",
			"The barrier will open a year late. “It is a blow,” said Tom Reed, who farms on the river."}, "Ásgerður Þórsdóttir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse("test", []byte(strings.Join(tt.paras, "\n\n")))
			if err != nil {
				t.Fatal(err)
			}
			ix := Build(a)
			if got := findNames(ix, "the reporter"); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("Find(the reporter): got %q, want %s", got, tt.want)
			}
			if got := findNames(ix, "Tom Reed"); !slices.Equal(got, []string{"Tom Reed"}) {
				t.Errorf("Find(Tom Reed): got %q", got)
			}
		})
	}
}
