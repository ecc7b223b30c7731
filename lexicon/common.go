package lexicon

// CommonWords are English words too ordinary to be taken for a name in free
// text such as a question: "what did the mayor say" names no one called
// "Mayo".
var CommonWords = newSet(`a about above after again against all also am an and any are as
	at be because been before being below between both but by can could did do
	does doing down during each even few for from further had has have having he
	her here hers him his how i if in into is it its just me more most my no nor
	not now of off on once only or other our out over own same she should so some
	such than that the their them then there these they this those through to too
	under until up very was we were what when where which while who whom why will
	with would you your said say says tell told talk think thinks thought believe
	believes want wants news article story quote quotes quoted statement ask asked
	answer explain summary summarize summarise mean means meant happen happened
	opinion view views position stance react reaction respond response comment
	comments call called speak spoke about regarding according people person
	anyone someone everyone who's whose president leader minister government
	country war peace deal ceasefire talks plan city council mayor state market
	good bad great new old first last long little own right big high different
	small large next early young important public private real best free able
	make made get got go went know knew see saw come came take took give gave
	find found use used work worked try tried feel felt become became leave left
	put keep kept let begin began seem seemed help show shown hear heard play run
	move live believe hold bring happen write wrote provide sit stand lose pay
	meet include continue set learn change lead understand watch follow stop
	create read allow add spend grow open walk win offer remember love consider
	appear buy wait serve die send expect build stay fall cut reach kill remain
	suggest raise pass sell require report decide pull day days year years time
	times week month today tomorrow yesterday morning night way thing things man
	woman men women child children world life hand part place case point group
	number fact water home house room money story issue side kind head far back`)
