package lexicon

// DoneVerbs state that a thing was carried out: a bill "passed", aid
// "delivered", a road "repaired", a fee "paid". Their base forms.
var DoneVerbs = newSet(`pass approve adopt enact ratify deliver complete finish build install repair fix
	pay refund repay sign open reopen launch grant award sell buy acquire hire accept agree implement
	release publish supply provide distribute restore settle fund donate transfer hand ship`)

// UndoneVerbs say that a thing was only offered, sought, weighed, put off
// or refused, not carried out: aid "promised", a bill whose debate was
// "adjourned", a grant "applied" for, a plan "rejected", a firm the mayor
// will "press" to stay. A claim that
// puts one of DoneVerbs where its passage has one of these on the same
// object turns what was not done into a fact. Base forms.
var UndoneVerbs = newSet(`promise pledge vow offer propose plan intend seek request ask urge demand
	consider debate discuss weigh review adjourn postpone delay defer shelve suspend reject refuse
	decline deny block oppose veto scrap cancel withdraw abandon halt freeze threaten expect hope want
	apply bid attempt try recommend suggest announce table press push lobby`)

// DecisionVerbs, besides UndoneVerbs, make what follows "to" a decision,
// not a deed: the council "voted to build" the wall, the firm "agreed to
// buy" the vans, a court "ordered" it "to pay". Base forms.
var DecisionVerbs = newSet(`vote decide agree choose resolve order aim want set move`)
