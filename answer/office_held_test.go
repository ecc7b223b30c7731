package answer

import "testing"

// officeHeldArticle gives its people roles before and after their names,
// and names them once without one.
const officeHeldArticle = `Harbour board fills its empty seat

The Tarrow Harbour Board has a chair again after eleven months without one.

Board chair Ilse Maren said the first task would be the dredging plan. "The channel is silting up faster than anyone expected," she said.

Ratu Semi Tabua, who speaks for the fishing families, said boats were waiting for the spring tides.

"We will meet the board on the slipway," Ratu Semi said.

Ilse Maren grew up on the quay and kept a fishing boat for twenty years before she sold it.
`

func TestOfficeHeld(t *testing.T) {
	e := offlineEngine(t, officeHeldArticle)
	tests := []supportCase{
		{"a role before the name states the office she holds", "Ilse Maren holds that post.", 3, true},
		{"a role after the name states the office he holds", "Semi Tabua holds that position.", 4, true},
		{"a sentence that names her without a role", "Ilse Maren holds that post.", 6, false},
	}
	checkSupport(t, e, tests)
}

// TestTitleBeforeNameIsName checks that a title before a form of a name in
// a claim ("Ratu Semi") belongs to how the claim names him, though the
// canonical name leaves it out: it is no word the passage must state of
// him, nor one that a passage naming him so covers.
func TestTitleBeforeNameIsName(t *testing.T) {
	e := offlineEngine(t, officeHeldArticle)
	c := e.claimInfo("Ratu Semi, the village elder.")
	i := indexOf(c.terms, "ratu")
	if i < 0 || len(c.names) != 1 {
		t.Fatalf("claim terms %v, names %v: want the term ratu and one name", c.terms, c.names)
	}
	if c.nameMasks[0]&(1<<i) == 0 {
		t.Errorf("name mask of %s lacks the title before the name (terms %v)", c.names[0], c.terms)
	}
}
