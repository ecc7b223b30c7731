package quotes

// affiliation reports whether the words from i, after a name, only say
// where the person works or comes from, to the end of the clause: "said
// Jane Doe of the regional weather office.", "said Ann Lee from Bristol,".
func affiliation(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].is("of") && !toks[i].is("at") && !toks[i].is("from") || toks[i].sent != toks[i-1].sent {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if endsClause(toks, j) {
			return j > i+1
		}
		if _, ok := speechVerb(toks, j, false); ok || toks[j].is("who") || toks[j].is("that") {
			return false
		}
	}
	return false
}
