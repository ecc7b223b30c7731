package answer

import "testing"

// A made-up port brief: lengths and one mass, to ask for a mass and a
// length in units the article does not use.
const unitsBrief = `Pier 4 crane out of service after jib cracks
The crane at Pier 4, a 60-metre tower installed in 2011, has been out of service since its jib cracked on Monday.
The jib, 38 metres long, was inspected by engineers from the port authority on Tuesday.
The crane lifted its last container, a 30-tonne load of copper, on Sunday night.`

func TestUnitKept(t *testing.T) {
	tests := []abstainCase{
		// Another unit of the same dimension answers.
		{"How long is the jib in feet?", false},
		{"How heavy was the last container in kilograms?", false},
		// No mass is given for the jib, only its length.
		{"How heavy is the jib in kilograms?", true},
	}
	e := offlineEngine(t, unitsBrief)
	checkAbstains(t, e, tests)
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"Who must install a meter?", "Users must install a meter.", true}, // a thing, not a unit asked for
		{"How far is it in miles?", "It is 12 kilometres away.", true},
		{"How heavy is it in tonnes?", "It is 12 kilometres long.", false},
		{"How many litres does it hold?", "It holds 40,000 gallons.", true},
	} {
		if got := unitKept(askedDimension(c.q), c.s); got != c.want {
			t.Errorf("unitKept(%q, %q) = %v, want %v", c.q, c.s, got, c.want)
		}
	}
}
