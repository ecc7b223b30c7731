package answer

import "testing"

// TestReportedFuture checks that a claim's "would" after a promise reads
// as the future it reports, while a claim that states the thing as done
// still needs a passage that says it was done.
func TestReportedFuture(t *testing.T) {
	e := offlineEngine(t, `Bakery chain expands

The owner of the Dellow bakery chain said every baker at the Kirkby site will keep a job when the ovens move to the new plant next spring.
`)
	tests := []struct {
		claim string
		want  bool
	}{
		{"The Dellow owner promised that every Kirkby baker would be kept on when the ovens move to the new plant.", true},
		{"Every Kirkby baker was kept on when the Dellow ovens moved to the new plant.", false},
	}
	for _, tt := range tests {
		p, _ := e.art.Paragraph(2)
		j := e.best(e.claimInfo(tt.claim), p.Sentences)
		if got := j.supports(); got != tt.want {
			t.Errorf("supports %q = %v (coverage %.2f, failed [%s]); want %v", tt.claim, got, j.coverage, j.why, tt.want)
		}
	}
}

// TestModalWordAsName checks that a modal word written with a capital
// inside a sentence is a month or a name, not a modal: "lapsed in May"
// states the lapse as done. The same word as a modal still only makes a
// thing possible.
func TestModalWordAsName(t *testing.T) {
	e := offlineEngine(t, `Guild notes

The Corvell guild said the bakery let its licence expire in May and so the levy went unpaid.

The Corvell guild said the bakery may let its licence expire and might never pay the levy.

HALLOW PIER WILL REOPEN IN JUNE, THE HARBOUR BOARD SAID.
`)
	checkSupport(t, e, []supportCase{
		{"a month is no modal", "The guild said the bakery's licence expired in May and the levy was never paid.", 2, true},
		{"a modal still is", "The guild said the bakery's licence expired and the levy was never paid.", 3, false},
		{"a modal in capitals still is", "Hallow pier reopened in June, the harbour board said.", 4, false},
	})
}

// TestBareBeIsNotDone checks that a participle after a bare "be" ("urged
// that the pier be rebuilt or sold") states no deed, so a passage that
// asks for it supports the claim, while the same verb stated as done
// still needs a passage that says it was done.
func TestBareBeIsNotDone(t *testing.T) {
	e := offlineEngine(t, `Pier report

A survey in 2019 said the Hallow pier should be rebuilt or sold within five years.
`)
	tests := []struct {
		claim string
		want  bool
	}{
		{"A 2019 survey urged that the Hallow pier be rebuilt or sold within five years.", true},
		{"The Hallow pier was rebuilt within five years of a 2019 survey.", false},
	}
	for _, tt := range tests {
		p, _ := e.art.Paragraph(2)
		j := e.best(e.claimInfo(tt.claim), p.Sentences)
		if got := j.supports(); got != tt.want {
			t.Errorf("supports %q = %v (coverage %.2f, failed [%s]); want %v", tt.claim, got, j.coverage, j.why, tt.want)
		}
	}
}
