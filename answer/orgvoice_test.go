package answer

import "testing"

// A made-up story of lenders and fitters: bodies that speak through a
// spokesperson named only by the body, as "it" after being named, or
// through a statement; bodies the article says have not spoken; and a body
// it only names.
const orgSpeech = `Lenders and fitters argue over loft insulation grants
A Cressley Bank spokeswoman told the paper it was reviewing every application. Cressley Bank did not respond to a second request.
Greyfold Council was asked for comment. It said the figures would be published in May. Greyfold Council has not said how many grants were paid.
The Vantry Society's statement said every approved grant would be honoured. The Vantry Society declined to comment further.
Dunley Insulation Ltd has not responded to requests for comment.
Tolbeck Lofts, which fitted the first homes, has not said when it will start again.
The Ashcombe Residents Association wrote to ministers last week asking for the deadline to be extended.`

func TestOrganisationVoice(t *testing.T) {
	e := offlineEngine(t, orgSpeech)
	checkSilentPerson(t, e, []silentCase{
		// Each speaks in one of a body's ways, though the article also
		// says it was silent once.
		{"What did Cressley Bank say?", ""},
		{"What did Greyfold Council say about the grants?", ""},
		{"What did the Vantry Society say?", ""},
		// The article says so, and gives no words.
		{"What did Dunley Insulation Ltd say?", "Dunley Insulation Ltd"},
		{"What did Tolbeck Lofts say about the grants?", "Tolbeck Lofts"},
	})
}
