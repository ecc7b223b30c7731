from lib import Gold

g = Gold("doringkloof-slimes-dam-collapse")
MPHO, SIPHO, KRM, EMP = "Mpho Ramokgopa", "Sipho Mahlangu", "Karee Reef Mining", "a KRM employee who works at the gold plant"
LER, JOH, RIE, NOM, TSH = "Lerato Mofokeng", "Johan van der Merwe", "Riëtte van der Merwe", "Nomvula Dlamini", "Tshepo Mokoena"

# --- quotations
g.quote(MPHO, "I heard a sound like a train, but there is no train here. Then the dogs started crying. I took the children and we ran up the hill, to the church, without shoes.")
g.quote(MPHO, "When I looked back, my neighbour's house was gone. Just gone. The roof was floating like a boat.")
g.quote(MPHO, "People say it was an accident. It was not an accident. We told them.")
g.quote(SIPHO, "They came, they took photographs, they said thank you. That was the last time we saw them")
g.quote(KRM, "deeply saddened by the tragic loss of life")
g.quote(KRM, "no material risk of failure was identified")
g.quote(EMP, "every day, not once a week like before")
g.quote(EMP, "Everybody knew the dam was too full. The supervisors called it 'the swimming pool', because it was always nearly overflowing")
g.quote(LER, "Nobody will be protected by their job title. If the warnings were ignored, we will find out who ignored them")
g.quote(JOH, "We did not ask anyone which church they belong to. A child who has lost everything is not a denomination")
g.quote(RIE, "The water is grey and it smells of chemicals. I tested it myself on Saturday and the pH was 3.1. I won't let an animal near it")
g.quote(NOM, "A slimes dam does not collapse in one morning. It fails slowly over years, and then all at once.")
g.quote(TSH, "I'm angry, but I'm also scared that they will close the mine and then there is nothing here. My father worked there, I work there. That's the truth of this town")
g.quote(KRM, "pending engineering review")
g.quote(MPHO, "They must come and see this")
g.quote(MPHO, "Not in photographs. Here.")

# --- fact (10)
g.q("fact", "When did the dam wall give way?", ["at about 5.40am on Thursday"],
    [("Shortly before a quarter to six on Thursday morning.", "at about 5.40am on Thursday")])
g.q("fact", "How deep was the sludge?", ["up to 2m deep"],
    [("As much as two metres.", "up to 2m deep")])
g.q("fact", "How many people died?", ["Three people died"],
    [("Three, among them a boy of nine, with another two still unaccounted for.", "Three people died")])
g.q("fact", "How many homes were destroyed?", ["Fourteen homes were destroyed"],
    [("Fourteen, and sixty-one others suffered damage.", "Fourteen homes were destroyed")])
g.q("fact", "How much waste did the dam hold?", ["2.3 million cubic metres"],
    [("About two point three million cubic metres of fine mining residue.", "2.3 million cubic metres")])
g.q("fact", "Since when has the gold plant operated in Doringkloof?", ["since 1986"],
    [("It has been running on the town's edge since 1986.", "since 1986")])
g.q("fact", "How long does the inquiry have to report?", ["90 days to report"],
    [("Three months.", "90 days to report")])
g.q("fact", "How many meals has the church served?", ["more than 1 500 meals"],
    [("Over fifteen hundred since Thursday.", "more than 1 500 meals")])
g.q("fact", "What is the unemployment rate in Doringkloof?", ["unemployment is estimated at 41%"],
    [("About two in every five people are out of work.", "unemployment is estimated at 41%")])
g.q("fact", "How much will KRM pay each affected household?", ["R20 000 to each affected household"],
    [("Twenty thousand rand per family, as well as paying for funerals.", "R20 000 to each affected household")])

# --- who (6)
g.q("who", "What did Mpho Ramokgopa say?", ["I heard a sound like a train", "When I looked back", "People say it was an accident", "They must come and see this"],
    [("She said a noise like a locomotive set the dogs howling and she fled uphill barefoot with the grandchildren.", "I heard a sound like a train"),
     ("She said residents had warned about the danger, so it was no accident.", "People say it was an accident"),
     ("She asked officials to look at the damage in person rather than in pictures.", "They must come and see this")])
g.q("who", "What did Sipho Mahlangu say?", ["signed by the association's chairperson", "They came, they took photographs"],
    [("He said two engineers photographed the wall in October 2025 and were never seen again.", "They came, they took photographs")])
g.q("who", "What did Lerato Mofokeng say?", ["announced an independent inquiry", "Nobody will be protected"],
    [("She announced an independent investigation.", "announced an independent inquiry"),
     ("She said a senior post would shield no one who ignored the warnings.", "Nobody will be protected")])
g.q("who", "What did Riëtte van der Merwe say?", ["230 head of cattle", "The water is grey"],
    [("She said she moved two hundred and thirty cattle to higher ground.", "230 head of cattle"),
     ("She said her own test found the water highly acidic.", "The water is grey")])
g.q("who", "What did Nomvula Dlamini say?", ["A slimes dam does not collapse", "so-called \"self-regulation\""],
    [("She said such dams weaken over many years before failing suddenly.", "A slimes dam does not collapse"),
     ("She said industry policing itself had not worked and wants every active facility inspected within a year.", "so-called \"self-regulation\"")])
g.q("who", "What did Wessel Botha do?", ["KRM's chief executive, Wessel Botha"],
    [("The mining firm's boss travelled to the town on Friday to meet families but has made no public comment.", "KRM's chief executive, Wessel Botha")])

# --- role (6)
g.q("role", "Who is chairing the inquiry?", ["to be chaired by Advocate"],
    [("Thandeka Mthembu, a senior counsel.", "to be chaired by Advocate")])
g.q("role", "What did the congregation's minister say?", ["the congregation's minister"],
    [("Johan van der Merwe said the church fed everyone whatever their faith, serving over fifteen hundred meals.", "the congregation's minister")])
g.q("role", "Who is KRM's environmental manager?", ["environmental manager, Pieter van der Merwe"],
    [("Pieter van der Merwe, who is in charge of monitoring the dam.", "environmental manager, Pieter van der Merwe")])
g.q("role", "What did the mine employee who spoke anonymously say?", ["A KRM employee who works", "Everybody knew the dam was too full"],
    [("He said staff were ordered in September to pump water off the dam daily.", "A KRM employee who works"),
     ("He said everyone knew the dam was overfull.", "Everybody knew the dam was too full")])
g.q("role", "What did the mining company say?", ["said in a statement on Friday", "no material risk of failure", "pending engineering review"],
    [("KRM expressed sorrow at the deaths.", "said in a statement on Friday"),
     ("It said a June inspection found no serious risk of the dam failing.", "no material risk of failure"),
     ("It promised payments to affected households and halted deposits on three dams.", "pending engineering review")])
g.q("role", "What did the metallurgist say?", ["who has worked as a metallurgist", "I'm angry", "five days of compassionate leave"],
    [("Tshepo Mokoena said he is furious but fears that closing the mine would leave the town with nothing.", "I'm angry")])

# --- paraphrase (5)
g.q("paraphrase", "Where did people sleep after losing their houses?", ["About 420 people spent the weekend"],
    [("In the community centre and at a church that opened to them.", "About 420 people spent the weekend")])
g.q("paraphrase", "Did anyone alert the company beforehand?", ["reported leaks at the foot", "signed by the association's chairperson"],
    [("Yes, residents wrote at least twice in 2025 about water escaping from the wall.", "reported leaks at the foot")])
g.q("paraphrase", "How acidic was the river?", ["The water is grey"],
    [("A reading on Saturday gave a pH of 3.1.", "The water is grey")])
g.q("paraphrase", "How many jobs depend directly on the mine?", ["KRM employs 2 100 people"],
    [("Two thousand one hundred workers are on its payroll.", "KRM employs 2 100 people")])
g.q("paraphrase", "When will rescue efforts end at the earliest?", ["until at least Tuesday"],
    [("Not before Tuesday.", "until at least Tuesday")])

# --- misspelled (5)
for wrong, right in [("Mpho Ramokgopha", MPHO), ("Sipho Mahlango", SIPHO), ("Lerato Mofokang", LER),
                     ("Riette van der Merwe", RIE), ("Nomvula Dhlamini", NOM)]:
    g.q("misspelled", f"What did {wrong} say?", gold=g.who_gold(f"What did {right} say?"))

# --- unanswerable (9)
for text in ["What did Wessel Botha tell the families at the community hall?",
             "What did Thandeka Mthembu say about the inquiry?",
             "Who was the independent engineer who inspected TSF 4 in June?",
             "How much profit did Karee Reef Mining make last year?",
             "How many cattle has Riëtte van der Merwe lost?",
             "What did Pieter van der Merwe say about the dam's monitoring reports?",
             "How many people live in Lesedi Park?",
             "When will KRM's gold plant resume deposits on its other dams?",
             "What are the names of the two people still missing?"]:
    g.q("unanswerable", text)

# --- overview, speakers, headline
g.q("overview", "What is this article about?", ["slimes dam collapse", "the wall of the tailings dam"], facts=["tailings dam", "Lesedi Park"])
g.q("overview", "tl;dr", ["slimes dam collapse", "Three people died", "reported leaks at the foot"], facts=["Three people died", "warned the mine"])
g.q("overview", "Give me the key facts", ["the wall of the tailings dam", "Three people died", "Fourteen homes were destroyed"], facts=["5.40am", "two are still missing", "Fourteen homes were destroyed"])
g.speakers_question()
g.q("headline", "What's the headline?", gold=[1])

# --- people
g.person(MPHO, ["Lesedi Park resident", "63", "grandmother"], ["Ramokgopa", "Mpho", "Mpho Ramokgopha", "Mpho Ramogopa"])
g.person(SIPHO, ["chairperson of the Lesedi Park Residents' Association"], ["Mahlangu", "the association's chairperson", "Sipho Mahlango"])
g.person(KRM, ["mining company", "KRM", "owns TSF 4"], ["KRM", "the mine", "the mining company", "Karee Reef Mines"])
g.person("Wessel Botha", ["chief executive of KRM"], ["Botha", "KRM's chief executive", "the chief executive", "Wessel Bota"])
g.person(EMP, ["KRM employee", "spoke on condition of anonymity", "unnamed"], ["the KRM employee", "the anonymous employee"])
g.person(LER, ["Provincial MEC for Cooperative Governance"], ["Mofokeng", "MEC Mofokeng", "the MEC", "Lerato Mofokang"])
g.person("Thandeka Mthembu", ["Advocate", "SC", "chairs the independent inquiry"], ["Mthembu", "Advocate Thandeka Mthembu", "Thandeka Mthembu SC", "the inquiry chair", "Thandeka Mthembo"])
g.person(JOH, ["Ds.", "minister of the NG Kerk congregation"], ["Johan", "Ds. Johan van der Merwe", "the congregation's minister", "Johan van de Merwe"])
g.person(RIE, ["cattle and lucerne farmer on the Doringspruit", "no relation to the minister"], ["Riëtte", "Riette van der Merwe", "the cattle farmer", "Riëtte van der Merve"])
g.person("Pieter van der Merwe", ["environmental manager at KRM"], ["Pieter", "the environmental manager", "KRM's environmental manager", "Pieter van der Merve"])
g.person(NOM, ["Dr", "director of Highveld Water Watch"], ["Dlamini", "Dr Dlamini", "the director of Highveld Water Watch", "Nomvula Dhlamini"])
g.person(TSH, ["metallurgist at the plant", "34"], ["Mokoena", "Tshepo", "the metallurgist", "Tshepho Mokoena"])
g.person("Highveld Water Watch", ["Johannesburg-based NGO"], ["the NGO", "Highveld Waterwatch"])
g.person("Lesedi Park Residents' Association", ["residents' association"], ["the residents' association"])
g.person("Ayanda Mokgethi", ["byline"], ["Mokgethi", "the reporter", "Ayanda Mokgeti"])

# --- claims (14) and invented quotations (4)
for text, near in [
    ("The dam wall gave way at about 4.50am on Thursday.", "at about 5.40am on Thursday"),
    ("The sludge was up to 20m deep.", "up to 2m deep"),
    ("Five people died in the collapse.", "Three people died"),
    ("Forty-one homes were destroyed.", "Fourteen homes were destroyed"),
    ("Karee Reef Mining's gold plant has operated in Doringkloof since 1968.", "since 1986"),
    ("The dam held an estimated 3.2 million cubic metres of slimes.", "2.3 million cubic metres"),
    ("The mine's engineers repaired the wall after their site visit in October 2025.", "They came, they took photographs"),
    ("KRM said an independent engineer had identified a material risk of failure in June.", "no material risk of failure"),
    ("Wessel Botha apologised publicly to the families.", "KRM's chief executive, Wessel Botha"),
    ("The inquiry has been given 30 days to report.", "90 days to report"),
    ("Riëtte van der Merwe is the sister of the congregation's minister.", "no relation to the minister"),
    ("Highveld Water Watch's 2023 review covered 400 tailings dams.", "Walls of Sand"),
    ("Unemployment in Doringkloof is estimated at 14%.", "unemployment is estimated at 41%"),
    ("KRM will pay R200 000 to each affected household.", "R20 000 to each affected household"),
]:
    g.claim(text, near)
g.invented('"We knew about the cracks and we fixed them," said Wessel Botha.', "KRM's chief executive, Wessel Botha", "Wessel Botha")
g.invented('"The inquiry will find that nobody was to blame," Mthembu said.', "90 days to report", "Thandeka Mthembu")
g.invented('"The river is perfectly safe for the cattle," said Riëtte van der Merwe.', "The water is grey", RIE)
g.invented('Mofokeng said the mine "will be closed for good".', "Nobody will be protected", LER)
g.write()
