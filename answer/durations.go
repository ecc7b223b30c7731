package answer

// timeUnits are the units a count of time is given in, singular; a
// decade or century is a count of years.
var timeUnits = map[string]string{
	"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
	"week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
	"decade": "year", "decades": "year", "century": "year", "centuries": "year",
}

// timedFigure is a count of time: "six weeks" is {6, "week"}.
type timedFigure struct {
	v    float64
	unit string
}

// timedFigures returns the counts of time a text states ("six weeks",
// "30-day", "two decades" as 20 years).
func timedFigures(text string) []timedFigure {
	words := numberTokens(text)
	var out []timedFigure
	for i := 0; i+1 < len(words); i++ {
		v, ok := parseNumber(words[i])
		u, isUnit := timeUnits[words[i+1]]
		if !ok || !isUnit {
			continue
		}
		if s, span := spanWords[words[i+1]]; span {
			v *= s
		}
		out = append(out, timedFigure{round(v), u})
	}
	return out
}

// timesAgree reports whether no count of time in a claim is given in the
// evidence in another unit only: "every six months" is not "every six
// weeks".
func timesAgree(claim, evidence []timedFigure) bool {
	for _, c := range claim {
		same, other := false, false
		for _, e := range evidence {
			if e.v == c.v {
				same = same || e.unit == c.unit
				other = other || e.unit != c.unit
			}
		}
		if other && !same {
			return false
		}
	}
	return true
}
