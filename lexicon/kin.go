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
// younger, 0 for any other word. It is the one list of them: a name
// written with a mark ("Frank Oduya senior") and a surname that picks a
// namesake by it read the same words.
func Seniority(w string) int {
	switch w {
	case "senior", "snr", "sr", "elder", "older":
		return 1
	case "junior", "jnr", "jr", "younger":
		return -1
	}
	return 0
}

// MarkBefore reports whether the seniority mark w is written before the
// surname, after "the" ("the elder Colley"), rather than after it.
func MarkBefore(w string) bool {
	return w == "elder" || w == "older" || w == "younger"
}

// Generation returns the word a name carries for seniority s ("senior"
// for +1, "junior" for -1, "" for 0) and its abbreviation ("Sr", "Jr").
func Generation(s int) (word, abbr string) {
	switch {
	case s > 0:
		return "senior", "Sr"
	case s < 0:
		return "junior", "Jr"
	}
	return "", ""
}

// AnySource are the nouns a story uses for whichever unnamed person it
// quotes: "a senior figure at the club said … ‘…,’ the source said".
var AnySource = newSet(`source person individual`)
