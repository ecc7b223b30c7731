package quotes

import "testing"

func TestRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		who   string
		want  string
	}{
		{"appositive with an article",
			[]string{"Jane Roe, a city planner at the county, said the plan was ready."},
			"Jane Roe", "city planner at the county"},
		{"appositive without an article",
			[]string{"Maria Snegovaya, senior fellow at the Center for Strategic Studies, said the deal could help Moscow."},
			"Maria Snegovaya", "senior fellow at the Center for Strategic Studies"},
		{"suffix role",
			[]string{"Dr. Samuel Achebe, a hydrologist at Coastal State University, said the surge was high."},
			"Samuel Achebe", "hydrologist at Coastal State University"},
		{"title and qualifier before the name",
			[]string{"Ukraine President Volodymyr Zelenskiy said his country would agree."},
			"Volodymyr Zelenskiy", "Ukraine President"},
		{"possessive and adjective before the name",
			[]string{"Germany’s outgoing Chancellor Olaf Scholz spoke in Berlin. He said the ceasefire was a first step."},
			"Olaf Scholz", "Germany’s outgoing Chancellor"},
		{"role noun before the name",
			[]string{"Trump envoy Steve Witkoff said the talks will be held on Sunday."},
			"Steve Witkoff", "Trump envoy"},
		{"abbreviated title is spelled out",
			[]string{"Gov. Patricia Lindqvist praised the decision, she said."},
			"Patricia Lindqvist", "Governor"},
		{"an age is skipped",
			[]string{"Tom Hale, 54, a retired teacher, said the water rose fast."},
			"Tom Hale", "retired teacher"},
		{"a clause is not a role",
			[]string{"Maria Gonzalez, 68, whose house flooded, said she had never seen water like that."},
			"Maria Gonzalez", ""},
		{"a courtesy title alone is not a role",
			[]string{"Mr. Okafor said the money would be better spent elsewhere, said Raymond Okafor."},
			"Raymond Okafor", ""},
		{"a later mention can give the role",
			[]string{"Jane Roe said the plan was ready.", "Roe, the city's chief engineer, added that work would start in April."},
			"Jane Roe", "city's chief engineer"},
		{"sentence-initial words are not qualifiers",
			[]string{"The President Joe Biden said the bill would pass."},
			"Joe Biden", "President"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ix := parse(t, tt.lines...)
			got := Roles(a, ix)[tt.who]
			if got != tt.want {
				t.Errorf("role of %s: got %q, want %q (all: %v)", tt.who, got, tt.want, Roles(a, ix))
			}
		})
	}
}
