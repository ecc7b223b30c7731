package lexicon

// converses are pairs of verbs that tell one exchange from its two ends:
// what one side "sold to" another, the other "bought"; a prize "awarded
// to" a yard is one the yard "won"; a team that "lost to" a rival is one
// the rival beat. The first of each pair is done by whoever the second
// names after "to". Base forms.
var converses = [][2]string{
	{"buy", "sell"}, {"purchase", "sell"}, {"acquire", "sell"},
	{"borrow", "lend"}, {"rent", "let"}, {"learn", "teach"},
	{"win", "award"}, {"win", "lose"}, {"beat", "lose"},
	{"receive", "give"}, {"receive", "send"}, {"receive", "award"}, {"receive", "pay"},
	{"get", "give"}, {"get", "award"},
}

// Converses returns the base forms of the verbs that state the event of a
// lower-case verb from its other end, with its doer after "to": "sell" for
// "bought", "award" and "lose" for "won". It returns nil for a verb that
// has none.
func Converses(w string) []string {
	var out []string
	for _, b := range baseForms(w) {
		for _, p := range converses {
			if p[0] == b && !contains(out, p[1]) {
				out = append(out, p[1])
			}
		}
	}
	return out
}
