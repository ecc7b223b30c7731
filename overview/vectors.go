package overview

import (
	"math"
	"slices"
	"strings"

	"articlebot/article"
	"articlebot/retrieval"
)

// sparse is a term vector: term IDs in increasing order and their weights.
// A 4.5 MB article has 38,000 sentences; as maps their vectors held 18 MB,
// as sparse vectors about a third of that, and the cosine of two is a merge
// in a fixed order.
type sparse struct {
	ids []int32
	w   []float64
}

// vectors returns a unit TF-IDF vector for each of the first keep
// sentences (by ID), a word count per sentence, the ID of every term and
// the inverse document frequency by term ID. Every sentence counts towards
// the document frequencies; the vector of a later one is made when it is
// asked for (vectorOf), the same bit for bit: on a 4.5 MB article the
// vectors of all 43,000 sentences held 5 MB that only the first maxRanked
// of them need.
func vectors(a *article.Article, lx *retrieval.Lexed, keep int) ([]sparse, map[string]int32, []float64, []int) {
	vec := make([]sparse, min(keep, len(a.Sentences)))
	words := make([]int, len(a.Sentences))
	// A term's ID is its index in lx: the order of first use, as a map
	// filled sentence by sentence gives.
	terms := make(map[string]int32, lx.Terms())
	for id := range int32(lx.Terms()) {
		terms[lx.Term(id)] = id
	}
	df := make([]int, lx.Terms())
	var ids []int32
	for _, s := range a.Sentences {
		ids = lx.AppendTermIndexes(ids[:0], s.ID)
		if s.ID < len(vec) {
			v := tally(ids)
			for _, id := range v.ids {
				df[id]++
			}
			vec[s.ID] = v
		} else {
			slices.Sort(ids)
			for i, id := range ids {
				if i == 0 || id != ids[i-1] {
					df[id]++
				}
			}
		}
		for range strings.FieldsSeq(s.Text) {
			words[s.ID]++
		}
	}
	n := float64(len(a.Sentences))
	idf := make([]float64, len(df))
	for id, d := range df {
		// Smoothed IDF: a word in every sentence still counts a little.
		idf[id] = math.Log(1 + n/float64(d))
	}
	for i, v := range vec {
		vec[i] = weigh(v, idf)
	}
	return vec, terms, idf, words
}

// weigh scales the term counts of v by idf, in place, and returns v at
// unit length.
func weigh(v sparse, idf []float64) sparse {
	for k, id := range v.ids {
		v.w[k] *= idf[id]
	}
	return v.unit()
}

// textVector returns the unit TF-IDF vector of text, as vectors makes a
// sentence's: words the article never uses have no weight and change
// neither the norm nor the product.
func (r *Ranking) textVector(text string) sparse {
	var ids []int32
	for _, t := range retrieval.Terms(text) {
		if id, ok := r.terms[t]; ok {
			ids = append(ids, id)
		}
	}
	return weigh(tally(ids), r.idf)
}

// vectorOf returns the unit TF-IDF vector of sentence id: kept for the
// ranked sentences, made again from the text for the others.
func (r *Ranking) vectorOf(id int) sparse {
	if id < len(r.vec) {
		return r.vec[id]
	}
	return r.textVector(r.art.Sentences[id].Text)
}

// tally returns the count of each term ID in ids (which it sorts). The
// vector is allocated at its size: grown term by term, the vectors of a
// 4.5 MB article's sentences were half of Rank's allocations.
func tally(ids []int32) sparse {
	slices.Sort(ids)
	n := 0
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			n++
		}
	}
	if n == 0 {
		return sparse{}
	}
	v := sparse{ids: make([]int32, 0, n), w: make([]float64, 0, n)}
	for i, id := range ids {
		if i > 0 && id == ids[i-1] {
			v.w[len(v.w)-1]++
			continue
		}
		v.ids = append(v.ids, id)
		v.w = append(v.w, 1)
	}
	return v
}

// unit scales v to unit length in place and returns it; a zero vector is
// returned as it is.
func (v sparse) unit() sparse {
	norm := 0.0
	for _, x := range v.w {
		norm += x * x
	}
	if norm == 0 {
		return v
	}
	norm = math.Sqrt(norm)
	for k := range v.w {
		v.w[k] /= norm
	}
	return v
}

// cosine is the dot product of two unit vectors.
func cosine(a, b sparse) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.w[i] * b.w[j]
			i++
			j++
		}
	}
	return s
}
