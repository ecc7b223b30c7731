package quotes

import (
	"slices"
	"strings"

	"articlebot/lexicon"
)

// unnamedOrgs returns the organisations the article cites as sources
// without a name of capitals: "according to figures from the Valdorian
// statistics office", "a report by the regional water authority". They are
// found by role only (Find), never taken for names in questions.
func (b *builder) unnamedOrgs() []*entity {
	var out []*entity
	for _, p := range b.paras {
		toks := p.toks
		for k := 1; k+2 < len(toks); k++ {
			if !strings.EqualFold(toks[k].text, "the") || toks[k].quote >= 0 {
				continue
			}
			if w := toks[k-1].lower(); w != "by" && w != "from" && w != "to" {
				continue
			}
			head := -1
			for h := k + 1; h < len(toks) && h <= k+4 && toks[h].isWord() && toks[h].sent == toks[k].sent && (p.mentAt[h] < 0 || h == k+1); h++ {
				w := toks[h].lower()
				if toks[h].capital() && h > k+1 || lexicon.FunctionWords.Has(w) {
					break
				}
				if lexicon.IsOrgHead(w) && lexicon.OrgNouns.Has(w) {
					head = h
				}
			}
			if head < 0 || head == k+1 {
				continue // "by the ministry" alone names nothing new
			}
			if n := head + 1; n < len(toks) && (toks[n].is("of") || toks[n].capital()) {
				continue
			}
			name := phrase(toks, k+1, head+1)
			// "the statistics office" after "the Valdorian statistics office"
			// is the same office.
			lname := strings.ToLower(name)
			if slices.ContainsFunc(out, func(e *entity) bool { return strings.HasSuffix(strings.ToLower(e.name), lname) }) {
				continue
			}
			e := &entity{name: name, kind: Organisation, first: p.n, firstAt: int(toks[k].start), introAt: int(toks[k].start)}
			e.addAlias(name)
			e.addRole(name)
			out = append(out, e)
		}
	}
	return out
}
