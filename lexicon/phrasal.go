package lexicon

import "strings"

// phrasalVerbs are the one-word verbs and nouns news prose writes for a
// phrasal verb a reader uses: "Who set up the charity?" of an article that
// says it "was founded by" someone, "How much did the insurer pay back?" of
// one that says it "refunded" a sum. WordNet lists some of these phrases
// (Phrase) but rarely the word a report uses ("set_up" lists "establish",
// not "found" or "incorporate"). Keyed by the verb's base form and its
// particle; every word is a general word of English.
var phrasalVerbs = map[string][]string{
	"set up":     {"found", "founded", "establish", "established", "incorporate", "incorporated", "form", "formed", "create", "created", "launch", "launched", "start", "started", "register", "registered", "open", "opened"},
	"pay back":   {"refund", "refunded", "repay", "repaid", "repayment", "reimburse", "reimbursed", "return", "returned"},
	"give back":  {"refund", "refunded", "return", "returned"},
	"turn down":  {"refuse", "refused", "reject", "rejected", "decline", "declined", "deny", "denied", "rebuff", "rebuffed"},
	"turn away":  {"refuse", "refused", "reject", "rejected"},
	"give up":    {"abandon", "abandoned", "quit", "surrender", "surrendered", "drop", "dropped"},
	"take over":  {"acquire", "acquired", "buy", "bought", "takeover", "control"},
	"buy out":    {"acquire", "acquired", "buyout"},
	"shut down":  {"close", "closed", "closure", "shut"},
	"close down": {"close", "closed", "closure", "shut"},
	"put off":    {"delay", "delayed", "postpone", "postponed"},
	"call off":   {"cancel", "cancelled", "canceled", "abandon", "abandoned"},
	"carry out":  {"conduct", "conducted", "perform", "performed", "undertake", "undertook"},
	"look into":  {"investigate", "investigated", "investigation", "examine", "examined", "review", "reviewed", "inquiry"},
	"step down":  {"resign", "resigned", "resignation", "quit"},
	"lay off":    {"dismiss", "dismissed", "redundant", "redundancies", "layoffs", "cut"},
	"find out":   {"discover", "discovered", "learn", "learned", "learnt"},
	"go under":   {"collapse", "collapsed", "fail", "failed", "liquidation", "insolvent", "insolvency", "bankrupt", "bankruptcy", "administration"},
	"go bust":    {"collapse", "collapsed", "fail", "failed", "liquidation", "insolvent", "insolvency", "bankrupt", "bankruptcy", "administration"},
	"sign up":    {"enrol", "enroll", "enrolled", "register", "registered", "join", "joined"},
	"put up":     {"raise", "raised", "increase", "increased", "erect", "erected", "install", "installed"},
	"pull out":   {"withdraw", "withdrew", "withdrawn", "withdrawal"},
	"back down":  {"retreat", "retreated", "concede", "conceded"},
	"break up":   {"split", "dissolve", "dissolved"},
	"take on":    {"hire", "hired", "recruit", "recruited", "employ", "employed"},
	"sign off":   {"approve", "approved", "approval", "authorise", "authorised", "authorize", "authorized", "endorse", "endorsed"},
	"stand in":   {"replace", "replaced", "replacement", "relief", "substitute", "deputise", "deputize", "cover"},
	"take out":   {"withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawals"},
	// Not a verb, but asked the same way: "short of money" is a
	// shortfall, a deficit or a gap in a budget.
	"short of": {"shortfall", "shortfalls", "deficit", "deficits", "gap", "shortage", "shortages"},
}

// verbNouns are the nouns a report states an event by where a reader uses
// the verb: a firm "with debts of £2m" owed that sum, a council that "took
// a loan" borrowed. Only words whose noun means the verb's event in every
// sense.
var verbNouns = map[string][]string{
	"owe":    {"debt", "debts", "arrears", "liabilities", "owing"},
	"borrow": {"loan", "loans", "borrowing", "borrowings"},
	"lend":   {"loan", "loans", "lending"},
	"refund": {"refund", "refunds", "repaid", "reimbursed"},
}

// particles complete a phrasal verb whose meaning WordNet may list.
var particles = newSet("back up out off down away over through along forward apart aside together into under on")

// Paraphrases returns the words news prose writes for verb (any form)
// followed by next, the question's word after it ("" for none): a phrasal
// verb's one-word equivalents from the table above and WordNet's, or else
// the nouns of the verb's event. Nil when none are known.
func Paraphrases(verb, next string) []string {
	out, _ := PhrasalVerb(verb, next)
	if len(out) == 0 {
		for _, b := range append([]string{verb}, BaseForms(verb)...) {
			out = append(out, verbNouns[b]...)
		}
	}
	seen := map[string]bool{}
	var uniq []string
	for _, w := range out {
		if w = strings.ToLower(w); !seen[w] && w != verb {
			seen[w] = true
			uniq = append(uniq, w)
		}
	}
	return uniq
}

// PhrasalVerb returns the one-word verbs and nouns news prose writes for
// verb (any form) followed by particle ("turned down": refuse, reject): a
// phrasal verb's equivalents from the table above, else, when particle is
// a particle, WordNet's (fromWordNet: they may be another sense's, as
// "recall" is of "come back"). Nil when none are known.
func PhrasalVerb(verb, particle string) (out []string, fromWordNet bool) {
	for _, b := range append([]string{verb}, BaseForms(verb)...) {
		out = append(out, phrasalVerbs[b+" "+particle]...)
	}
	if len(out) == 0 && particles.Has(particle) {
		return Phrase(verb, particle), true
	}
	return out, false
}
