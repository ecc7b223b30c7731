package lexicon

// YoungerKin and ElderKin sort the Kin roles by generation: a son is the
// younger of two people who share his father's surname ("Colley junior"),
// a father the elder ("the elder Colley").
var (
	YoungerKin = newSet(`son daughter stepson stepdaughter grandson granddaughter nephew niece`)
	ElderKin   = newSet(`father mother stepfather stepmother grandfather grandmother uncle aunt dad mum mom`)
)

// Seniority marks tell apart two people who share a name, after the
// surname ("Colley senior", "Maddock jnr") or after "the" before it ("the
// elder Colley", "the younger Maddock"): +1 for the elder, -1 for the
// younger, 0 for any other word.
func Seniority(w string) int {
	switch w {
	case "senior", "snr", "sr", "elder":
		return 1
	case "junior", "jnr", "jr", "younger":
		return -1
	}
	return 0
}

// AnySource are the nouns a story uses for whichever unnamed person it
// quotes: "a senior figure at the club said … ‘…,’ the source said".
var AnySource = newSet(`source person individual`)
