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
	count, k := 0, 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			k++
			if k%step != 0 {
				continue
			}
			if ix.chunks[ix.vectors.docs[i]].Paragraph == ix.chunks[ix.vectors.docs[j]].Paragraph {
				continue
			}
			a := ix.vectors.data[i*ix.dim : (i+1)*ix.dim]
			b := ix.vectors.data[j*ix.dim : (j+1)*ix.dim]
			var dot float64
			for d := range a {
				dot += float64(a[d]) * float64(b[d])
			}
			sum += dot
			sq += dot * dot
			count++
		}
	}
	if count == 0 {
		return
	}
	mean := sum / float64(count)
	std := math.Sqrt(max(0, sq/float64(count)-mean*mean))
	ix.base = baseline{mean: mean, std: max(std, minBaselineStd)}
}

// DenseZ returns how many standard deviations a query-to-chunk similarity
// lies above the similarity of unrelated passages of this article in this
// index's embedding space: a score that means the same whatever the
// embedder.
func (ix *Index) DenseZ(sim float64) float64 {
	return (sim - ix.base.mean) / ix.base.std
}
