from lib import Article
a = Article("orient-wire-asia-briefs")
CL, RJ = "Coastal Line Commuter Authority", "Ruwan Jayasekara"
NK, NH = "Nguyễn Hữu Khải", "Nguyễn Thị Minh Hằng"
D = "a dealer in Hanoi's Cầu Giấy district"
JV, SN, OD = "Josefa Vuniwai", "Salote Naivalu", "Oyuunchimeg Dorjsüren"

a.quote(CL, "Replacement buses will run every 10 minutes between 5 a.m. and 10 p.m., and season tickets will be accepted on them.")
a.quote(RJ, "We would rather close it for 11 days now than for a year later")
a.quote(NK, "We did not wait for the company to find the problem")
a.quote(NK, "We found it.")
a.quote(NH, "any damage proven to be caused by our product")
a.quote(D, "half of my customers have parked their scooters and are taking the bus")
a.quote(JV, "cannot wait for another cyclone season")
a.quote(SN, "a tourist tax dressed up as climate policy")
a.quote(OD, "It is an estimate based on the worst week we have had so far. If January is mild, the losses will be much smaller.")
a.quote("Batbayar", "My father used to say 'a white winter takes the weak first.' This year it took the strong ones too")

a.person(CL, ["operator of the southern coastal commuter line"], True, ["CLCA", "the CLCA", "Coastal Line Commuter Authorty"])
a.person(RJ, ["CLCA general manager"], True, ["Jayasekara", "Ruwan", "CLCA general manager Ruwan Jayasekara", "the general manager", "Ruwan Jayasekera", "Ruwan Jayasekhara"])
a.person(NK, ["Deputy Minister of Industry and Trade"], True,
         ["Khải", "Deputy Minister Nguyễn Hữu Khải", "the deputy minister", "Nguyen Huu Khai", "Nguyễn Hữu Khai"])
a.person(NH, ["Sao Việt chief executive"], True,
         ["Hằng", "Sao Việt chief executive Nguyễn Thị Minh Hằng", "the chief executive", "Nguyen Thi Minh Hang", "Nguyễn Thị Minh Hang"])
a.person("Sao Việt Motors", ["electric scooter maker"], False, ["Sao Việt", "Sao Viet Motors", "the scooter maker"])
a.person(D, ["dealer", "asked not to be named"], True, ["the dealer", "the scooter dealer in Hanoi"])
a.person(JV, ["Ratu", "Minister for Rural Resilience"], True,
         ["Ratu Josefa Vuniwai", "Vuniwai", "Josefa", "the Minister for Rural Resilience", "Josefa Vunawai", "Josefa Vuniwae"])
a.person(SN, ["Adi", "Opposition whip"], True,
         ["Adi Salote Naivalu", "Naivalu", "Salote", "the opposition whip", "Salote Naivalou", "Salote Naivulu"])
a.person("Pacific Hoteliers Council", ["represents 140 resorts"], False, ["Pacific Hotelier Council"])
a.person("National Pasture Monitoring Centre", ["monitoring agency", "Mongolia"], False, ["the centre", "National Pasture Monitoring Center"])
a.person(OD, ["head of the centre's forecasting unit"], True,
         ["Oyuunchimeg", "Dorjsüren", "the head of the forecasting unit", "Oyuunchimeg Dorjsuren", "Oyunchimeg Dorjsüren"])
a.person("Batbayar", ["herder", "58", "Arkhangai province", "uses a single name"], True, ["the herder", "Batbayer", "Batbaiar"])

# fact
a.q("How long will the coastal line be closed?", "fact", ["for 11 days from Dec. 5"], [("Eleven days, starting on the fifth of December.", "for 11 days from Dec. 5")])
a.q("Between which stations will trains not run?", "fact", ["between Colombo Fort and Panadura"], [("From the Fort terminus in the country's largest city down to Panadura.", "between Colombo Fort and Panadura")])
a.q("How often will the replacement buses run?", "fact", ["In a notice posted at stations"], [("One every ten minutes, from early morning to late evening.", "In a notice posted at stations")])
a.q("How many passengers use the section on a weekday?", "fact", ["About 68,000 passengers"], [("Some sixty-eight thousand on a working day.", "About 68,000 passengers")])
a.q("How many scooters are being recalled?", "fact", ["will recall 38,000 scooters"], [("Thirty-eight thousand, all bought from March 2025 on.", "will recall 38,000 scooters")])
a.q("How many fires were reported?", "fact", ["at least four fires"], [("No fewer than four blazes, in two cities.", "at least four fires")])
a.q("How long will owners wait for a replacement connector?", "fact", ["within 30 days"], [("Up to a month.", "within 30 days")])
a.q("How big is the proposed hotel levy?", "fact", ["a levy of F$5 a night"], [("Five Fijian dollars per night's stay.", "a levy of F$5 a night")])
a.q("How many villages would get sea walls?", "fact", ["a levy of F$5 a night"], [("Forty-two communities on the coast.", "a levy of F$5 a night")])
a.q("How many animals could herders lose?", "fact", ["more than 210,000 animals"], [("Over two hundred and ten thousand head of livestock.", "more than 210,000 animals")])
# who
a.q("What did Ruwan Jayasekara say?", "who", ["CLCA general manager Ruwan Jayasekara"],
    [("He said inspectors spotted rust in the crossing's metal in October, and a short closure now beats a long one next year.", "CLCA general manager Ruwan Jayasekara")])
a.q("What did Nguyễn Hữu Khải say?", "who", ["told a news conference"],
    [("He said the ministry discovered the fault through its own lab checks rather than waiting for the firm.", "told a news conference")])
a.q("What did Nguyễn Thị Minh Hằng say?", "who", ["apologised to customers"],
    [("She said sorry to buyers and promised a new part free within a month, plus compensation for any harm shown to come from the scooters.", "apologised to customers")])
a.q("What did Salote Naivalu say?", "who", ["Opposition whip Adi Salote Naivalu"],
    [("She described the measure as a visitor charge disguised as environmental policy, and said the hotels were never asked.", "Opposition whip Adi Salote Naivalu")])
a.q("What did Oyuunchimeg Dorjsüren say?", "who", ["was cautious about the figure"],
    [("She said the number is a rough projection from the harshest seven days yet, and a gentle January would mean fewer deaths.", "was cautious about the figure")])
a.q("What did Batbayar say?", "who", ["Batbayar, a 58-year-old herder"],
    [("Forty of his six hundred goats are dead, he said, recalling his father's words about harsh cold seasons.", "Batbayar, a 58-year-old herder")])
# role
a.q("What did the CLCA notice say?", "role", ["In a notice posted at stations"],
    [("Coaches will stand in every ten minutes through the day, and season passes will be valid on them.", "In a notice posted at stations")])
a.q("Who is the CLCA general manager?", "role", ["CLCA general manager Ruwan Jayasekara"], [("Ruwan Jayasekara runs the authority.", "CLCA general manager Ruwan Jayasekara")])
a.q("What did the deputy minister say?", "role", ["told a news conference"],
    [("The ministry discovered the fault itself instead of leaving it to the maker.", "told a news conference")])
a.q("What did the Minister for Rural Resilience say?", "role", ["a levy of F$5 a night"],
    [("Vuniwai told lawmakers the villages could not hold out through one more storm period.", "a levy of F$5 a night")])
a.q("What did the dealer who asked not to be named say?", "role", ["A dealer in Hanoi"],
    [("Half his buyers have stopped riding and switched to public transport.", "A dealer in Hanoi")])
a.q("Who is the opposition whip in Fiji?", "role", ["Opposition whip Adi Salote Naivalu"], [("Salote Naivalu holds that post.", "Opposition whip Adi Salote Naivalu")])
# paraphrase
a.q("Why is the railway shutting?", "paraphrase", ["for 11 days from Dec. 5", "CLCA general manager Ruwan Jayasekara"],
    [("Rust was discovered in the metal of a crossing during a check in October.", "CLCA general manager Ruwan Jayasekara")])
a.q("What went wrong with the scooters?", "paraphrase", ["will recall 38,000 scooters"],
    [("A part linking the battery can get too hot.", "will recall 38,000 scooters")])
a.q("Why did the Fiji debate stop?", "paraphrase", ["adjourned debate"],
    [("MPs on the other side left the chamber in protest.", "adjourned debate")])
a.q("Who wants to speak to lawmakers about the levy?", "paraphrase", ["The Pacific Hoteliers Council"],
    [("A group of resort owners, which will seek a hearing.", "The Pacific Hoteliers Council")])
a.q("What help has the government offered the herders?", "paraphrase", ["15,000 tonnes of hay"],
    [("Fifteen thousand tonnes of fodder from state stocks.", "15,000 tonnes of hay")])
# misspelled
a.q("What did Ruwan Jayasekera say?", "misspelled", ["CLCA general manager Ruwan Jayasekara"])
a.q("What did Nguyen Huu Khai say?", "misspelled", ["told a news conference"])
a.q("What did Nguyen Thi Minh Hang say?", "misspelled", ["apologised to customers"])
a.q("What did Salote Naivalou say?", "misspelled", ["Opposition whip Adi Salote Naivalu"])
a.q("What did Oyunchimeg Dorjsuren say?", "misspelled", ["was cautious about the figure"])
# unanswerable
for t in ["How much will the repairs to the Wellawatte bridge cost?",
          "How many replacement buses will the CLCA run?",
          "How much does a Sao Việt Motors scooter cost?",
          "How many people were injured in the Sao Việt scooter fires?",
          "How much money would the Coastal Resilience Levy raise each year?",
          "Which opposition party does Adi Salote Naivalu belong to?",
          "How many sea walls have already been built in Fiji's coastal villages?",
          "How many animals did Mongolian herders lose last winter?",
          "How much hay does a herd of 600 goats need for the winter?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "will recall 38,000 scooters", "adjourned debate", "more than 210,000 animals"],
    facts=["Colombo coastal trains halted", "recall 38,000 scooters", "adjourned debate", "210,000 animals"])
a.q("tl;dr", "overview", [1, "for 11 days from Dec. 5", "will recall 38,000 scooters"], facts=["11 days", "battery connector can overheat"])
a.q("Give me the key facts", "overview", ["for 11 days from Dec. 5", "will recall 38,000 scooters", "a levy of F$5 a night", "more than 210,000 animals"],
    facts=["Colombo Fort and Panadura", "at least four fires", "F$5 a night", "nine provinces"])
a.speakers_question()
a.q("What's the headline?", "headline", [1])

a.claim("Trains between Colombo Fort and Panadura will stop for 17 days.", "for 11 days from Dec. 5")
a.claim("Replacement buses will run every 20 minutes.", "In a notice posted at stations")
a.claim("Engineers found corrosion in the Wellawatte bridge in September.", "CLCA general manager Ruwan Jayasekara")
a.claim("About 86,000 passengers use the section on a weekday.", "About 68,000 passengers")
a.claim("Sao Việt Motors will recall 83,000 scooters.", "will recall 38,000 scooters")
a.claim("At least four people died in the scooter fires.", "at least four fires")
a.claim("Sao Việt Motors found the fault before the ministry did.", "told a news conference")
a.claim("Owners will get a free replacement scooter within 30 days.", "within 30 days")
a.claim("Fiji's parliament passed the Coastal Resilience Levy Bill on Tuesday.", "adjourned debate")
a.claim("The levy would add F$15 a night to hotel stays.", "a levy of F$5 a night")
a.claim("The levy would pay for sea walls in 24 coastal villages.", "a levy of F$5 a night")
a.claim("Naivalu said hotels had been consulted on the bill.", "Opposition whip Adi Salote Naivalu")
a.claim("Batbayar has lost 60 of his 400 goats.", "Batbayar, a 58-year-old herder")
a.claim("The government has delivered 15,000 tonnes of hay to the worst-hit districts.", "15,000 tonnes of hay")
a.claim("\"The bridge is completely safe and we are closing it only as a precaution,\" said Ruwan Jayasekara.", "CLCA general manager Ruwan Jayasekara", RJ)
a.claim("The Pacific Hoteliers Council said the levy would \"drive tourists to other islands\".", "The Pacific Hoteliers Council", "Pacific Hoteliers Council")
a.claim("\"Our scooters are safe and the recall is unnecessary,\" said Nguyễn Thị Minh Hằng.", "apologised to customers", NH)
a.claim("Ratu Josefa Vuniwai said: \"The bill will pass in February whatever the opposition does.\"", "a levy of F$5 a night", JV)
a.write()
