package answer

// memo returns of(c.text), working it out once per claim. The gate judges
// a claim against many windows (the cited one, the other retrieved ones,
// every paragraph when it repairs), and a check that parsed the claim's
// text on each call parsed it once per window: the claim's ratios alone
// took a quarter of the gate's time, and its figure directions, figure
// nouns, superlatives, denied figures, votes and kin a tenth more (go test
// -run '^$' -bench BenchmarkGate -cpuprofile, fourteenth round). A claim
// belongs to one gate run, so the cache needs no lock.
func memo[T any](c *claimInfo, key string, of func(string) T) T {
	if v, ok := c.memo[key]; ok {
		return v.(T)
	}
	if c.memo == nil {
		c.memo = map[string]any{}
	}
	v := of(c.text)
	c.memo[key] = v
	return v
}

// claimRatios are the ratios a claim gives (see ratios).
func claimRatios(text string) []float64 { return ratios(text, false) }

// bareSuperlatives are the superlatives a claim gives bare (see
// superlatives).
func bareSuperlatives(text string) map[string]bool {
	_, bare := superlatives(text)
	return bare
}
