package answer

import (
	"context"
	"strings"
	"testing"

	"articlebot/article"
	"articlebot/retrieval"
)

// TestRescueNotByNames: a claim whose names carry much of its weight is
// not rescued by the embedder when, without the names, it resembles its
// passage no more than any text does, though with them it would be.
func TestRescueNotByNames(t *testing.T) {
	const text = "Storm over Quillon\n\nThe ridge above Quillon was closed on Sunday after heavy rain.\n\n" +
		"Osric Pellingford-Dunne said crews with lamps and ropes would keep combing the gullies until the ridge was clear, and that volunteers from three valleys had joined them.\n\n" +
		"Teams from three valleys joined the search with lamps and ropes.\n\nThe trail stays shut until Friday, the park said.\n"
	e := offlineEngine(t, text)
	a := e.art
	g := &gateRun{ctx: context.Background(), e: e}
	for _, claim := range []string{
		"Osric Pellingford-Dunne said the crews had stopped for the winter.",
		"Osric Pellingford-Dunne sent the volunteers home.",
	} {
		c := e.claimInfo(claim)
		var j judgement
		for _, p := range a.Body() {
			if strings.Contains(a.Sentences[p.Sentences[0]].Text, "Osric") {
				j = e.best(c, p.Sentences)
			}
		}
		if !j.hard() || j.coverage < secondOpinionFloor || j.coverage >= supportCoverage || c.nameShare() < namedRescueShare {
			t.Fatalf("%q: coverage %.2f, name share %.2f: not a borderline claim carried by its names", claim, j.coverage, c.nameShare())
		}
		if sim, _ := e.index.Similarity(g.ctx, c.text, g.windowText(j)); sim < e.index.SupportSimilarity() {
			t.Fatalf("%q: similarity %.2f with the names: the rescue would not have held anyway", claim, sim)
		}
		if g.similar(c, j) {
			t.Errorf("%q rescued by the embedder on the names it shares with the passage", claim)
		}
	}
	if got := withoutNames(e.claimInfo("Osric Pellingford-Dunne sent them home."), "Osric Pellingford-Dunne said so."); got != "said so." {
		t.Errorf("withoutNames: got %q, want %q", got, "said so.")
	}
}

// TestRescueByNamesNeedsTheEmbeddersThreshold: whether a claim carried by
// its names is still like its passage without them is judged by the
// embedder's own threshold for that; an embedder configured with a support
// threshold but none for names rescues no such claim.
func TestRescueByNamesNeedsTheEmbeddersThreshold(t *testing.T) {
	const text = "Storm over Quillon\n\nThe ridge above Quillon was closed on Sunday after heavy rain.\n\n" +
		"Osric Pellingford-Dunne said crews with lamps and ropes would keep combing the gullies until the ridge was clear.\n"
	const claim = "Osric Pellingford-Dunne said crews with lamps would keep combing the gullies."
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	unnamed, err := New(context.Background(), a, Options{Logger: quiet, Retrieval: retrieval.Options{
		Embed:             retrieval.LocalEmbedder(retrieval.DefaultDim),
		SupportSimilarity: retrieval.LocalSupportSimilarity,
	}})
	if err != nil {
		t.Fatal(err)
	}
	window := a.Sentences[a.Body()[1].Sentences[0]].Text
	for _, tc := range []struct {
		name string
		e    *Engine
		want bool
	}{{"built-in embedder", offlineEngine(t, text), true}, {"no threshold without names", unnamed, false}} {
		g := &gateRun{ctx: context.Background(), e: tc.e}
		if got := g.similarBeyondNames(tc.e.claimInfo(claim), window); got != tc.want {
			t.Errorf("%s: similar beyond the names %v, want %v", tc.name, got, tc.want)
		}
	}
}
