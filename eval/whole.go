package eval

import (
	"fmt"
	"slices"
	"strings"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/retrieval"
)

// Kinds of questions about the whole article.
const (
	KindOverview = "overview" // what is it about, tl;dr, main points
	KindSpeakers = "speakers" // who is quoted
	KindHeadline = "headline" // what is the headline
)

// WholeReport scores the answers to questions about the whole article.
type WholeReport struct {
	Questions int `json:"questions"`
	// Answered is the fraction of them not abstained.
	Answered float64 `json:"answered"`

	Overviews int `json:"overviews"`
	// LeadCited is the fraction of overviews citing a gold paragraph of
	// the body (the lead), LaterCited of those citing a paragraph after the
	// lead's first, and Facts the mean fraction of the lead's key facts the
	// answer names.
	LeadCited  float64 `json:"lead_cited"`
	LaterCited float64 `json:"later_cited"`
	Facts      float64 `json:"facts"`

	Speakers int `json:"speakers"`
	// NamesFound is the fraction of quoted people and organisations, over
	// all "who is quoted" questions, that the answers name; RolesRight the
	// fraction of those named, among people the gold gives roles, whose
	// answer line gives one of their roles (-1 when the set has no roles).
	NamesFound float64 `json:"names_found"`
	RolesRight float64 `json:"roles_right"`

	Headlines int `json:"headlines"`
	// HeadlineCited is the fraction of headline questions citing a gold
	// paragraph.
	HeadlineCited float64 `json:"headline_cited"`

	Misses []Miss `json:"misses,omitempty"`
}

// ScoreWhole scores the outcomes of questions about the whole article;
// people (may be nil) give the roles the answers should name.
func ScoreWhole(art *article.Article, outcomes []Outcome, people []Person) *WholeReport {
	r := &WholeReport{RolesRight: -1}
	var answered, lead, later, facts, headline float64
	var names, found, withRole, roleRight int
	miss := func(q Question, why string, args ...any) {
		r.Misses = append(r.Misses, Miss{q.Question, q.Kind, fmt.Sprintf(why, args...)})
	}
	for _, o := range outcomes {
		q, res := o.Question, o.Result
		if q.Kind != KindOverview && q.Kind != KindSpeakers && q.Kind != KindHeadline {
			continue
		}
		r.Questions++
		if res.Abstained {
			miss(q, "abstained")
		} else {
			answered++
		}
		cited := paragraphs(citationSources(res))
		switch q.Kind {
		case KindOverview:
			r.Overviews++
			leads := bodyGold(art, q.Gold)
			first := slices.Min(append(slices.Clone(leads), q.Gold...))
			if len(leads) > 0 {
				first = slices.Min(leads)
			}
			hasLead := slices.ContainsFunc(cited, func(p int) bool { return slices.Contains(leads, p) })
			hasLater := slices.ContainsFunc(cited, func(p int) bool { return p > first })
			if hasLead {
				lead++
			} else {
				miss(q, "does not cite the lead %v (cited %v)", leads, cited)
			}
			if hasLater {
				later++
			} else {
				miss(q, "cites no paragraph after the lead ¶%d (cited %v)", first, cited)
			}
			f := factsNamed(res.Answer, q.Facts)
			facts += f
			if f < 1 {
				miss(q, "names %.0f%% of the lead's facts %q", 100*f, q.Facts)
			}
		case KindSpeakers:
			r.Speakers++
			for _, name := range q.Names {
				names++
				line, ok := lineNaming(res.Answer, name)
				if !ok {
					miss(q, "does not name %s", name)
					continue
				}
				found++
				roles := rolesOf(people, name)
				if len(roles) == 0 {
					continue
				}
				withRole++
				if hasRole(line, roles) {
					roleRight++
				} else {
					miss(q, "names %s without a role of %q", name, roles)
				}
			}
		case KindHeadline:
			r.Headlines++
			if slices.ContainsFunc(cited, func(p int) bool { return slices.Contains(q.Gold, p) }) {
				headline++
			} else {
				miss(q, "does not cite the headline %v (cited %v)", q.Gold, cited)
			}
		}
	}
	if r.Questions == 0 {
		return nil
	}
	r.Answered = answered / float64(r.Questions)
	if r.Overviews > 0 {
		n := float64(r.Overviews)
		r.LeadCited, r.LaterCited, r.Facts = lead/n, later/n, facts/n
	}
	if names > 0 {
		r.NamesFound = float64(found) / float64(names)
	}
	if withRole > 0 {
		r.RolesRight = float64(roleRight) / float64(withRole)
	}
	if r.Headlines > 0 {
		r.HeadlineCited = headline / float64(r.Headlines)
	}
	return r
}

// citationSources turns citations into sources, for paragraphs.
func citationSources(res answer.Result) []answer.Source {
	out := make([]answer.Source, len(res.Citations))
	for i, c := range res.Citations {
		out[i] = answer.Source{N: c.N, Paragraph: c.Paragraph}
	}
	return out
}

// bodyGold returns the gold paragraphs that are body text: the lead (a
// headline is not).
func bodyGold(art *article.Article, gold []int) []int {
	var out []int
	for _, n := range gold {
		if p, ok := art.Paragraph(n); ok && p.Kind == article.Body {
			out = append(out, n)
		}
	}
	return out
}

// factsNamed is the fraction of facts the answer names, compared without
// case or diacritics.
func factsNamed(text string, facts []string) float64 {
	if len(facts) == 0 {
		return 1
	}
	t := fuzzy.Fold(text)
	n := 0
	for _, f := range facts {
		if strings.Contains(t, fuzzy.Fold(f)) {
			n++
		}
	}
	return float64(n) / float64(len(facts))
}

func rolesOf(people []Person, name string) []string {
	for _, p := range people {
		if fuzzy.Fold(p.Name) == fuzzy.Fold(name) {
			return p.Roles
		}
	}
	return nil
}

// hasRole reports whether a line gives one of the roles: every content
// word of the role (stemmed) is in the line.
func hasRole(line string, roles []string) bool {
	have := map[string]bool{}
	for _, t := range retrieval.Terms(line) {
		have[t] = true
	}
	for _, r := range roles {
		terms := retrieval.Terms(r)
		if len(terms) == 0 {
			continue
		}
		all := true
		for _, t := range terms {
			all = all && have[t]
		}
		if all {
			return true
		}
	}
	return false
}
