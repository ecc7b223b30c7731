package answer

import "testing"

// TestDegreeLettersAreNoStranger checks that a degree's letters in mixed
// case ("PhD") are a common noun the article may write as "doctorate" or
// "doctoral", not a name it never uses, while letters in capitals alone
// the article never writes stay strangers.
func TestDegreeLettersAreNoStranger(t *testing.T) {
	e := offlineEngine(t, `Harwick notes

Ilse Marren completed her doctorate at the Harwick institute in 2019 and now teaches there.

Two former doctoral students of Marren's run the Harwick seed bank.
`)
	checkSupport(t, e, []supportCase{
		{"PhD for doctorate", "Ilse Marren finished her PhD at the Harwick institute in 2019.", 2, true},
		{"PhD for doctoral", "Two of Marren's former PhD students run the Harwick seed bank.", 3, true},
		{"PhD alone", "Ilse Marren has a PhD.", 2, true},
		{"capitals the article never writes", "The EU funded the Harwick seed bank, which two of Marren's former students run.", 3, false},
	})
}
