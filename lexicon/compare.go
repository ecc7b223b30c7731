package lexicon

// ComparisonMarkers join two figures of one sentence as the two arms of a
// comparison: "shot 62 per cent, against 57 per cent for her rival",
// "in 14 of 40 trials, compared with two of 40 with the tap left on",
// "rose to 9 metres, up from 6 metres the week before", "40 stalls, more
// than double the 18 the market licensed". What follows the
// marker belongs to the second figure, not to the first.
var ComparisonMarkers = []string{
	"against", "as against", "compared with", "compared to", "versus", "vs", "vs.",
	"down from", "up from", "as opposed to",
	"double the", "twice the", "triple the", "treble the", "half the",
}

// ComparingWords make a sentence compare two things itself ("less than the
// week before", "unlike her rival"): such a claim may name the other arm
// of a compared pair without giving it the first arm's figure.
var ComparingWords = newSet(`than unlike whereas while compared against versus vs`)
