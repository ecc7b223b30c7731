from lib import Article
a = Article("skarva-ferry-contract")
P3, P4, P5, P6, P7, P8 = "A £148 million contract", "Island Ferry Assets Scotland (IFAS)", "94 metres long", "Speaking at the signing", "penalties of £40,000", "Elif Yıldırım, Deniztaş's"
P10, P11, P12, P13, P14, P15, P16 = "a good day, three years late", "We were told in 2022", "Catriona MacLeod, who chairs", "Lifeline or Lottery", "Mòrag Dòmhnallach, who runs", "My customers ask me", "But you cannot plan"
P17, P18, P19, P20, P21, P22 = "A crew member on", "safe and fully certified", "Ruairidh Grant", "public vote", "would be sold", "A public meeting"
a.quote("Alasdair Fyfe", "These are the largest vessels we have ordered for a single island. Skarva has waited long enough, and I am not going to pretend otherwise.")
a.quote("Alasdair Fyfe", "the lesson of the last ten years")
a.quote("Elif Yıldırım", "We know the weather in the Minch is not the weather in the Sea of Marmara")
a.quote("Elif Yıldırım", "The hulls are designed for the worst of it.")
a.quote("Iain MacLeod", "a good day, three years late")
a.quote("Iain MacLeod", "We were told in 2022 that new boats would be here by 2026. I have stopped believing dates from Glasgow. I will believe this one when I can drive my car on to the ship")
a.quote("Catriona MacLeod", 'Three more winters with the "Sgarbh" means three more winters of cancelled hospital appointments, empty shelves in the Co-op and young families deciding the mainland is easier.')
a.quote("Mòrag Dòmhnallach", 'My customers ask me every week, "Is the boat going?" and I have started to say what my mother said: "Ask the wind."')
a.quote("Mòrag Dòmhnallach", "But you cannot plan a business on the wind, and you cannot keep a nurse or a teacher here on it either")
a.quote("a crew member", "been kept going on goodwill and second-hand parts")
a.quote("Western Seaboard Ferries", "safe and fully certified")
# fact
a.q("How much is the ferry contract worth?", "fact", [1, P3], [("Just under a hundred and fifty million pounds.", P3)])
a.q("When was the contract signed?", "fact", [P3], [("On the last Thursday of November.", P3)])
a.q("When will the first new ferry arrive?", "fact", [P3], [("The first hull is due in early 2029.", P3)])
a.q("Which shipyard won the contract?", "fact", [P4], [("A Turkish builder on the Sea of Marmara coast, Deniztaş.", P4)])
a.q("How many cars will each new ship carry?", "fact", [P5], [("A hundred and twenty vehicles.", P5)])
a.q("How old is the Sgarbh?", "fact", [P5], [("She is nearly four decades old, having entered service in the late eighties.", P5)])
a.q("What is the penalty for late delivery?", "fact", [P7], [("Forty thousand pounds for each week the builder overruns.", P7)])
a.q("How many sailings were cancelled in January?", "fact", [P13], [("Forty-one out of two hundred and twelve crossings were lost or shortened.", P13)])
a.q("How much stock did the bakery lose?", "fact", [P14], [("Six thousand pounds of goods during the previous cold season.", P14)])
a.q("When is the public meeting?", "fact", [P22], [("On the fourth of December, in the evening, at the village hall.", P22)])
# who
a.q("What did Alasdair Fyfe say?", "who", [P6, P7, P20, P21], [
    ("He called the pair the biggest boats the agency has bought for one place and admitted islanders had been kept too long.", P6),
    ("He said the costs are locked and the builder pays a weekly fine if it runs over, which he presented as a lesson learned.", P7),
    ("He said islanders will pick what the opening vessel is called by ballot, with its sister following in the closing months of that year.", P20),
    ("He said nobody has yet decided the old boat's fate.", P21)])
a.q("What did Elif Yıldırım say?", "who", [P8], [("She said the company understands that conditions off Scotland differ from those at home, and that the ships are made for the roughest days.", P8)])
a.q("What did Iain MacLeod say?", "who", [P10, P11], [
    ("He welcomed the deal but said it came well behind schedule.", P10),
    ("He said an earlier promise of vessels by 2026 was broken and he will trust the new schedule only once he is aboard.", P11)])
a.q("What did Catriona MacLeod say?", "who", [P12], [("She warned that keeping the old boat would cost islanders missed clinic visits, bare shops and departing young parents.", P12)])
a.q("What did Mòrag Dòmhnallach say?", "who", [P14, P15, P16], [
    ("She said missed supplies of baking ingredients cost her thousands of pounds in goods.", P14),
    ("She said shoppers keep asking whether crossings will run, and she now replies with her mother's old line that it depends on the weather.", P15),
    ("She said no firm, and no nurse or teacher, can be kept on the island on such uncertain terms.", P16)])
a.q("What did Ruairidh Grant do?", "who", [P19], [("He backed the deal and plans to press the government for payments to firms hurt by lost crossings.", P19)])
# role
a.q("Who is the chief executive of IFAS?", "role", [P6], [("Alasdair Fyfe runs the state ferry-owning body.", P6)])
a.q("Who chairs the council's transport committee?", "role", [P10], [("Iain MacLeod, an elected member.", P10)])
a.q("Who chairs the Skarva Ferry Action Group?", "role", [P12], [("Catriona MacLeod leads the campaigners.", P12)])
a.q("Who is the island's MSP?", "role", [P19], [("Ruairidh Grant is its member of the Scottish parliament.", P19)])
a.q("Who runs the bakery at Port Ròin?", "role", [P14], [("The baker is Mòrag Dòmhnallach.", P14)])
a.q("Who is Deniztaş's commercial director?", "role", [P8], [("Elif Yıldırım handles sales for the Turkish builder.", P8)])
# paraphrase
a.q("How large a fine does the builder face for each overrun week?", "paraphrase", [P7], [("Forty thousand pounds.", P7)])
a.q("Which body owns the boats?", "paraphrase", [P4], [("A state agency called IFAS.", P4)])
a.q("What share of crossings were lost at the start of the year?", "paraphrase", [P13], [("About a fifth: forty-one of two hundred and twelve.", P13)])
a.q("Which boat will stand in while the old one is being repaired?", "paraphrase", [P18], [("Lòn Bàn, a spare, during the yearly refit.", P18)])
a.q("How many people live on Skarva?", "paraphrase", [P20], [("About eleven hundred.", P20)])
# misspelled
a.q("What did Alastair Fyfe say?", "misspelled", [P6, P7, P20, P21])
a.q("What did Elif Yildirim say?", "misspelled", [P8])
a.q("What did Ian MacLeod say?", "misspelled", [P10, P11])
a.q("What did Katriona MacLeod say?", "misspelled", [P12])
a.q("What did Morag Domhnallach say?", "misspelled", [P14, P15, P16])
for t in ["How much did the 'Sgarbh' cost to build in 1987?",
          "What will the first new ferry be called?",
          "Who will buy the 'Sgarbh'?",
          "How much compensation will businesses hit by cancellations receive?",
          "What price did the yard on the Clyde offer?",
          "How many crew members work on the 'Sgarbh'?",
          "How many crossings does the 'Sgarbh' make each day?",
          "What is Dr Alasdair Fyfe's salary?",
          "Why did the Sgarbh's main engines start failing in 2023?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, P3], facts=["£148 million contract", "spring of 2029"])
a.q("tl;dr", "overview", [1, P3, P4], facts=["two new ferries", "Deniztaş Shipyard"])
a.q("Give me the key facts", "overview", [P3, P4, P5], facts=["Thursday 26th November", "94 metres long", "120 cars"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person("Alasdair Fyfe", ["IFAS chief executive", "Dr"], True, ["Dr Alasdair Fyfe", "Dr Fyfe", "Fyfe", "Alasdair", "the chief executive", "the IFAS chief executive", "Alastair Fyfe", "Alasdair Fife"])
a.person("Elif Yıldırım", ["commercial director of Deniztaş Shipyard"], True, ["Yıldırım", "Elif", "Elif Yildirim", "Yildirim", "the commercial director", "Elif Yildrim"])
a.person("Iain MacLeod", ["Cllr", "chairs the transport committee of Skarva and Lewisay Council"], True, ["Cllr Iain MacLeod", "Cllr MacLeod", "Councillor Iain MacLeod", "Iain", "the councillor", "the transport committee chair", "Ian MacLeod", "Iain McLeod"])
a.person("Catriona MacLeod", ["chairs the Skarva Ferry Action Group"], True, ["Catriona", "the action group chair", "Katriona MacLeod", "Catriona MacCleod"])
a.person("Mòrag Dòmhnallach", ["runs the bakery at Port Ròin"], True, ["Mòrag", "Dòmhnallach", "Morag Domhnallach", "Morag", "the baker", "Morag Domhnalach", "Mòrag Dòmhallach"])
a.person("a crew member", ["crew member on the 'Sgarbh'", "unnamed source"], True, ["the crew member"])
a.person("Western Seaboard Ferries", ["runs the route under contract"], True, ["the ferry operator", "Western Seaboard Feries", "Western Seabord Ferries"])
a.person("Ruairidh Grant", ["the island's MSP"], False, ["Ruairidh Grant MSP", "Grant", "Ruairidh", "the MSP", "Ruaridh Grant", "Ruairidh Grannt"])
a.person("Eilidh Morrison", ["reporter"], False, ["Morrison", "Eilidh", "Eilidh Morison"])
a.person("Island Ferry Assets Scotland", ["the public body that owns the fleet"], False, ["IFAS", "Island Ferry Asets Scotland"])
a.person("Deniztaş Shipyard", ["yard in Yalova, Turkey, building the ferries"], False, ["Deniztaş", "Deniztas Shipyard", "the shipyard"])
a.person("Skarva Ferry Action Group", ["published the 'Lifeline or Lottery' survey"], False, ["the action group", "Skarva Ferry Action Grop"])
for t, n in [("The contract for the two ferries is worth £184 million.", P3),
             ("The first new ferry will arrive in the spring of 2027.", P3),
             ("The contract went to a yard on the Clyde.", P4),
             ("Each new ship will carry 210 cars.", P5),
             ("The 'Sgarbh' has served Skarva since 1978.", P5),
             ("The contract was signed in Edinburgh.", P6),
             ("Late delivery will cost the yard £4,000 a week.", P7),
             ("Deniztaş has built 17 ferries since 2015.", P8),
             ("Catriona MacLeod is the councillor's sister.", P12),
             ("The survey found that 14 of 212 sailings in January were cancelled.", P13),
             ("Mòrag Dòmhnallach lost £16,000 of stock when flour deliveries missed six sailings.", P14),
             ("Western Seaboard Ferries admitted that the 'Sgarbh' was no longer certified.", P18),
             ("Ruairidh Grant criticised the contract as too expensive.", P19),
             ("IFAS has decided to sell the 'Sgarbh' to a Norwegian operator.", P21)]:
    a.claim(t, n)
a.claim("Ruairidh Grant said: 'This is a victory for every islander who wrote to me.'", P19, "Ruairidh Grant")
a.claim("Western Seaboard Ferries said the old ferry had 'never missed a sailing through a fault of ours'.", P18, "Western Seaboard Ferries")
a.claim("'We will not pay a penny more than £148 million,' Dr Fyfe said.", P7, "Alasdair Fyfe")
a.claim("Catriona MacLeod said: 'We are finally being listened to in Glasgow.'", P12, "Catriona MacLeod")
a.write()
