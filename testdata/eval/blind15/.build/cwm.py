"""Gold for cwm-rhydian-quarry-homes (blind15)."""
from lib import Article
a = Article("cwm-rhydian-quarry-homes")
EWJ, GP, MJ, GML, ERD = "Eurig Wyn Jones", "Gwenllïan Pryderi", "Mair Jones", "Gethin Morgan-Lloyd", "Eleri Rhys-Davies"
ANON, WSHT = "one councillor who voted in favour", "Welsh Slate Heritage Trust"
# quotations
a.quote(EWJ, "Nobody on this committee wants to see Cwm Rhydian turned into a dormitory. But nobody wants to see it empty either.")
a.quote(EWJ, "for the best part of a generation")
a.quote(GP, "Thirty-eight houses in a village of 410 people is not a top-up. It is a change of language.")
a.quote(GP, "I have read the assessment twice")
a.quote(GP, "It counts the speakers and forgets the children.")
a.quote(MJ, "I have nothing against houses. I have something against 200 cars a day going past a shed full of ewes in March")
a.quote(GML, "We listened. We took a third of the houses off the plan and we moved the road away from the school")
a.quote(ERD, "Our school has 46 children. Five years ago it had 71. Every family that moves in and sends its children to us is a gift.")
a.quote(ERD, "But a family that moves in and sends its children to the English-medium school in town is a loss we cannot make up, and nothing in this application tells me which it will be.")
a.quote(ANON, "and pay the developer’s costs on top")
a.quote(WSHT, "protect the incline for another hundred years")
# fact
a.q("How many homes were approved at the quarry?", "fact", ["PLANS for 38"], [("Thirty-eight dwellings got the go-ahead.", "PLANS for 38")])
a.q("What was the committee's vote?", "fact", ["PLANS for 38"], [("A majority of two, 7 to 5.", "PLANS for 38")])
a.q("How many of the houses will be affordable?", "fact", ["includes 11 affordable"], [("Eleven are priced for local budgets.", "includes 11 affordable")])
a.q("What share of the village spoke Welsh at the 2021 census?", "fact", ["52 per cent"], [("Just over half, down from about three in five a decade before.", "52 per cent")])
a.q("How wide will the access road be?", "fact", ["5.5 metres"], [("Five and a half metres once it is enlarged.", "5.5 metres")])
a.q("How many homes were in the first application?", "fact", ["54 homes"], [("Fifty-four dwellings were proposed originally.", "54 homes")])
a.q("How many children attend Ysgol Bryn Gwenith?", "fact", ["Our school has 46"], [("Forty-six pupils now, against seventy-one half a decade back.", "Our school has 46")])
a.q("How many protesters were outside the council offices?", "fact", ["about 30 protesters"], [("Around thirty demonstrators gathered in Penrhos.", "about 30 protesters")])
a.q("When could work start on the site?", "fact", ["spring of 2027"], [("Building may begin early in 2027 unless ministers intervene.", "spring of 2027")])
a.q("When will the community council discuss the decision?", "fact", ["Thursday 10th December"], [("At its next sitting, on the tenth of the final month.", "Thursday 10th December")])
# paraphrase
a.q("Which organisation cares for the historic haulage slope at the former pit?", "paraphrase", ["Welsh Slate Heritage Trust (WSHT)"], [("A conservation charity for the region's roofing-stone industry, the WSHT.", "Welsh Slate Heritage Trust (WSHT)")])
a.q("Why does the farmer object to the scheme's traffic?", "paraphrase", ["Mair Jones, who farms", "I have nothing against houses"], [("Vehicles would pass the buildings where her flock gives birth.", "Mair Jones, who farms"), ("She fears hundreds of vehicles daily beside her pregnant sheep in spring.", "I have nothing against houses")])
a.q("How has enrolment at the village's Welsh-medium primary changed?", "paraphrase", ["Our school has 46"], [("It fell from seventy-one pupils to forty-six in half a decade.", "Our school has 46")])
a.q("How much of the population could speak the language a decade before the latest count?", "paraphrase", ["52 per cent"], [("About three in every five people.", "52 per cent")])
a.q("What concession did the builder make on the size of the project?", "paraphrase", ["54 homes", "We listened"], [("It dropped sixteen dwellings from its original proposal.", "54 homes"), ("The firm removed about a third of the units from the drawing.", "We listened")])
# who
a.q("What did Eurig Wyn Jones say?", "who", ["Opening the debate", "for the best part"], [("He said no member wants the valley to become a commuter suburb, nor to see it deserted.", "Opening the debate"), ("He said young pairs have been moving out for decades as homes cost too much.", "for the best part")])
a.q("What did Gwenllïan Pryderi say?", "who", ["who proposed refusal", "I have read the assessment"], [("She argued the development would shift the tongue spoken in a settlement of a few hundred.", "who proposed refusal"), ("She said the study tallies those who talk Welsh but ignores the young.", "I have read the assessment")])
a.q("What did Mair Jones say?", "who", ["Mair Jones, who farms", "I have nothing against houses"], [("She warned members the route to the site would pass her farm buildings.", "Mair Jones, who farms"), ("She said she does not oppose housing, only the vehicles near her pregnant flock.", "I have nothing against houses")])
a.q("What did Gethin Morgan-Lloyd say?", "who", ["The developer’s agent", "We listened"], [("He said the firm shrank its proposal and will offer the cheaper units to people with ties to the area first.", "The developer’s agent"), ("He said the company heard objections, trimmed the layout and shifted the access away from the pupils.", "We listened")])
a.q("What did Eleri Rhys-Davies say?", "who", ["Our school has 46", "But a family that moves in"], [("She wrote that pupil numbers have dropped and each incoming household enrolling there is welcome.", "Our school has 46"), ("She said incomers who pick English-language education elsewhere cost the community pupils it cannot replace.", "But a family that moves in")])
a.q("What did Nerys Tudur do?", "who", ["Nerys Tudur MS"], [("She asked the devolved administration for a review by ministers.", "Nerys Tudur MS")])
# role
a.q("Who is the chair of the planning committee?", "role", ["Opening the debate"], [("Mr Jones, the Llanrhydian member.", "Opening the debate")])
a.q("Who is the highways officer?", "role", ["Highways officer"], [("Rhodri, of the council's roads team.", "Highways officer")])
a.q("Who is the headteacher of Ysgol Bryn Gwenith?", "role", ["Our school has 46"], [("The primary's head is Rhys-Davies.", "Our school has 46")])
a.q("Who is the developer's agent?", "role", ["The developer’s agent"], [("Mr Morgan-Lloyd, a consultant.", "The developer’s agent")])
a.q("Who is the Member of the Senedd for the area?", "role", ["Nerys Tudur MS"], [("Nerys Tudur sits in the devolved parliament for it.", "Nerys Tudur MS")])
a.q("Who is the committee clerk?", "role", ["Our school has 46"], [("Bowen, who passed on the head's message aloud.", "Our school has 46")])
# misspelled
a.q("What did Euric Wyn Jones say?", "misspelled", ["Opening the debate", "for the best part"])
a.q("What did Gwenllian Prydery say?", "misspelled", ["who proposed refusal", "I have read the assessment"])
a.q("What did Mair Jonse say?", "misspelled", ["Mair Jones, who farms", "I have nothing against houses"])
a.q("What did Gethin Morgan-Loyd say?", "misspelled", ["The developer’s agent", "We listened"])
a.q("What did Eleri Rhys-Davis say?", "misspelled", ["Our school has 46", "But a family that moves in"])
# unanswerable
for t in ["How much will each of the 38 homes cost to buy?",
          "What is the salary of the headteacher of Ysgol Bryn Gwenith?",
          "How many Welsh speakers live in Penrhos?",
          "When will the Welsh Government decide whether to call in the application?",
          "Why did the developer agree in October to leave the upper terraces untouched?",
          "How many cars a day use the road past Tyddyn Gwyn now?",
          "How much did Tŷ Llechen Homes pay for the quarry site?",
          "What will the footpath to the school cost?",
          "How long did the planning committee meeting last?"]:
    a.q(t, "unanswerable")
# overview, speakers, headline
a.q("What is this article about?", "overview", [1, "PLANS for 38"], facts=["38 homes", "seven votes to five"])
a.q("tl;dr", "overview", [1, "PLANS for 38", "includes 11 affordable"], facts=["disused slate quarry", "11 affordable houses"])
a.q("Give me the key facts", "overview", ["PLANS for 38", "includes 11 affordable", "Welsh Slate Heritage Trust (WSHT)"], facts=["Tuesday, 1 December", "Tŷ Llechen Homes Ltd", "drum house"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(EWJ, ["Councillor", "chair of Gwynant Council's planning committee", "councillor for Llanrhydian"], True,
         ["Councillor Eurig Wyn Jones", "Councillor Jones", "Eurig Jones", "Eurig", "the committee chair", "the chair of the planning committee", "Euric Wyn Jones", "Eurig Wynn Jones"])
a.person(GP, ["Councillor", "councillor for Bethel Uchaf", "proposed refusal"], True,
         ["Councillor Gwenllïan Pryderi", "Councillor Pryderi", "Pryderi", "Gwenllïan", "Gwenllian Pryderi", "Gwenllian", "the councillor for Bethel Uchaf", "Gwenllian Prydery", "Gwenlian Pryderi"])
a.person(MJ, ["farmer at Tyddyn Gwyn"], True, ["Mrs Jones", "Mrs Mair Jones", "Mair", "the farmer", "Mair Jonse", "Maire Jones"])
a.person("Rhodri ap Iorwerth", ["highways officer"], False, ["Mr ap Iorwerth", "ap Iorwerth", "Rhodri", "the highways officer", "Rhodri ap Iorweth", "Rhodri ab Iorwerth"])
a.person(GML, ["the developer's agent", "Caer Planning"], True, ["Mr Morgan-Lloyd", "Morgan-Lloyd", "Gethin", "the developer's agent", "the agent", "Gethin Morgan Lloyd", "Gethin Morgan-Loyd"])
a.person(ERD, ["headteacher of Ysgol Bryn Gwenith"], True, ["Rhys-Davies", "Eleri", "the headteacher", "the head teacher", "Eleri Rhys Davies", "Eleri Rhys-Davis"])
a.person("Llŷr Bowen", ["the clerk"], False, ["Bowen", "Llŷr", "Llyr Bowen", "the clerk", "Llŷr Bowan", "Llyr Bowenn"])
a.person("Nerys Tudur", ["Member of the Senedd", "MS"], False, ["Nerys Tudur MS", "Tudur", "Nerys", "the Member of the Senedd", "the MS", "Nerys Tudor", "Neris Tudur"])
a.person("Lowri Prys", ["Local Democracy Reporter"], False, ["Prys", "Lowri", "the reporter", "Lowri Pryce", "Lowrie Prys"])
a.person(ANON, ["councillor who voted in favour", "anonymous"], True, ["the anonymous councillor", "the councillor who voted in favour"])
a.person(WSHT, ["trust that looks after the quarry's old incline and drum house"], True, ["WSHT", "the WSHT", "the heritage trust", "Welsh Slate Heritige Trust", "Welsh Slate Heritage Trst"])
a.person("Tŷ Llechen Homes Ltd", ["developer"], False, ["Tŷ Llechen Homes", "Ty Llechen Homes", "the developer", "Tŷ Llechen", "Ty Llechan Homes"])
a.person("Cyngor Cymuned Cwm Rhydian", ["the village's community council"], False, ["the community council", "Cwm Rhydian community council", "Cyngor Cymuned Cwm Rhydan"])
# claims
for t, n in [("The planning committee approved 48 homes at the quarry.", "PLANS for 38"),
             ("The plans were approved by nine votes to three.", "PLANS for 38"),
             ("The community council supported the application.", "PLANS for 38"),
             ("The scheme includes 21 affordable houses.", "includes 11 affordable"),
             ("The developer refused the trust's request to leave the upper terraces untouched.", "Welsh Slate Heritage Trust (WSHT)"),
             ("Welsh was spoken by 62 per cent of residents at the 2021 census.", "52 per cent"),
             ("Mair Jones is the sister of the committee chair.", "Mair Jones, who farms"),
             ("The access road will be widened to 7.5 metres.", "5.5 metres"),
             ("Rhodri ap Iorwerth recommended refusal on highways grounds.", "5.5 metres"),
             ("The first application, lodged in May 2023, was for 54 homes.", "54 homes"),
             ("Ysgol Bryn Gwenith had 91 pupils five years ago.", "Our school has 46"),
             ("About 300 protesters gathered outside the council offices in Penrhos.", "about 30 protesters"),
             ("The Welsh Government has called in the decision.", "Nerys Tudur MS"),
             ("Work on the homes will begin in the autumn of 2026.", "spring of 2027")]:
    a.claim(t, n)
a.claim("Nerys Tudur MS said: ‘This decision will empty the valley of its language.’", "Nerys Tudur MS", "Nerys Tudur")
a.claim("‘We will take this to judicial review,’ Councillor Pryderi said.", "I have read the assessment", GP)
a.claim("Mr Morgan-Lloyd said: ‘Every one of the 38 homes will be sold to a local family.’", "We listened", GML)
a.claim("The WSHT said the developer had ‘ignored every request we made’.", "protect the incline", WSHT)
a.write()
