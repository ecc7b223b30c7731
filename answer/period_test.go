package answer

import "testing"

func TestPeriodMissing(t *testing.T) {
	tests := []struct {
		q, text string
		want    bool
	}{
		{"What was the jobless rate in March?", "The jobless rate rose to 5.1 percent in February.", true},
		{"What was the jobless rate in March?", "In March the jobless rate held at 5.1 percent.", false},
		{"How much will the club spend next season?", "The club spent £4 million this season on wages.", true},
		{"How much will the club spend next season?", "Next season the club will spend £6 million.", false},
		{"How many people died in the 1998 flood?", "The 2004 flood killed 12 people.", true},
		// "May" opening a question is the modal, not the month.
		{"May the tenants stay until the repairs end?", "Tenants can stay while repairs go on.", false},
		{"How many ferries sail each day?", "Four ferries sail each day.", false},
	}
	for _, tt := range tests {
		if got := periodMissing(tt.q, tt.text); got != tt.want {
			t.Errorf("periodMissing(%q, %q) = %v, want %v", tt.q, tt.text, got, tt.want)
		}
	}
}

func TestOnlySayingTimes(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The mayor said on Wednesday that she had asked the firm for a meeting.", true},
		{"Haddad told reporters on Tuesday the talks were over.", true},
		{"The mayor said on Wednesday that she would meet the firm on Friday.", false},
		{"The plant will reopen in March, the company said.", false},
		{"The firm gave no date for the meeting.", false},
	}
	for _, tt := range tests {
		if got := onlySayingTimes(tt.s); got != tt.want {
			t.Errorf("onlySayingTimes(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
