package lexicon

// Privatives are words and phrases that deny another word without a
// "not": "exempt from the rule" says what "not covered by the rule" says,
// "free calls" what "calls it does not charge for" says, "minor injuries"
// what "no serious injuries" says, "for the first time" what "never
// before" says. Each maps to the words it denies, in their plain forms.
// A negative claim may rest on a passage that uses the privative word
// instead of a negation of the denied word.
var Privatives = map[string][]string{
	"exempt": notCovered, "exempted": notCovered, "exemption": notCovered,
	"waive": notCharged, "waived": notCharged, "waiver": notCharged,
	"free":       {"pay", "charge", "fee", "cost"},
	"minor":      {"serious", "severe", "major", "significant"},
	"first time": {"never"},
	"kept quiet": notSaid, "stayed quiet": notSaid, "remained silent": notSaid, "kept silent": notSaid,
	"out of sight": notSeen, "invisible": notSeen,
	"spared": {"hit", "harmed", "damaged", "affected", "injured"},
	"absent": {"present", "attend", "attended"},
}

// The words a privative of one kind denies.
var (
	notCovered = []string{"covered", "subject", "apply", "included", "required", "liable", "affected"}
	notCharged = []string{"pay", "charge", "fee", "cost", "fine", "rent", "required"}
	notSaid    = []string{"say", "speak", "comment", "talk"}
	notSeen    = []string{"see", "visible", "seen"}
)

// PrivativeCompounds end a hyphenated word that denies its first part:
// "rent-free" is without rent, "oxygen-starved" water has no oxygen.
var PrivativeCompounds = []string{"free", "starved", "deprived", "poor"}
