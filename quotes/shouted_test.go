package quotes

import "testing"

// TestShoutedPhraseIsNoName checks that a phrase set in capitals with a
// function word ("TO EVERY TENANT IN ALDBURY") names no one, so a lookup
// by one of its nouns finds the person it means, while a body's name set in
// capitals with "of" still names the body. Sentences and names are made up.
func TestShoutedPhraseIsNoName(t *testing.T) {
	_, ix := parse(t, "Fact check: the Aldbury rent letter",
		`A post shared 4,000 times, headed "TO EVERY TENANT IN ALDBURY", claims rents will double in March.`,
		"A tenant, who asked us not to use her name, said she had seen the post in three groups.",
		"The BANK OF ALDBURY said it had made no such plan.",
	)
	for _, sp := range ix.Speakers() {
		if sp.Name == "TO EVERY TENANT IN ALDBURY" {
			t.Errorf("a shouted heading is a speaker: %+v", sp)
		}
	}
	findsOne(t, ix, "the tenant", "a tenant")
	findsOne(t, ix, "Bank of Aldbury", "BANK OF ALDBURY")
}
