package quotes

import (
	"slices"
	"testing"
)

// TestHonorificsLeaveTheName: an honorific of another English, a rank in
// full or a retired professor's "Emeritus" before a name is the person's
// title, not a word of the name; the words of an office's portfolio before
// the honorific name nobody.
func TestHonorificsLeaveTheName(t *testing.T) {
	checkSaid(t, []saidCase{
		{"honorifics of South Asian, Pacific and West African English",
			[]string{
				"Syed Farhan Qureshi said the landlord had “ignored every letter we sent since spring”.",
				"The village elder, Ratu Peni Tabua, warned that the jetty would “not survive one more storm season”.",
				"Nana Kwabena Owusu, who chairs the growers' council, said prices were “lower than in my father's time”.",
			},
			[]string{
				"Farhan Qureshi: ignored every letter we sent since spring",
				"Peni Tabua: not survive one more storm season",
				"Kwabena Owusu: lower than in my father's time",
			}},
		{"a rank in full and a professor emeritus",
			[]string{
				"Major Ilse Brandvold said the patrol boats were “ready to sail by dawn”.",
				"Professor Emerita Agnete Kallberg called the survey “the most careful count in forty years”.",
			},
			[]string{
				"Ilse Brandvold: ready to sail by dawn",
				"Agnete Kallberg: the most careful count in forty years",
			}},
		{"an honorific that is also a given name, before one name, is the person's own",
			[]string{
				"The novelist Rana Dasgupta said the prize was “a surprise to everyone, me first”.",
				"“We will sing it again tomorrow,” said Nana Mouskouri.",
			},
			[]string{
				"Rana Dasgupta: a surprise to everyone, me first",
				"Nana Mouskouri: We will sing it again tomorrow",
			}},
		{"before the surname of someone named with it, the honorific is the title",
			[]string{
				"The chief, Nana Kofi Mensah, opened the fair at noon.",
				"“Bring your children next year,” Nana Mensah said.",
			},
			[]string{
				"Kofi Mensah: Bring your children next year",
			}},
		{"a portfolio before an honorific is the office's, not a name",
			[]string{
				"Minister for Coastal Works Ratu Semi Koroi told reporters the wall was “half built and fully paid for”.",
			},
			[]string{
				"Semi Koroi: half built and fully paid for",
			}},
	})
}

// TestHonorificTitleRole: the person is found with or without the
// honorific, and by surname.
func TestHonorificTitleRole(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Syeda Rukhsana Gilani, the district's health officer, said clinics would “stay open through the holiday”.")
	for _, q := range []string{"Rukhsana Gilani", "Syeda Rukhsana Gilani", "Gilani"} {
		findsOne(t, ix, q, "Rukhsana Gilani")
	}
	// Alone before the name, the honorific is what the article calls her.
	if got := ix.Speakers()[0].Roles; !slices.Contains(got, "Syeda") {
		t.Errorf("roles: got %q, want Syeda among them", got)
	}
	// The office's portfolio before the honorific is no one's name.
	_, ix = parse(t, "Headline",
		"Minister for Outer Islands Ratu Semi Koroi told reporters the wall was “half built and fully paid for”.")
	for _, s := range ix.Speakers() {
		if s.Name == "Outer Islands" {
			t.Errorf("got a speaker %q, want none but Semi Koroi", s.Name)
		}
	}
	findsOne(t, ix, "the Minister for Outer Islands", "Semi Koroi")
	if got := ix.Speakers()[0].Roles; !slices.Contains(got, "Minister for Outer Islands") {
		t.Errorf("roles: got %q, want the office without the honorific", got)
	}
}
