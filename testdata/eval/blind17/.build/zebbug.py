from lib import Article
a = Article("zebbug-fireworks-factory-permit")
C, G, V, S, O = "Ċensu Azzopardi", "Ġorġ Azzopardi", "Ġużeppi Vella", "Salvu Grech", "Għaqda tal-Logħob tan-Nar Sant’Anġlu"
W, R, F = "a woman who lives on Triq il-Ħarrub", "Ramona Xuereb", "Anton Żammit"
# quotations
a.quote(C, "We are not asking for a favour. We are asking to do safely what this village has done with its own hands for a hundred years.")
a.quote(C, "After 2019 I went to every family on that street and paid for the glass myself. Nobody in this room has carried that night more than I have.")
a.quote(C, "If you refuse us, the young men will not stop making petards. They will make them in garages, and then you will see a real explosion.")
a.quote(G, "The distance is legal, but the wind is not in the permit")
a.quote(G, "Half the smoke from a test firing ends up in our children’s school.")
a.quote(V, "work with both sides so that the feast stays a feast and not a war")
a.quote(S, "when the last objection has been heard and answered")
a.quote(W, "Everyone here loves the feast. Nobody wants to be the family that stopped it, so we whisper instead of objecting.")
a.quote(O, "every distance and storage rule set by the Commissioner of Police")
# fact
a.q("What was the vote on the permit?", "fact", ["granted by four votes to three"], [("Four in favour and three against.", "granted by four votes to three")])
a.q("How big will the new factory be?", "fact", ["granted by four votes to three"], [("About 1,200 m², with six chambers for blending.", "granted by four votes to three")])
a.q("How far is the factory from the nearest home?", "fact", ["granted by four votes to three"], [("Less than half a kilometre: 450 m.", "granted by four votes to three")])
a.q("When did the explosion at the old factory happen?", "fact", ["explosion in June 2019"], [("In the summer of 2019.", "explosion in June 2019")])
a.q("How many houses had windows broken in the explosion?", "fact", ["explosion in June 2019"], [("Forty homes.", "explosion in June 2019")])
a.q("How long has Ċensu Azzopardi made fireworks for the feast?", "fact", ["told the board:"], [("Since the mid-1970s.", "told the board:")])
a.q("How far from the site does Ġorġ Azzopardi live?", "fact", ["Objectors were represented by"], [("Six hundred metres.", "Objectors were represented by")])
a.q("How long is the residents' study?", "fact", ["58-page study"], [("Fifty-eight pages.", "58-page study")])
a.q("How much did the society's members raise?", "fact", ["In a statement, the Għaqda"], [("Three hundred and ten thousand euros.", "In a statement, the Għaqda")])
a.q("How many people were in the public gallery?", "fact", ["Fr Anton Żammit"], [("Roughly ninety.", "Fr Anton Żammit")])
# paraphrase
a.q("How long do opponents have to challenge the decision?", "paraphrase", ["Objectors have 30 days"], [("A month, before a tribunal.", "Objectors have 30 days")])
a.q("What did the residents' report recommend?", "paraphrase", ["58-page study"], [("Keeping such plants at least 0.8 km from housing.", "58-page study")])
a.q("How popular was the society's last show?", "paraphrase", ["The society’s display"], [("It ran for forty minutes and pulled in around eight thousand spectators.", "The society’s display")])
a.q("What else must happen before construction begins?", "paraphrase", ["separate licence"], [("A police licence is still required.", "separate licence")])
a.q("Why did one neighbour refuse to give her name?", "paraphrase", ["Triq il-Ħarrub"], [("Her brother belongs to the fireworks group.", "Triq il-Ħarrub")])
# who
a.q("What did Ċensu Azzopardi say?", "who", ["told the board:", "We are not asking for a favour", "paid for the glass myself", "making petards"], [
    ("He addressed the hearing; he has produced pyrotechnics for the patron's celebration for five decades.", "told the board:"),
    ("He said the group only wants to carry on a century-old tradition without danger.", "We are not asking for a favour"),
    ("He said he visited each household after the blast and covered the cost of replacement panes.", "paid for the glass myself"),
    ("He warned that a refusal would push youngsters to build bangers at home, risking a worse blast.", "making petards")])
a.q("What did Ġorġ Azzopardi say?", "who", ["Objectors were represented by", "The distance is legal", "58-page study", "Objectors have 30 days"], [
    ("He spoke for the opponents and is no relative of the pyrotechnician.", "Objectors were represented by"),
    ("He argued that breezes, not distances on paper, are the problem, and that fumes drift into a school.", "The distance is legal"),
    ("He tabled a commissioned paper calling for a bigger buffer.", "58-page study"),
    ("He said locals would gather early in the week to choose their next step.", "Objectors have 30 days")])
a.q("What did Ġużeppi Vella say?", "who", ["The mayor (sindku)"], [("He said councillors had opposed the plan in spring but would now help both camps keep the celebration peaceful.", "The mayor (sindku)")])
a.q("What did Salvu Grech say?", "who", ["Mgr Salvu Grech"], [("He said the church's blessing would wait until every complaint had been dealt with.", "Mgr Salvu Grech")])
a.q(f"What did {O} say?", "who", ["In a statement, the Għaqda"], [("It promised the plant would comply with all official spacing and storage requirements, and thanked its supporters for their fundraising.", "In a statement, the Għaqda")])
a.q("What did Ramona Xuereb do?", "who", ["Hon. Dr Ramona Xuereb"], [("She toured the old works after the blast, but stayed away from the hearing and has said nothing since.", "Hon. Dr Ramona Xuereb")])
# role
a.q("Who is the mayor of Ħaż-Żebbuġ?", "role", ["The mayor (sindku)"], [("Vella, head of the village's elected body.", "The mayor (sindku)")])
a.q("Who is the society's master fireworks maker?", "role", ["told the board:"], [("Ċensu, aged seventy-one.", "told the board:")])
a.q("Who is the architect representing the objectors?", "role", ["Objectors were represented by"], [("Ġorġ, who lives close by.", "Objectors were represented by")])
a.q("Who is the archpriest?", "role", ["Mgr Salvu Grech"], [("Monsignor Grech.", "Mgr Salvu Grech")])
a.q("Who is the Minister for Lands and Planning?", "role", ["Hon. Dr Ramona Xuereb"], [("Ramona Xuereb MP.", "Hon. Dr Ramona Xuereb")])
a.q("Who is the society's spiritual director?", "role", ["Fr Anton Żammit"], [("Father Żammit, a priest.", "Fr Anton Żammit")])
# misspelled
a.q("What did Ċensu Azopardi say?", "misspelled", ["told the board:", "We are not asking for a favour", "paid for the glass myself", "making petards"])
a.q("What did Ġorġ Azzopardu say?", "misspelled", ["Objectors were represented by", "The distance is legal", "58-page study", "Objectors have 30 days"])
a.q("What did Ġużeppi Vela say?", "misspelled", ["The mayor (sindku)"])
a.q("What did Salvu Grecch say?", "misspelled", ["Mgr Salvu Grech"])
a.q("What did Għaqda tal-Logħob tan-Nar Sant’Angelu say?", "misspelled", ["In a statement, the Għaqda"])
# unanswerable
for t in ["How much will the new fireworks factory cost to build?",
          "How many members does the Ħaż-Żebbuġ local council have?",
          "When will the Commissioner of Police decide on the factory licence?",
          "What is the name of the woman who lives on Triq il-Ħarrub?",
          "Who were the two volunteers injured in the 2019 explosion?",
          "How much did Ċensu Azzopardi pay for the glass?",
          "Which board members voted against the permit?",
          "How many fireworks does the society fire at the summer feast?",
          "What is the salary of the society's master fireworks maker?"]:
    a.q(t, "unanswerable")
# overview, speakers, headline
a.q("What is this article about?", "overview", [1, "The Planning Authority’s board on Thursday"], facts=["Ħaż-Żebbuġ", "fireworks factory"])
a.q("tl;dr", "overview", [1, "The Planning Authority’s board on Thursday", "granted by four votes to three"], facts=["four votes to three", "Planning Authority"])
a.q("Give me the key facts", "overview", ["The Planning Authority’s board on Thursday", "granted by four votes to three", "explosion in June 2019"], facts=["450 metres", "Thursday", "June 2019"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(C, ["master fireworks maker", "fireworks master"], True, ["Censu Azzopardi", "Ċensu", "Censu", "the master fireworks maker", "the fireworks master", "Ċensu Azzoppardi", "Censu Azopardi"])
a.person(G, ["Perit", "architect", "objectors' representative"], True, ["Perit Ġorġ Azzopardi", "Perit Azzopardi", "Gorg Azzopardi", "Architect Ġorġ Azzopardi", "Ġorġ", "Gorg", "the architect", "the objectors' architect", "Ġorġ Azopardi", "Ġorġ Azzopard"])
a.person(V, ["mayor", "sindku", "mayor of Ħaż-Żebbuġ"], True, ["Mayor Ġużeppi Vella", "Sindku Ġużeppi Vella", "Guzeppi Vella", "Vella", "Ġużeppi", "Guzeppi", "the mayor", "the sindku", "the mayor of Ħaż-Żebbuġ", "Ġużeppi Vela", "Guzepi Vella"])
a.person(S, ["archpriest", "Mgr", "Monsignor"], True, ["Mgr Salvu Grech", "Mgr Grech", "Monsignor Salvu Grech", "Monsignor Grech", "Grech", "Salvu", "the archpriest", "Salvu Greck", "Salvo Grech"])
a.person(W, ["resident", "anonymous"], True, ["the anonymous resident", "the resident who asked not to be named"])
a.person(O, ["fireworks society", "society"], True, ["the Għaqda", "the fireworks society", "the society", "Ghaqda tal-Loghob tan-Nar Sant’Anglu", "Għaqda tal-Logħob tan-Nar Sant’Angelu"])
a.person(R, ["Minister for Lands and Planning", "minister", "Hon.", "Dr"], False, ["Hon. Dr Ramona Xuereb", "Dr Ramona Xuereb", "Minister Ramona Xuereb", "Dr Xuereb", "Xuereb", "Ramona", "the minister", "the Minister for Lands and Planning", "the planning minister", "Ramona Xureb", "Ramona Xuereeb"])
a.person(F, ["Fr", "Father", "spiritual director", "priest"], False, ["Fr Anton Żammit", "Father Anton Żammit", "Fr Żammit", "Anton Zammit", "Żammit", "Anton", "the spiritual director", "Anton Żamit"])
a.person("Karl Camilleri", ["reporter"], False, ["Camilleri", "Karl"])
a.person("Planning Authority", ["planning board"], False, ["the planning board", "the Planning Authority’s board"])
# claims
for t, n in [("The permit was granted by five votes to two.", "granted by four votes to three"),
             ("The factory will be 250 metres from the nearest home.", "granted by four votes to three"),
             ("The new factory will have nine mixing rooms.", "granted by four votes to three"),
             ("The explosion at the old factory happened in June 2018.", "explosion in June 2019"),
             ("The 2019 explosion injured four volunteers.", "explosion in June 2019"),
             ("Ċensu Azzopardi has made fireworks for the feast of St Philip since 1947.", "told the board:"),
             ("Perit Ġorġ Azzopardi is the fireworks master's son.", "Objectors were represented by"),
             ("The residents' study argues factories should be at least 500 metres from homes.", "58-page study"),
             ("The local council voted in favour of the application in March.", "The mayor (sindku)"),
             ("Mgr Salvu Grech blessed the new factory after the vote.", "Mgr Salvu Grech"),
             ("The society's members raised €130,000 towards the cost.", "In a statement, the Għaqda"),
             ("Hon. Dr Ramona Xuereb attended the hearing.", "Hon. Dr Ramona Xuereb"),
             ("The society already has its licence from the Commissioner of Police.", "separate licence"),
             ("Objectors have 60 days to appeal.", "Objectors have 30 days")]:
    a.claim(t, n)
a.claim("“The board has made the right decision for Ħaż-Żebbuġ,” Hon. Dr Ramona Xuereb said.", "Hon. Dr Ramona Xuereb", R)
a.claim("“The society will keep every rule to the letter,” Fr Anton Żammit said.", "Fr Anton Żammit", F)
a.claim("“We will drop our objection if the school is protected,” Perit Ġorġ Azzopardi said.", "Objectors have 30 days", G)
a.claim("“I have never been afraid of the factory,” said the woman who lives on Triq il-Ħarrub.", "Triq il-Ħarrub", W)
a.write()
