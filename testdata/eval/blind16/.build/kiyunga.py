from lib import Article
a = Article("kiyunga-market-relocation")
P, H, C, V, MK, AC, G, NS = ("Peter Mukasa", "Harriet Mukasa", "Charles Ddungu Kasirye", "Kasaana Market Vendors' Association",
                             "Musa Kigozi", "a councillor from Kiyunga Town Council", "Grace Atim Olweny", "Nakato Sylvia")
a.quote(C, "long outlived its purpose")
a.quote(P, "We cannot keep collecting Shs1,000 a day from a woman selling tomatoes in the mud and tell her this is development. Bulyamagunju has water, it has lights and it has a roof.")
a.quote(H, "You are building a market for people who do not sell in markets")
a.quote(H, "The women of Kasaana will go back to the roadside, and in six months you will be chasing them with askaris.")
a.quote(V, "use every legal means available to us")
a.quote(MK, "My father sold here before me. They are calling us squatters in the place where we were born")
a.quote(AC, "promised to somebody's company before the first brick was laid at Bulyamagunju.")
a.quote(P, "There is no buyer, there is no lease, there is no secret")
a.quote(G, "keep the peace during the transition")
a.quote(NS, "If they take me to Bulyamagunju, who will carry my matooke there? The boda boda wants Shs3,000 each way")
L3, L4 = "KIYUNGA.", "19 votes to seven"
a.q("How many vendors will be relocated?", "fact", [L3], [("Upwards of six hundred traders.", L3)])
a.q("How much did the new market cost?", "fact", [L3], [("Four point two billion shillings.", L3)])
a.q("How far is the new market from the town centre?", "fact", [L3], [("Roughly 3 km away.", L3)])
a.q("What was the vote on the resolution?", "fact", [L4], [("Nineteen for, seven against, two abstaining.", L4)])
a.q("When was Kasaana Market built?", "fact", ["built in 1968"], [("In the late 1960s.", "built in 1968")])
a.q("How much do vendors pay in daily dues at Kasaana?", "fact", ["Shs1,000"], [("A thousand shillings each day.", "Shs1,000")])
a.q("How much of the cost came from the ministry?", "fact", ["Shs3.1 billion"], [("Three point one billion shillings from central government.", "Shs3.1 billion")])
a.q("How much is the stall fee at the new market?", "fact", ["Shs450,000"], [("Four hundred and fifty thousand shillings.", "Shs450,000")])
a.q("How many lock-up stalls does the new market have?", "fact", ["720 lock-up"], [("Seven hundred and twenty.", "720 lock-up")])
a.q("When will the relocation begin?", "fact", ["February 1, 2027"], [("At the start of February next year.", "February 1, 2027")])
a.q("How long did the debate last?", "paraphrase", [L4], [("Five hours, with two breaks.", L4)])
a.q("Where is the money coming from?", "paraphrase", ["Shs3.1 billion"], [("Mostly a central government grant scheme, with a loan for the balance.", "Shs3.1 billion")])
a.q("What do traders fear about the charges at the new site?", "paraphrase", ["Shs450,000"], [("That most cannot pay the 450,000-shilling rent for a stall.", "Shs450,000")])
a.q("What facilities does the new site offer?", "paraphrase", ["720 lock-up"], [("Hundreds of lockable units, uncovered pitches, childcare and a chilled store for the catch.", "720 lock-up")])
a.q("Has the government minister responded?", "paraphrase", ["foundation stone"], [("No, she has stayed silent since the result.", "foundation stone")])
a.q("What did Peter Mukasa say?", "who", ["LC5 chairperson", "Shs3.1 billion", "no secret"], [
    ("He said charging a levy every day to a trader in muddy conditions isn't progress, and the new site has piped supply, power and shelter.", "LC5 chairperson"),
    ("He said central funds cover over three billion shillings and a loan will cover the rest.", "Shs3.1 billion"),
    ("He denied that any sale or private deal exists.", "no secret")])
a.q("What did Harriet Mukasa say?", "who", ["Nnalongo Harriet", "askaris"], [
    ("She said traders mostly can't pay for a pitch at Bulyamagunju.", "Nnalongo Harriet"),
    ("She warned that the new site suits nobody who actually trades, and that women will return to the roadsides and be pursued by guards.", "askaris")])
a.q("What did Musa Kigozi say?", "who", ["squatters"], [("He said his dad traded there first and that traders are being labelled illegal occupiers where they grew up.", "squatters")])
a.q("What did Kasaana Market Vendors' Association say?", "who", ["640 members"], [("It said traders were never asked and will fight the move through the courts.", "640 members")])
a.q("What did Grace Atim Olweny say?", "who", ["Resident District Commissioner"], [("She told the security body to maintain order and cautioned against politicising traders.", "Resident District Commissioner")])
a.q("What did Aisha Nakitto Lubega do?", "who", ["foundation stone"], [("She laid the site's first block in spring 2025.", "foundation stone")])
a.q("Who is the LC5 chairperson?", "role", ["LC5 chairperson"], [("Peter, who heads the district.", "LC5 chairperson")])
a.q("Who moved the motion?", "role", ["built in 1968"], [("Kasirye, a district executive member.", "built in 1968")])
a.q("Who is the Resident District Commissioner?", "role", ["Resident District Commissioner"], [("Grace Olweny.", "Resident District Commissioner")])
a.q("Who is the chairman of the vendors' association?", "role", ["dried fish"], [("Musa, who has traded there for over three decades.", "dried fish")])
a.q("Who is the district engineer?", "role", ["720 lock-up"], [("Ronald, an engineer.", "720 lock-up")])
a.q("Who is the district speaker?", "role", ["adjourned the council"], [("Ssemakula, who put the sitting off until the twelfth of next month.", "adjourned the council")])
a.q("What did Peter Mukassa say?", "misspelled", ["LC5 chairperson", "Shs3.1 billion", "no secret"])
a.q("What did Harriet Mukaasa say?", "misspelled", ["Nnalongo Harriet", "askaris"])
a.q("What did Musa Kigoozi say?", "misspelled", ["squatters"])
a.q("What did Grace Atim Olwenyi say?", "misspelled", ["Resident District Commissioner"])
a.q("What did Kasaana Market Vendors Asociation say?", "misspelled", ["640 members"])
for q in ["Who is the private developer interested in the Kasaana land?",
          "How many vendors have registered for the new market at Bulyamagunju?",
          "When was the Bulyamagunju market completed?",
          "How many toilets does the new market have?",
          "Which councillors voted against the relocation?",
          "What is the name of the vendors' association secretary?",
          "How many askaris does Kiyunga District employ?",
          "How much revenue did Kasaana Market earn the district last year?",
          "How many children will the day-care centre take?"]:
    a.q(q, "unanswerable")
a.q("What is this article about?", "overview", [1, L3], facts=["600", "Kasaana"])
a.q("tl;dr", "overview", [1, L3, L4], facts=["Bulyamagunju", "19 votes to seven"])
a.q("Give me the key facts", "overview", [L3, L4, "built in 1968"], facts=["Shs4.2 billion", "Tuesday", "1968"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person(P, ["LC5 chairperson", "Ssalongo"], True,
    ["Ssalongo Peter Mukasa", "Ssalongo Mukasa", "Peter", "LC5 chairperson Peter Mukasa", "the LC5 chairperson", "the chairperson",
     "Peter Mukassa", "Petre Mukasa"])
a.person(H, ["woman councillor for Kiyunga Town Council", "Nnalongo"], True,
    ["Nnalongo Harriet Mukasa", "Nnalongo Mukasa", "Harriet", "the woman councillor", "Harriet Mukaasa", "Hariet Mukasa"])
a.person(C, ["district secretary for works", "Owek."], True,
    ["Owek. Charles Ddungu Kasirye", "Kasirye", "Ddungu Kasirye", "Charles Kasirye", "Charles",
     "the district secretary for works", "Charles Dungu Kasirye", "Charles Ddungu Kasirie"])
a.person(V, ["vendors' association", "640 members"], True,
    ["the vendors' association", "the association", "Kasana Market Vendors' Association", "Kasaana Vendors' Association", "Kasaana Market Vendors Asociation"])
a.person(MK, ["chairman of the Kasaana Market Vendors' Association", "Hajji", "dried fish seller"], True,
    ["Hajji Musa Kigozi", "Hajji Kigozi", "Kigozi", "Musa", "the association's chairman", "the vendors' chairman", "Musa Kigoozi", "Musa Kigoze"])
a.person(AC, ["councillor", "anonymous"], True, ["the anonymous councillor", "the councillor who asked not to be named"])
a.person(G, ["Resident District Commissioner", "RDC"], True,
    ["Ms Grace Atim Olweny", "Ms Olweny", "Grace Olweny", "Olweny", "Grace", "the RDC", "the Resident District Commissioner",
     "Grace Atim Olwenyi", "Grace Atim Olweni"])
a.person(NS, ["vendor", "sells matooke", "mother of four"], True,
    ["Sylvia Nakato", "Nakato", "Sylvia", "the matooke seller", "Nakato Silvia", "Nakatto Sylvia"])
a.person("Ronald Tumusiime", ["district engineer", "Eng."], False,
    ["Eng. Ronald Tumusiime", "Tumusiime", "Ronald", "the district engineer", "Ronald Tumusime", "Ronald Tumusiimi"])
a.person("Aisha Nakitto Lubega", ["Minister of State for Local Government", "Hon."], False,
    ["Hon. Aisha Nakitto Lubega", "Lubega", "Aisha", "Aisha Lubega", "the minister", "the Minister of State for Local Government",
     "Aisha Nakito Lubega", "Aysha Nakitto Lubega"])
a.person("Abdu Ssemakula", ["district speaker", "Hajji"], False,
    ["Hajji Abdu Ssemakula", "Hajji Ssemakula", "Ssemakula", "Abdu", "the district speaker", "Abdu Semakula", "Abdul Ssemakula"])
a.person("Moses Ssekandi", ["reporter"], False, ["Ssekandi", "Moses"])
a.person("Kiyunga District Council", ["district council"], False,
    ["the council", "the district council"])
for t, n in [("The council voted to relocate more than 900 vendors.", L3),
             ("The new market cost Shs2.4 billion.", L3),
             ("The new market is about 13 kilometres from the town centre.", L3),
             ("The resolution was passed by 17 votes to nine.", L4),
             ("Kasaana Market was built in 1986.", "built in 1968"),
             ("The ministry provided Shs1.3 billion of the cost.", "Shs3.1 billion"),
             ("The stall fee at the new market is Shs540,000.", "Shs450,000"),
             ("Harriet Mukasa is the LC5 chairperson's wife.", "Nnalongo Harriet"),
             ("Hajji Musa Kigozi has sold dried fish at Kasaana for 13 years.", "dried fish"),
             ("Ssalongo Mukasa admitted that the Kasaana land had been leased to a developer.", "no secret"),
             ("The new market has 270 lock-up stalls.", "720 lock-up"),
             ("The minister welcomed the council's vote.", "foundation stone"),
             ("Relocation will begin on January 1, 2027.", "February 1, 2027"),
             ("The council was adjourned to January 21.", "adjourned the council")]:
    a.claim(t, n)
a.claim("\"The ministry fully supports the relocation,\" Hon. Aisha Nakitto Lubega said.", "foundation stone", "Aisha Nakitto Lubega")
a.claim("\"The stalls at Bulyamagunju will be ready in January,\" Eng. Ronald Tumusiime said.", "720 lock-up", "Ronald Tumusiime")
a.claim("\"Council will not be intimidated by the gallery,\" Hajji Abdu Ssemakula said.", "adjourned the council", "Abdu Ssemakula")
a.claim("\"I will move to Bulyamagunju if the fee is waived,\" Nakato Sylvia said.", "each way", NS)
a.write()
