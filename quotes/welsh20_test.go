package quotes

import "testing"

// TestWelshPatronymic checks that the Welsh patronymic particle ("ap",
// "ab" before a vowel) joins a name as "van" and "bin" do: the person is
// one, found by the whole name, by title and surname and by the surname
// with its particle. Every line and name is made up.
func TestWelshPatronymic(t *testing.T) {
	_, ix := parse(t, "Chapel roof to be mended",
		"Church warden Emrys ap Gwilym said the roof had leaked since the storm.",
		"“We have buckets in three pews,” Mr ap Gwilym said.",
		"Builder Nia ab Owain said scaffolding would go up in May.")
	checkPeople(t, ix, map[string][]string{
		"Emrys ap Gwilym": {"Emrys ap Gwilym"}, "Mr ap Gwilym": {"Emrys ap Gwilym"},
		"ap Gwilym": {"Emrys ap Gwilym"}, "Nia ab Owain": {"Nia ab Owain"},
	}, map[string]int{"Emrys ap Gwilym": 1})
}
