package answer

import "math"

// fitRows labels the candidates: every candidate of an unanswerable
// question is a negative; of an answerable one, the gold-paragraph
// candidate the weights w like best is the positive (a gold paragraph
// also holds sentences that do not answer), and the rest are left out,
// being neither answers nor evidence that there is none. This is
// multiple-instance learning by alternation: fit, relabel, fit again.
func fitRows(cases []fitCase, w [nSignals]float64) []fitRow {
	var rows []fitRow
	for i, c := range cases {
		if !c.answerable {
			for _, x := range c.xs {
				rows = append(rows, fitRow{x: x, q: i})
			}
			continue
		}
		best, arg := math.Inf(-1), -1
		for k, x := range c.xs {
			if !c.gold[k] {
				continue
			}
			if s := dot(w, x); s > best {
				best, arg = s, k
			}
		}
		if arg >= 0 {
			rows = append(rows, fitRow{x: c.xs[arg], label: true, q: i})
		}
	}
	return rows
}

func dot(w, x [nSignals]float64) float64 {
	s := 0.0
	for j := range w {
		s += w[j] * x[j]
	}
	return s
}

// fitModel fits the weights on cases: from coverage alone, alternating
// labelling and fitting four times.
func fitModel(cases []fitCase) ([nSignals]float64, []fitRow) {
	var w [nSignals]float64
	w[1], w[2] = 1, 1
	var rows []fitRow
	for range 4 {
		rows = fitRows(cases, w)
		w = fitLogistic(rows, 0.01)
	}
	return w, rows
}

// fitLogistic fits weights by gradient descent on the mean log loss with
// an L2 penalty (the bias is not penalised).
func fitLogistic(rows []fitRow, l2 float64) [nSignals]float64 {
	var w [nSignals]float64
	// Scale each signal to unit range for the descent, then fold it back.
	var scale [nSignals]float64
	for j := range scale {
		scale[j] = 1
		for _, r := range rows {
			scale[j] = math.Max(scale[j], math.Abs(r.x[j]))
		}
	}
	n := float64(len(rows))
	for it := 0; it < 20000; it++ {
		var g [nSignals]float64
		for _, r := range rows {
			s := 0.0
			for j := range w {
				s += w[j] * r.x[j] / scale[j]
			}
			p := 1 / (1 + math.Exp(-s))
			y := 0.0
			if r.label {
				y = 1
			}
			for j := range w {
				g[j] += (p - y) * r.x[j] / scale[j] / n
			}
		}
		for j := range w {
			if j > 0 {
				g[j] += l2 * w[j]
			}
			w[j] -= 0.5 * g[j]
		}
	}
	for j := range w {
		w[j] /= scale[j]
	}
	return w
}
