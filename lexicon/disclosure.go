package lexicon

// Disclosed are the participles by which a thing is made known: a thing
// "not disclosed", "not yet released" or "yet to be named" is withheld,
// whatever a question asks of it.
var Disclosed = newSet(`disclosed released revealed announced published confirmed
	determined established identified made given specified named`)

// Disclose are the same verbs as an active verb after "did not" or "have
// not" writes them ("the firm did not disclose the sum").
var Disclose = newSet(`disclose release reveal announce publish confirm determine
	establish identify give specify name`)

// OpenQuestionVerbs are the verbs after "has not (yet)" or "is yet to" by
// which an article reports a question as still open: "has not said
// whether", "have yet to decide whether", "did not indicate if".
var OpenQuestionVerbs = newSet(`said say decided decide announced announce indicated
	indicate confirmed confirm disclosed disclose revealed reveal stated state`)
