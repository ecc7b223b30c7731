package answer

import (
	"context"
	"testing"
)

func TestWithheld(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		// Made known: the asked thing is the subject or the object.
		{"What is the condition of the cyclist?", "The cyclist was flown to a clinic, and her condition has not been released.", true},
		{"What caused the landslip?", "Surveyors have not yet given a cause.", true},
		{"Who is the victim?", "The victim has not yet been identified by police.", true},
		// Done: only a question that asks when.
		{"When will the new pump be installed?", "The pump had yet to be installed on Friday.", true},
		{"Why will the new pump be installed?", "The pump had yet to be installed on Friday.", false},
		// Not what the question asks for.
		{"Who found the body?", "The body has not been identified.", false},
		// A yes-no question, or one about the disclosure itself.
		{"Has her condition been released?", "Her condition has not been released.", false},
		{"Who disclosed the fee?", "The club did not disclose the fee.", false},
		// A sentence that gives the thing.
		{"What is the condition of the driver?", "The driver is in a stable condition.", false},
	}
	for _, tt := range tests {
		if got := withheld(tt.q, tt.s); got != tt.want {
			t.Errorf("withheld(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

// A made-up local report whose sentence about the cause says it is not
// known, beside one that matches the question's other words.
const withheldBarn = `Barn fire on Tolley Lane
A fire destroyed a hay barn on Tolley Lane near Brackwood on Tuesday night, the fire service said.
The Tolley Lane fire began in the hay store shortly after 9 p.m., because of the wind it spread to the roof within minutes.
What started it? Fire crews have not yet given a cause. The farmer, Idris Penhale, said the barn had been checked on Monday.
Crews from Brackwood and Oxley fought the Tolley Lane fire for six hours before it was out.`

func TestWithheldAbstains(t *testing.T) {
	e := offlineEngine(t, withheldBarn)
	for _, tt := range []struct {
		q       string
		abstain bool
	}{
		{"What caused the Tolley Lane fire?", true},
		{"How long did crews fight the Tolley Lane fire?", false},
	} {
		res, err := e.Ask(context.Background(), Request{Question: tt.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstained != tt.abstain {
			t.Errorf("%q: abstained=%v, want %v (%q)", tt.q, res.Abstained, tt.abstain, res.Answer)
		}
	}
}
