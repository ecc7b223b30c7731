package answer

import "testing"

func TestQuestionVerb(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"When will the Harbor gates open?", "open"},
		{"Who will design the gates at the terminal?", "design"},
		{"Will the state senate ratify the compact?", "ratify"},
		{"How will the board vote on the levy?", "vote"},
		{"Which schools will be inspected first?", "inspected"},
		{"Who chaired the hearing?", "chaired"},
		{"How many residents attended the meeting?", "attended"},
		{"How many buses stop at Elm Road each hour?", "stop"},
		{"How many tenants have had rents raised by their landlords?", "raised"},
		{"What did the union say about the plan?", "say"},
		{"Who is the contractor that quit?", ""},
	} {
		if got := questionVerb(tc.q); got != tc.want {
			t.Errorf("questionVerb(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestAskedNoun(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"Which cloud provider did the firm pick?", "provider"},
		{"Which firm audited the charity?", "firm"},
		{"What product did the company launch?", "product"},
		{"Who were the three other bidders?", "bidders"},
		{"Who is the supplier that cut prices?", "supplier"},
		{"What share of voters backed her?", ""},
		{"Who will build the bridge?", ""},
		{"Who will be the independent mediator?", "mediator"},
		{"Who would be the new harbour master?", "master"},
		// A name or a past verb after the noun opens a clause about it.
		{"What is the name of the savings club Ortega joined?", "club"},
		{"What is the name of the lawyer hired by the union?", "lawyer"},
		{"Who was the previous MP?", "mp"},
		// A present participle is the question's verb, not its noun,
		// and after the noun opens a clause about it.
		{"Who is leading the search?", ""},
		{"Who is covering the cost of the repairs?", ""},
		{"Who is the surveyor inspecting the dam?", "surveyor"},
		{"Who is the acting chairman?", "chairman"},
	} {
		if got := askedNoun(tc.q); got != tc.want {
			t.Errorf("askedNoun(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestTenseClash(t *testing.T) {
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"When will the report be published?", "The report, published on Tuesday, found gaps.", true},
		{"When will the report be published?", "The report will be published in June.", false},
		{"What fine did the bank receive?", "The bank is due to be fined in May, the regulator said.", true},
		{"What fine did the bank receive?", "The bank was fined $2 million in May.", false},
		{"Who leads the committee?", "Ortega chaired the committee.", false},
	} {
		if got := tenseClash(tc.q, tc.s); got != tc.want {
			t.Errorf("tenseClash(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

func TestIndefiniteHead(t *testing.T) {
	for _, tc := range []struct {
		noun, q, s string
		want       bool
	}{
		{"supplier", "Who is the supplier that cut prices?", "Margins fell after a large supplier cut prices.", true},
		{"supplier", "Who is the supplier that cut prices?", "Margins fell after a large supplier, Brandt Metals, cut prices.", false},
		{"supplier", "Who is the supplier that cut prices?", "Brandt Metals, the supplier, cut prices.", false},
		{"bidders", "Who were the bidders?", "The city chose Acme over three other bidders.", true},
		{"firm", "Which firm audited the charity?", "The charity was audited by an outside firm.", true},
		{"firm", "Which firm audited the charity?", "Nothing was audited.", false},
		// An apposition names it before: "the Clean Rivers Act, a 2021 law".
		{"law", "Which law pays for the meals?", "The meals are paid for under the Clean Rivers Act, a 2021 state law.", false},
		{"law", "Which law pays for the meals?", "The meals are paid for under a 2021 state law.", true},
		// A name the question gives is no name of the firm, full stop or not.
		{"consultancy", "Which consultancy does Ines Roda work for in Dorsby?", "She now works for a consultancy in Dorsby.", true},
		{"consultancy", "Which consultancy does Ines Roda work for?", "She now works for a consultancy, Pell & Rayne.", false},
	} {
		if got := indefiniteHead(tc.noun, tc.q, tc.s); got != tc.want {
			t.Errorf("indefiniteHead(%q, %q) = %v, want %v", tc.noun, tc.s, got, tc.want)
		}
	}
}

func TestAttachmentCountsAndMeasures(t *testing.T) {
	f := focus{terms: []focusTerm{{term: "tenant", word: "tenants"}, {term: "evict", word: "evicted"}}}
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"The landlord evicted 40 tenants last year.", 1},
		{"About 1,200 of the tenants were evicted.", 1},
		{"One of the tenants was evicted.", 0},
		{"Half their tenants were evicted.", 0},
		// A percentage of the counted noun is the article's answer in
		// its own terms (counted.go's percentOf); a share in words is
		// not.
		{"About 18 per cent of tenants were evicted.", 1},
		{"The landlord evicted 12 elderly and disabled tenants.", 1},
		{"Forty families were evicted, the tenants said.", 0},
	} {
		if got := f.attachment(numberType, "How many tenants were evicted?", tc.s); got != tc.want {
			t.Errorf("attachment(how many tenants, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	mass := focus{terms: []focusTerm{{term: "water", word: "water"}, {term: "reservoir", word: "reservoir"}, {term: "hold", word: "hold"}}}
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"The reservoir holds 3 billion litres of water.", 1},
		{"It supplies water to about 1.9 million people.", 0},
		{"Its water volume of about 40 billion litres makes it the largest.", 0},
	} {
		if got := mass.attachment(numberType, "How much water does the reservoir hold?", tc.s); got != tc.want {
			t.Errorf("attachment(how much water, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestAnswerTypesOfMeasures(t *testing.T) {
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"How old was the founder?", "The founder, who died aged 91, ran the firm for decades.", true},
		{"How old is the owner?", "said Ana Ruiz, 54, who owns the shop.", true},
		{"How old is the owner?", "The shop opened in 1954.", false},
		{"How tall is the tower?", "The tower is a 40-metre landmark.", true}, // held; the dimension is attachment's
		{"How tall is the tower?", "Work took three weeks.", false},
	} {
		if got := hasAnswerType(questionType(tc.q), tc.q, tc.s); got != tc.want {
			t.Errorf("hasAnswerType(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
	f := focus{terms: []focusTerm{{term: "tower", word: "tower"}}}
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"The tower is 40 metres tall.", 1},
		{"The tower is a 40-metre landmark.", 0},
		{"It stands 40 metres high, the tower's owner said.", 1},
	} {
		if got := f.attachment(lengthType, "How tall is the tower?", tc.s); got != tc.want {
			t.Errorf("attachment(how tall, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestMoneyQuestionsAndSums(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"That means eighty thousand euros we don't have.", true},
		{"The rules would cost millions of dollars a year.", true},
		{"It cost $4.1 million.", true},
		{"Eighty thousand people came.", false},
	} {
		if got := hasMoney(tc.s); got != tc.want {
			t.Errorf("hasMoney(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestNameBeside(t *testing.T) {
	for _, tc := range []struct {
		noun, q, s string
		want       bool
	}{
		{"provider", "Which cloud provider did Dropkin pick?", "Dropkin moved to the cloud provider Nimbus in May.", true},
		{"provider", "Which cloud provider did Dropkin pick?", "Dropkin moved to a cloud provider in May.", false},
		// A capitalised word that opens a quotation names nothing.
		{"constituency", "Which constituency does Ana Lowe represent?", "\"One constituent wrote to me: 'The bus is how I get to work.'\"", false},
		// Nor does one that opens a sentence, nor "I": the nephew goes
		// unnamed; after a title's full stop a name still counts.
		{"nephew", "What is the name of Ana Lowe's nephew?", "\"The stairs are hard going. Sometimes I ask my nephew to carry the bags.\"", false},
		{"nephew", "What is the name of Ana Lowe's nephew?", "Her nephew, Mr. Tobin, carries the bags.", true},
	} {
		if got := nameBeside(tc.noun, tc.q, tc.s); got != tc.want {
			t.Errorf("nameBeside(%q, %q) = %v, want %v", tc.noun, tc.s, got, tc.want)
		}
	}
}
