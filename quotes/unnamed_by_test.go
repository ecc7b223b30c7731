package quotes

import "testing"

// QuotesBy an unnamed source's description returns that source's words,
// not those of a named person a lookup by role would find ("a tenant"
// is not the chair of the tenants' group).
func TestQuotesByUnnamedSource(t *testing.T) {
	_, ix := parse(t,
		"Ivo Brandt, 58, a bus driver who chairs the Elm Court Tenants' Group, said his group had gathered 300 signatures. “Nobody listens to us,” Brandt said.",
		"A tenant, who declined to be identified, said the closure “came as no surprise to anyone on the estate”.")
	var source string
	for _, q := range ix.Quotes() {
		if q.Text == "came as no surprise to anyone on the estate" {
			source = q.Speaker
		}
	}
	if source == "" || source == "Ivo Brandt" {
		t.Fatalf("the tenant's words attributed to %q", source)
	}
	qs := ix.QuotesBy(source)
	if len(qs) != 1 || qs[0].Text != "came as no surprise to anyone on the estate" {
		t.Errorf("QuotesBy(%q) = %v, want the tenant's words alone", source, qs)
	}
}
