package answer

// beyond returns the cited sources among kept that support a clause of a
// claim (clausesOf: the clauses each supports) that the source at alt,
// which states the whole claim, does not. A cited passage that held only
// clauses alt states as well is no longer needed once the citation moves
// there: a short clause is covered by two of its words ("the club's
// permit had expired" by "a club that forgets to renew its permit"). One
// that holds a clause alt lacks stays beside it.
func (g *gateRun) beyond(kept []int, clausesOf map[int][]int, clauses []*claimInfo, alt int) []int {
	ids := g.e.sourceSentences(g.c.sources[alt])
	var out []int
	for _, k := range kept {
		for _, cl := range clausesOf[k] {
			if !g.e.best(clauses[cl], ids).supports() {
				out = append(out, k)
				break
			}
		}
	}
	return out
}
