from lib import Article
a = Article("belgrave-samaj-hall-roof")
H, K, HK, NP, RV, S, U = ("Hasmukh Patel", "Kokilaben Mistry", "Harpreet Kaur", "Nisha Patel", "Riya Vaghela",
                          "Shree Sanatan Samaj", "one long-standing member")
a.quote(H, "We will not close the doors on a family who booked a wedding two years ago. The engineer has given us time, and we will use every day of it.")
a.quote(H, "My late father used to say, “The hall belongs to whoever sweeps its floor,” and this community has never stopped sweeping")
a.quote(K, "Eighteen months is the engineer’s best guess, not a promise")
a.quote(K, "If a slate comes down during a wedding, no pledge will pay for that.")
a.quote(HK, "as long as the inspections are done and the north aisle stays closed")
a.quote(NP, "The Samaj hall is part of the history of this city, not only of one community")
a.quote(RV, "My dad voted no and I am selling bricks, and we still eat dinner together")
a.quote(RV, "That is what a samaj is.")
a.quote(S, "a place for every family, whatever their caste, language or village")
a.quote(S, "onto WhatsApp or into the street")
a.quote(U, "an old argument about who runs the Samaj, dressed up as an argument about slates")
L3, L4, L5 = "Trustees of the Shree", "emergency meeting", "£480,000"
a.q("What was the vote?", "fact", [L4], [("Nine in favour, two against.", L4)])
a.q("How long is the roof safe for, according to the survey?", "fact", [L3], [("A year and a half more.", L3)])
a.q("How many weddings are booked in the hall?", "fact", [L4], [("Twenty-three, through to March.", L4)])
a.q("How much must the Samaj raise for a new roof?", "fact", [L5], [("Nearly half a million pounds.", L5)])
a.q("How much has been pledged so far?", "fact", [L5], [("A hundred and fifteen thousand pounds.", L5)])
a.q("How many trusses were water-damaged?", "fact", ["timber trusses"], [("Fourteen out of forty.", "timber trusses")])
a.q("When was the hall bought by the Samaj?", "fact", ["Methodist chapel"], [("In the mid-1970s, for thirty-eight thousand pounds.", "Methodist chapel")])
a.q("How old is Pujya Swami Jñānavatsaldas?", "fact", ["Methodist chapel"], [("He is in his mid-nineties.", "Methodist chapel")])
a.q("How much does a symbolic brick cost?", "fact", ["Ek Eent"], [("Fifty-one pounds apiece.", "Ek Eent")])
a.q("How many bricks were sold in the first week?", "fact", ["24-year-old"], [("Eleven hundred in seven days.", "24-year-old")])
a.q("Which two trustees opposed?", "paraphrase", ["Smt. Kokilaben Mistry and"], [("Mistry and Vaghela, who wanted an immediate shutdown.", "Smt. Kokilaben Mistry and")])
a.q("What was the building originally?", "paraphrase", ["Methodist chapel"], [("A chapel for Methodists.", "Methodist chapel")])
a.q("What did the engineers advise?", "paraphrase", ["timber trusses"], [("Checks every seven days on the northern side.", "timber trusses")])
a.q("How are young people raising money?", "paraphrase", ["Ek Eent"], [("By selling token bricks for fifty-one pounds each.", "Ek Eent")])
a.q("When will the celebration of the sacred text take place?", "paraphrase", [L4, "begins at 4pm"], [
    ("On the twentieth of December.", L4), ("Sunday the twentieth, from four in the afternoon.", "begins at 4pm")])
a.q("What did Hasmukh Patel say?", "who", ["Chairman Shri", "My late father"], [
    ("He said families who reserved their ceremonies long ago won't be turned away, and the structural expert's reprieve will be used fully.", "Chairman Shri"),
    ("He recalled his parent's saying that whoever keeps a place clean owns it, and said the congregation has always done so.", "My late father")])
a.q("What did Kokilaben Mistry say?", "who", ["Smt. Kokilaben Mistry and", "said Smt. Mistry"], [
    ("She wanted the venue shut straight away and the events shifted to a secondary building nearby.", "Smt. Kokilaben Mistry and"),
    ("She said the surveyor's figure is an estimate rather than a guarantee, and money pledged won't help if a tile falls on guests.", "said Smt. Mistry")])
a.q("What did Nisha Patel say?", "who", ["Cllr Nisha Patel", "Cllr Patel said"], [
    ("She said the city authority can't pay for repairs but will support a lottery grant bid.", "Cllr Nisha Patel"),
    ("She said the building belongs to Leicester's story as a whole.", "Cllr Patel said")])
a.q("What did Riya Vaghela say?", "who", ["24-year-old", "My dad voted no"], [
    ("She said eleven hundred had gone in seven days.", "24-year-old"),
    ("She said her father opposed the plan while she raises funds, yet they still share meals, and that this is community.", "My dad voted no")])
a.q("What did Shree Sanatan Samaj say?", "who", ["In a statement issued", "begins at 4pm"], [
    ("It said the venue stays open to all regardless of background, and urged people not to air the row online or in public.", "In a statement issued"),
    ("It said ceremonies planned for the closed side will shift to the central area.", "begins at 4pm")])
a.q("What did Jayesh Vaghela do?", "who", ["Smt. Kokilaben Mistry and"], [("He voted against and wanted the venue shut at once.", "Smt. Kokilaben Mistry and")])
a.q("Who is the chairman of the Samaj?", "role", ["Chairman Shri"], [("Hasmukh, chair since 2019.", "Chairman Shri")])
a.q("Who led the structural survey?", "role", ["The engineer who led it"], [("Harpreet, from an Oadby firm.", "The engineer who led it")])
a.q("Who is the ward councillor for Belgrave?", "role", ["Cllr Nisha Patel"], [("Nisha, who sits on the city authority.", "Cllr Nisha Patel")])
a.q("Who is the Samaj secretary?", "role", ["Pravin Joshi"], [("Pravin Joshi, who conveyed the elder's words.", "Pravin Joshi")])
a.q("Who organised the brick fundraising drive?", "role", ["24-year-old"], [("Riya, a trainee doctor.", "24-year-old")])
a.q("Who performed the opening puja?", "role", ["Methodist chapel"], [("A revered swami, now living in Vadodara.", "Methodist chapel")])
a.q("What did Hasmuk Patel say?", "misspelled", ["Chairman Shri", "My late father"])
a.q("What did Nisha Patell say?", "misspelled", ["Cllr Nisha Patel", "Cllr Patel said"])
a.q("What did Kokilaben Mistri say?", "misspelled", ["Smt. Kokilaben Mistry and", "said Smt. Mistry"])
a.q("What did Riya Vagela say?", "misspelled", ["24-year-old", "My dad voted no"])
a.q("What did Shree Sanatan Samaaj say?", "misspelled", ["In a statement issued", "begins at 4pm"])
for q in ["How much does it cost to book the Samaj hall for a wedding?",
          "How many members does the Shree Sanatan Samaj have?",
          "When will work on the new roof start?",
          "Which contractor will replace the roof?",
          "How much did the structural survey cost?",
          "How many people attended the emergency meeting?",
          "What is the name of the long-standing member who spoke about the split vote?",
          "How much will the National Lottery Heritage Fund give the Samaj?",
          "How many families arrived from Uganda?"]:
    a.q(q, "unanswerable")
a.q("What is this article about?", "overview", [1, L3], facts=["wedding season", "18 months"])
a.q("tl;dr", "overview", [1, L3, L4], facts=["nine votes to two", "roof"])
a.q("Give me the key facts", "overview", [L3, L4, L5], facts=["29th November", "23 weddings", "£480,000"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person(H, ["Chairman", "chairman of the Shree Sanatan Samaj trust"], True,
    ["Shri Hasmukh Patel", "Chairman Hasmukh Patel", "Hasmukhbhai", "Hasmukhbhai Patel", "Hasmukh", "the chairman", "the Samaj chairman",
     "Hasmuk Patel", "Hasmukh Patal", "Hashmukh Patel"])
a.person(K, ["trustee", "retired pharmacist", "Smt."], True,
    ["Smt. Kokilaben Mistry", "Smt. Mistry", "Mistry", "Kokilaben", "the retired pharmacist", "Kokilaben Mistri", "Kokilaban Mistry"])
a.person("Jayesh Vaghela", ["trustee", "Dr", "father of Riya Vaghela"], False,
    ["Dr Jayesh Vaghela", "Dr Vaghela", "Jayesh", "the dissenting trustee", "Jayesh Vagela", "Jayesh Vaghella"])
a.person(HK, ["engineer", "Rushworth and Kaur"], True,
    ["Kaur", "Harpreet", "the engineer", "Harpreet Kour", "Harprit Kaur"])
a.person(NP, ["ward councillor for Belgrave", "Cllr", "Leicester City Council"], True,
    ["Cllr Nisha Patel", "Cllr Patel", "Councillor Nisha Patel", "Councillor Patel", "Nisha", "the ward councillor", "the councillor",
     "Nisha Patell", "Neesha Patel"])
a.person(RV, ["organiser of the fundraising drive", "medical student", "daughter of Dr Jayesh Vaghela"], True,
    ["Riya", "the medical student", "the organiser", "Riya Vagela", "Ria Vaghela"])
a.person(S, ["community organisation", "trust"], True,
    ["the Samaj", "Sanatan Samaj", "Shri Sanatan Samaj", "the trust", "the trustees", "Shree Sanatan Samaaj", "Shree Sanathan Samaj"])
a.person(U, ["member", "anonymous"], True, ["the long-standing member", "the anonymous member"])
a.person("Jñānavatsaldas", ["Pujya Swami", "performed the opening puja"], False,
    ["Pujya Swami Jñānavatsaldas", "Swami Jñānavatsaldas", "Jnanavatsaldas", "Jñanavatsaldas", "the Swami", "Gnanavatsaldas"])
a.person("Pravin Joshi", ["Samaj secretary"], False,
    ["Joshi", "Pravin", "the secretary", "the Samaj secretary", "Praveen Joshi", "Pravin Joshee"])
a.person("Bhavna Chauhan", ["reporter"], False, ["Chauhan", "Bhavna", "Bhavana Chauhan"])
for t, n in [("The survey found the roof safe for another 12 months.", L3),
             ("The trustees voted seven to four to keep the hall open.", L4),
             ("32 weddings are booked in the hall before March.", L4),
             ("The Samaj must raise £840,000 for the new roof.", L5),
             ("Hasmukh Patel has chaired the trust since 2009.", "Chairman Shri"),
             ("Kokilaben Mistry voted to keep the hall open.", "Smt. Kokilaben Mistry and"),
             ("The survey found water damage in 24 of the roof's 40 timber trusses.", "timber trusses"),
             ("The south side of the hall has been fenced off since October.", "timber trusses"),
             ("Cllr Nisha Patel is the chairman's sister.", "Cllr Nisha Patel"),
             ("The city council has agreed to fund the new roof.", "Cllr Nisha Patel"),
             ("The Samaj bought the hall in 1967 for £38,000.", "Methodist chapel"),
             ("Symbolic bricks are sold at £15 each.", "Ek Eent"),
             ("Riya Vaghela is the daughter of Kokilaben Mistry.", "24-year-old"),
             ("The Gita Jayanti programme begins at 6pm.", "begins at 4pm")]:
    a.claim(t, n)
a.claim("‘I will come to Leicester to bless the new roof,’ Pujya Swami Jñānavatsaldas said.", "Pravin Joshi", "Jñānavatsaldas")
a.claim("‘I will resign if the roof is not replaced by 2027,’ Dr Vaghela said.", "Smt. Kokilaben Mistry and", "Jayesh Vaghela")
a.claim("‘Most of the pledges came from families in Wembley,’ Pravin Joshi said.", "Pravin Joshi", "Pravin Joshi")
a.claim("‘The council will pay for the scaffolding,’ Cllr Patel said.", "Cllr Patel said", NP)
a.write()
