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
		{"role before the name, set off by commas",
			[]string{"Valdoria's trade minister, Ilse Brandvold, told reporters the talks had failed."},
			"Ilse Brandvold", "Valdoria's trade minister"},
		{"determiner before a comma-set role",
			[]string{"The company's spokesperson, Jane Whitcombe, said the homes would be ready."},
			"Jane Whitcombe", "company's spokesperson"},
		{"capitalised role before the name, set off by commas",
			[]string{"Its Chief Financial Officer, Owen Pritchard, said costs had doubled."},
			"Owen Pritchard", "Chief Financial Officer"},
		{"a preposition's object is not the next name's role",
			[]string{"According to the minister, Jane Roe, the mayor's aide, said the plan was dead."},
			"Jane Roe", "mayor's aide"},
		{"someone's lawyer",
			[]string{"“We will appeal,” said Nadia Farouk, Maria Ortega's lawyer, after the ruling."},
			"Nadia Farouk", "Maria Ortega's lawyer"},
		{"an organisation's role noun",
			[]string{"Jane Whitcombe, Fenwick Homes spokesperson, declined to comment."},
			"Jane Whitcombe", "Fenwick Homes spokesperson"},
		{"a relative clause is cut",
			[]string{"Astrid Lund, an epidemiologist at Nordvik University who led the study, said the link was strong."},
			"Astrid Lund", "epidemiologist at Nordvik University"},
		{"a shared surname gives no one else's role",
			[]string{"Maria Ortega, the charity's former director, was convicted.", "Her brother Luis Ortega said he would appeal. Ortega, the defendant, left."},
			"Luis Ortega", "brother"},
		{"who is a role",
			[]string{"Zoe Ruiz, who is a professor of environmental health at Westmoor University, said the link was weak."},
			"Zoe Ruiz", "professor of environmental health at Westmoor University"},
		{"who chairs something",
			[]string{"Tanya Lock, who chairs the parents' council, said families were angry."},
			"Tanya Lock", "chair of the parents' council"},
		{"who did something else is no role",
			[]string{"Raymond Okafor, who voted against the plan, said the city had not studied it."},
			"Raymond Okafor", ""},
		{"what an organisation is",
			[]string{"The Eastbrook Food Alliance, a charity that feeds schoolchildren, said it was shocked."},
			"Eastbrook Food Alliance", "charity"},
		{"an organisation without a description",
			[]string{"The White House, in a statement, said the talks went well."},
			"White House", ""},
		{"a role set off after a preposition mid-sentence",
			[]string{"The money went to a firm owned by her younger brother, Tom Vale, for meals.", "Tom Vale said the meals were delivered."},
			"Tom Vale", "younger brother"},
		{"an age-led description",
			[]string{"Ana Ruiz, a 26-year-old centre back who joined in January, scored twice.", "“I just jumped,” Ruiz said."},
			"Ana Ruiz", "26-year-old centre back"},
		{"a long appositive cut at its clause",
			[]string{"Zoe Ruiz, a professor of environmental health at Westmoor University in Toronto who was not involved in the research at all, said so."},
			"Zoe Ruiz", "professor of environmental health at Westmoor University in Toronto"},
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
