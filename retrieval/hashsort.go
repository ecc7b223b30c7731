package retrieval

import (
	"slices"
)

// Indexing sorts the feature hashes of every sentence (a few hundred each,
// most of them character n-grams) and merges them per chunk; on a 4.5 MB
// article pdqsort and a pick-the-smallest-head merge were about 40 % of
// composing the vectors. The hashes are uniformly spread 64-bit values, so
// distributing them by their top byte leaves buckets of one or two that an
// insertion pass finishes, and two sorted lists are merged at a time. The
// results are the sorted order itself, so the vectors are unchanged.

// sortHashes distributes by the top byte first from bucketSortMin hashes,
// below which the 256 counters cost more than they save, to bucketSortMax,
// above which the buckets (16 hashes on average there) grow long enough for
// the insertion pass to cost more than pdqsort. A sentence has a few
// hundred hashes, a chunk embedded whole up to a few thousand.
const (
	bucketSortMin = 96
	bucketSortMax = 4096
)

// sortHashes sorts hs in place, using *tmp as scratch space (grown as
// needed and kept for the next call).
func sortHashes(hs []uint64, tmp *[]uint64) {
	if len(hs) < bucketSortMin || len(hs) > bucketSortMax {
		slices.Sort(hs)
		return
	}
	var start [257]int
	for _, h := range hs {
		start[h>>56+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	buf := slices.Grow((*tmp)[:0], len(hs))[:len(hs)]
	*tmp = buf
	for _, h := range hs {
		b := h >> 56
		buf[start[b]] = h
		start[b]++
	}
	copy(hs, buf)
	// Each value is now within its bucket, after every smaller bucket: an
	// insertion sort moves it only past its few bucket mates.
	for i := 1; i < len(hs); i++ {
		h := hs[i]
		j := i
		for j > 0 && hs[j-1] > h {
			hs[j] = hs[j-1]
			j--
		}
		hs[j] = h
	}
}

// mergeSorted appends the union (with repeats) of the sorted lists to dst,
// in order, merging two lists at a time through the scratch buffers a and
// b (grown as needed and kept for the next call).
func mergeSorted(dst []uint64, lists [][]uint64, a, b *[]uint64) []uint64 {
	var cur []uint64
	n := 0
	for k, l := range lists {
		if len(l) == 0 {
			continue
		}
		n++
		if n == 1 {
			cur = l
			continue
		}
		if !slices.ContainsFunc(lists[k+1:], func(l []uint64) bool { return len(l) > 0 }) {
			return merge2(dst, cur, l)
		}
		*a = merge2((*a)[:0], cur, l)
		cur = *a
		a, b = b, a
	}
	return append(dst, cur...)
}

// merge2 appends the merge of the sorted x and y to dst.
func merge2(dst, x, y []uint64) []uint64 {
	n := len(dst)
	dst = slices.Grow(dst, len(x)+len(y))[:n+len(x)+len(y)]
	out := dst[n:]
	i, j, k := 0, 0, 0
	for i < len(x) && j < len(y) {
		if y[j] < x[i] {
			out[k] = y[j]
			j++
		} else {
			out[k] = x[i]
			i++
		}
		k++
	}
	k += copy(out[k:], x[i:])
	copy(out[k:], y[j:])
	return dst
}
