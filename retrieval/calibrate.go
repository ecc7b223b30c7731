package retrieval

import "math"

// baseline is how similar unrelated passages of one article are in the
// embedding space that indexed it: the mean and standard deviation of the
// cosine similarity between chunks of different paragraphs. Embedders
// differ widely here (the local embedder scores unrelated text near 0,
// neural ones at 0.3 to 0.5), so similarity thresholds are set on the
// number of standard deviations above this baseline (see Index.DenseZ),
// which means the same with any embedder.
type baseline struct{ mean, std float64 }

// maxBaselinePairs bounds the pairs sampled: a few hundred give a stable
// mean; an article's chunks make far more.
const maxBaselinePairs = 600

// minBaselineStd keeps the scale sane for a tiny or uniform article.
const minBaselineStd = 0.02

// calibrate measures the baseline from the stored unit vectors, over pairs
// of chunks from different paragraphs spread evenly over the article.
func (ix *Index) calibrate() {
	n := len(ix.vectors.docs)
	ix.base = baseline{mean: 0, std: 1}
	if n < 2 || ix.dim == 0 {
		return
	}
	total := n * (n - 1) / 2
	step := max(1, total/maxBaselinePairs)
	var sum, sq float64
	count := 0
	sampledPairs(n, step, func(i, j int) {
		if ix.chunks[ix.vectors.docs[i]].Paragraph == ix.chunks[ix.vectors.docs[j]].Paragraph {
			return
		}
		a, b := ix.vectors.row(i), ix.vectors.row(j)
		var dot float64
		for d := range a {
			dot += float64(a[d]) * float64(b[d])
		}
		sum += dot
		sq += dot * dot
		count++
	})
	if count == 0 {
		return
	}
	mean := sum / float64(count)
	std := math.Sqrt(max(0, sq/float64(count)-mean*mean))
	ix.base = baseline{mean: mean, std: max(std, minBaselineStd)}
}

// sampledPairs calls fn for every step-th pair i < j of n items, pairs
// numbered from 1 in row order ((0,1), (0,2), …, (1,2), …). Rows are
// skipped whole rather than walked pair by pair, so a 100,000-chunk article
// costs the sampled pairs, not n² steps (it was 5 s of a 4.5 MB article's
// 8.5 s build).
func sampledPairs(n, step int, fn func(i, j int)) {
	total := n * (n - 1) / 2
	next, before := step, 0 // the next pair number to take; pairs in rows < i
	for i := 0; i < n && next <= total; i++ {
		row := n - 1 - i
		for ; next <= before+row; next += step {
			fn(i, i+next-before)
		}
		before += row
	}
}

// DenseZ returns how many standard deviations a query-to-chunk similarity
// lies above the similarity of unrelated passages of this article in this
// index's embedding space: a score that means the same whatever the
// embedder.
func (ix *Index) DenseZ(sim float64) float64 {
	return (sim - ix.base.mean) / ix.base.std
}
