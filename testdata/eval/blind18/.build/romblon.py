from lib import Article
a = Article("romblon-ferry-typhoon-relief")
P, C, T, M, V, L, TV, RV = "Arnel Pangilinan", "Cristina Alcaraz", "Teodoro Alcaraz", "Rogelio Macaraeg", "a fish vendor who survived the grounding", "Leonora Sison-Bautista", "Trans-Visayas Sea Lines Inc.", "Ramon Villaflor"
a.quote(P, "When the ship left, there was no signal over Romblon, and under the rules there was no basis to hold it.")
a.quote(P, "We will look at everything, including the weather advisories our station received before dawn and what the captain was told.")
a.quote(P, "If any of our personnel made a mistake, I will not protect them.")
a.quote(C, "We cannot wait for Manila")
a.quote(C, "Our people need rice, water and roofing today, not after the budget hearings.")
a.quote(T, "A ship full of our kababayan [fellow townspeople] should never be a gamble")
a.quote(M, "Wala na po kaming bahay [We no longer have a house], that is what I hear every morning")
a.quote(M, "But the bayanihan is alive here. The neighbours are cooking for everyone.")
a.quote(V, "The crew gave us life jackets only when the water was already inside. Some of the children had none.")
a.quote(L, "words written on water")
a.quote(TV, "cooperating fully with the Coast Guard and the Maritime Industry Authority")
a.quote(RV, "habit of sailing first and checking the weather later")
# fact
a.q("How many passengers are still missing?", "fact", ["Relatives of the 17 passengers"], [("Seventeen people remain unaccounted for.", 3)])
a.q("How many people have been rescued?", "fact", ["212 of the 231 people"], [("Two hundred and twelve out of two hundred and thirty-one aboard.", 4)])
a.q("When did the ferry leave port?", "fact", ["left Odiongan port at 5:40 a.m."], [("Shortly before six in the morning, some two hours ahead of the storm warning.", 5)])
a.q("How much damage has been recorded in the province?", "fact", ["P1.2 billion in damage"], [("About 1.2bn pesos across seventeen towns.", 10)])
a.q("How many houses in Barangay Poblacion lost their roofs?", "fact", ["86 houses along the shore"], [("Eighty-six homes on the coast.", 14)])
a.q("How many families does Atty. Leonora Sison-Bautista represent?", "fact", ["the families of nine missing passengers"], [("Those of nine people still lost at sea.", 17)])
a.q("How much will the shipping company give each family?", "fact", ["would give P50,000"], [("Fifty thousand pesos per household of those on board.", 18)])
a.q("How long has the captain sailed the route?", "fact", ["sailed the route for 14 years"], [("Fourteen years.", 19)])
a.q("How many families are getting relief packs?", "fact", ["to 14,300 families"], [("Some fourteen thousand three hundred households.", 21)])
a.q("How strong were the typhoon's winds?", "fact", ["150 kilometers per hour"], [("Up to 150 km/h when it came ashore.", 23)])
# who
a.q(f"What did {P} say?", "who", ["Commodore Arnel Pangilinan", "When the ship left", "We will look at everything", "If any of our personnel", "Pangilinan said divers"],
    [("No storm warning was up when it sailed, so it could not lawfully be stopped.", 7), ("Personnel who erred will get no protection from him.", 9), ("Divers go back into the hull at dawn on Wednesday.", 24)])
a.q(f"What did {C} say?", "who", ["Gov. Ma. Cristina", "We cannot wait for Manila"],
    [("The province cannot wait on the national capital for supplies.", 11)])
a.q(f"What did {T} say?", "who", ["Rep. Teodoro", "A ship full of our kababayan"],
    [("He will seek a House probe of the maritime regulator.", 12)])
a.q(f"What did {M} say?", "who", ["punong barangay Rogelio Macaraeg", "Wala na po kaming bahay"],
    [("Neighbours are feeding each other in a spirit of solidarity.", 15)])
a.q(f"What did {L} say?", "who", ["Atty. Leonora Sison-Bautista"],
    [("Her clients will bring cases against the crew and the owner.", 17)])
a.q(f"What did {RV} do?", "who", ["Sen. Ramon Villaflor"],
    [("He lodged a measure in the upper chamber calling for an investigation.", 20)])
# role
a.q("Who is the governor of Romblon?", "role", ["Gov. Ma. Cristina"], [("Tina Alcaraz.", 10)])
a.q("Who is the congressman for Romblon?", "role", ["Rep. Teodoro"], [("The governor's sibling, Teddy.", 12)])
a.q("Who commands the Coast Guard district?", "role", ["Commodore Arnel Pangilinan"], [("A commodore named Pangilinan.", 6)])
a.q("Who is the ship's captain?", "role", ["Capt. Renato Ybañez"], [("Renato Ybañez, aged fifty-eight.", 19)])
a.q("Who is the lawyer for the families?", "role", ["Atty. Leonora Sison-Bautista"], [("Sison-Bautista, an attorney.", 17)])
a.q("Who is the barangay chairman of Poblacion?", "role", ["punong barangay Rogelio Macaraeg"], [("Macaraeg, the village head.", 14)])
# paraphrase
a.q("Were there enough flotation vests on board?", "paraphrase", ["The crew gave us life jackets"], [("No; some youngsters had no vest at all, a survivor said.", 16)])
a.q("Why does the survivor want anonymity?", "paraphrase", ["her husband works for the shipping line"], [("Her spouse is employed by the ferry operator.", 16)])
a.q("What does the relief bundle contain?", "paraphrase", ["5 kilos of rice"], [("Five kilograms of grain, tinned food and bottled drinks.", 21)])
a.q("How much has the national welfare agency sent?", "paraphrase", ["P38 million in aid"], [("Thirty-eight million pesos.", 22)])
a.q("Where are displaced villagers sleeping?", "paraphrase", ["sheltering in the public elementary school"], [("In a state primary school.", 14)])
# misspelled
a.q("What did Arnel Panginlinan say?", "misspelled", ["Commodore Arnel Pangilinan", "When the ship left", "We will look at everything", "If any of our personnel", "Pangilinan said divers"])
a.q("What did Cristina Alcarez say?", "misspelled", ["Gov. Ma. Cristina", "We cannot wait for Manila"])
a.q("What did Teodoro Alcarraz say?", "misspelled", ["Rep. Teodoro", "A ship full of our kababayan"])
a.q("What did Rogelio Macaraig say?", "misspelled", ["punong barangay Rogelio Macaraeg", "Wala na po kaming bahay"])
a.q("What did Leonora Sison-Bautizta say?", "misspelled", ["Atty. Leonora Sison-Bautista"])
for t in ["How many crew members were on the MV Señora del Carmen?",
          "How much is Trans-Visayas Sea Lines worth?",
          "What did Capt. Renato Ybañez tell the Coast Guard?",
          "When will the Senate hold its inquiry into the ferry?",
          "What are the names of the two passengers whose bodies were recovered?",
          "How many children were on board the ferry?",
          "How old is the MV Señora del Carmen?",
          "How many ferries does Trans-Visayas Sea Lines operate?",
          "How much rice has the provincial government bought for relief?"]:
    a.q(t, "unanswerable")
for t in ["What is this article about?", "tl;dr", "Sum up what happened."]:
    a.q(t, "overview", [1, 3], facts=["ran aground off Banton Island", "17 passengers still missing"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(P, ["Commodore", "commander of the Coast Guard District Southern Tagalog", "Coast Guard commander"], True,
         ["Commodore Arnel Pangilinan", "Commodore Pangilinan", "Pangilinan", "Arnel", "the commodore", "the Coast Guard commander", "the district commander", "Arnel Panginlinan", "Arnel Pangilinin"])
a.person(C, ["Gov.", "Governor", "governor of Romblon"], True,
         ["Gov. Ma. Cristina \"Tina\" Alcaraz", "Ma. Cristina Alcaraz", "Gov. Cristina Alcaraz", "Governor Alcaraz", "Gov. Alcaraz", "Tina Alcaraz", "Tina", "Cristina", "the governor", "Cristina Alcarez", "Christina Alcaraz"])
a.person(T, ["Rep.", "Representative", "congressman", "representative of the lone district of Romblon"], True,
         ["Rep. Teodoro \"Teddy\" Alcaraz", "Rep. Teodoro Alcaraz", "Rep. Alcaraz", "Representative Alcaraz", "Teddy Alcaraz", "Teddy", "Teodoro", "the congressman", "the governor's brother", "Teodoro Alcarraz", "Teodoro Alcaras"])
a.person(M, ["punong barangay", "barangay chairman", "Kapitan"], True,
         ["punong barangay Rogelio Macaraeg", "Kapitan Rogelio Macaraeg", "Macaraeg", "Rogelio", "the barangay chairman", "the punong barangay", "Rogelio Macaraig", "Rogelio Makaraeg"])
a.person(V, ["survivor", "fish vendor", "unnamed source"], True, ["the fish vendor", "the survivor"])
a.person(L, ["Atty.", "Attorney", "lawyer for the families"], True,
         ["Atty. Leonora Sison-Bautista", "Atty. Sison-Bautista", "Attorney Leonora Sison-Bautista", "Sison-Bautista", "Leonora", "the lawyer", "the families' lawyer", "Leonora Sison-Bautizta", "Leonora Sison Bautista"])
a.person(TV, ["shipping company", "ferry owner"], True, ["Trans-Visayas Sea Lines", "Trans-Visayas", "the shipping line", "the company", "Trans-Visayas Sea Line"])
a.person(RV, ["Sen.", "Senator", "chairman of the Senate committee on public services"], True,
         ["Sen. Ramon Villaflor", "Sen. Villaflor", "Senator Ramon Villaflor", "Villaflor", "Ramon", "the senator", "Ramon Villaflores"])
a.person("Renato Ybañez", ["Capt.", "Captain", "ship's master"], False,
         ["Capt. Renato Ybañez", "Captain Ybañez", "Ybañez", "Renato Ybanez", "the captain", "the ship's master", "Renato Ibañez"])
a.person("Jericho M. Dizon", ["reporter"], False, ["Jericho Dizon", "Dizon", "the reporter"])
# claims
a.claim("Relatives of the 71 passengers still missing demanded answers.", 3)
a.claim("The Coast Guard said 221 people had been rescued.", 4)
a.claim("The ferry left Odiongan port at 7:40 a.m., after Signal No. 2 was raised.", 5)
a.claim("The ferry was bound for Manila.", 5)
a.claim("Gov. Alcaraz said P2.1 billion in damage had been recorded.", 10)
a.claim("Rep. Teodoro Alcaraz is the governor's older brother.", 12)
a.claim("The congressman said he would ask the Senate to investigate the Coast Guard.", 12)
a.claim("Rogelio Macaraeg said 68 houses had lost their roofs.", 14)
a.claim("Atty. Sison-Bautista represents the families of 19 missing passengers.", 17)
a.claim("Trans-Visayas Sea Lines will give P5,000 to each passenger's family.", 18)
a.claim("Capt. Renato Ybañez, 58, is among the missing.", 19)
a.claim("Sen. Villaflor filed his resolution on Saturday.", 20)
a.claim("The Department of Social Welfare and Development released P83 million.", 22)
a.claim("Luding made landfall in Romblon on Saturday morning.", 23)
a.claim('"The captain was ordered to stay in port," Commodore Arnel Pangilinan said.', 8, P)
a.claim('"We followed every advisory from Pagasa," Capt. Renato Ybañez said.', 19, "Renato Ybañez")
a.claim('"Manila has already sent everything we asked for," Gov. Alcaraz said.', 11, C)
a.claim('"The company will pay for every funeral," Atty. Leonora Sison-Bautista said.', 17, L)
a.write()
