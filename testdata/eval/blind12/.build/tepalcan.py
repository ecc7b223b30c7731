from lib import Gold

g = Gold("tepalcan-avocado-water-law")
GOV, CEAT, ITZ = "Adriana Villaseñor Cuevas", "Comisión Estatal del Agua de Tepalcán", "Itzel Ramírez Tun"
ROD, JOA, MAR = "Rodrigo Sánchez Olvera", "Joaquín Sánchez Olvera", "Marisol Cházaro Ruiz"
OFF, GUA = "an official in the state Agriculture Ministry", "Guadalupe Hernández Uc"

# --- quotations
g.quote(GOV, "For 20 years we have let the orchards drink first and the people drink what is left")
g.quote(GOV, "That order ends now.")
g.quote(GOV, "Tepalcán produces one in every five avocados that Mexico sends abroad. We are proud of that, and nobody is asking the growers to leave.")
g.quote(GOV, "But in San Miguel Tzintla, families receive water from the network one day in three. In some neighborhoods of the capital, the taps run for two hours a day. A state that exports its water in the form of fruit and then sends tankers to its own people has its priorities upside down.")
g.quote(CEAT, "an average of 1.4 meters per year since 2016")
g.quote(CEAT, "know for the first time who is using how much.")
g.quote(ITZ, "The numbers from the CEAT are, if anything, optimistic. We measured drops of more than two meters a year in some wells near the orchards.")
g.quote(ITZ, "A freeze stops the bleeding. It does not give back the blood")
g.quote(ROD, "a punishment dressed up as a policy.")
g.quote(ROD, "We have 30,000 families who live from this fruit")
g.quote(ROD, "If they want us to save water, give us credit for drip irrigation, not fines.")
g.quote(JOA, "My brother and I still have lunch together on Sundays")
g.quote(JOA, "We just don’t talk about water anymore.")
g.quote(JOA, "the richest orchards and the driest kitchens in the state.")
g.quote(MAR, "less than three hours before the vote.")
g.quote(OFF, "We have 12 inspectors for the whole state")
g.quote(GUA, "Last month the pipa driver told me, ‘Señora, the avocados drink first,’ and he laughed. I didn’t laugh")
g.quote(GOV, "Let them go to court. The aquifer can’t file a lawsuit, so somebody has to speak for it")

# --- fact (10)
g.q("fact", "What was the result of the vote on the law?", ["by 24 votes to 11"],
    [("Twenty-four lawmakers backed it and eleven opposed it.", "by 24 votes to 11")])
g.q("fact", "How long did the session last?", ["14-hour session"],
    [("Fourteen hours, finishing just before three in the morning.", "14-hour session")])
g.q("fact", "How big is the fine for an illegal well?", ["fines of up to 500,000 pesos"],
    [("As much as half a million pesos, roughly twenty-seven thousand five hundred US dollars.", "fines of up to 500,000 pesos")])
g.q("fact", "Which orchards must install water meters?", ["larger than 5 hectares"],
    [("Existing plantations covering more than five hectares.", "larger than 5 hectares")])
g.q("fact", "How many hectares of avocado orchards does Tepalcán have?", ["about 68,000 hectares"],
    [("Around sixty-eight thousand, against forty-one thousand in 2015.", "about 68,000 hectares")])
g.q("fact", "How fast is the Tzintla aquifer being drained?", ["1.8 times the rate"],
    [("Water is taken out nearly twice as quickly as nature replaces it.", "1.8 times the rate")])
g.q("fact", "How many wells are registered in the basin?", ["1,340 wells"],
    [("One thousand three hundred and forty have been put on the official list.", "1,340 wells")])
g.q("fact", "What share of groundwater do the orchards use?", ["61% of all groundwater"],
    [("Sixty-one percent, versus nineteen for homes, according to the 2024 study.", "61% of all groundwater")])
g.q("fact", "How much were the state's avocado exports worth last year?", ["US $1.1 billion"],
    [("About one point one billion dollars.", "US $1.1 billion")])
g.q("fact", "What does tanker water cost in San Miguel Tzintla?", ["600 to 900 pesos"],
    [("Between six hundred and nine hundred pesos per ten thousand liters.", "600 to 900 pesos")])

# --- who (6)
g.q("who", "What did Adriana Villaseñor Cuevas say?", ["said she would sign it", "For 20 years", "Tepalcán produces one in every five", "But in San Miguel Tzintla", "Let them go to court"],
    [("She said the days of orchards being served before residents are over.", "For 20 years"),
     ("She said it makes no sense for the state to ship water abroad inside fruit while trucking water to its own citizens.", "But in San Miguel Tzintla"),
     ("She welcomed a legal fight, saying someone must defend the aquifer.", "Let them go to court")])
g.q("who", "What did Itzel Ramírez Tun say?", ["The numbers from the CEAT", "A freeze stops the bleeding"],
    [("She said official figures understate the problem, with some wells near plantations falling over two meters annually.", "The numbers from the CEAT"),
     ("She said halting new plantations will not restore the groundwater by itself.", "A freeze stops the bleeding")])
g.q("who", "What did Rodrigo Sánchez Olvera say?", ["a punishment dressed up", "We have 30,000 families"],
    [("He said the measure punishes farmers.", "a punishment dressed up"),
     ("He said thirty thousand families depend on the fruit and growers want support to pay for drip systems rather than penalties.", "We have 30,000 families")])
g.q("who", "What did Joaquín Sánchez Olvera say?", ["My brother and I", "the driest kitchens"],
    [("He said he and his sibling still share a Sunday meal but no longer discuss water.", "My brother and I"),
     ("He said his constituency combines the wealthiest plantations with the thirstiest homes.", "the driest kitchens")])
g.q("who", "What did Guadalupe Hernández Uc say?", ["2,400 pesos a month", "Last month the pipa driver"],
    [("She said she pays around two thousand four hundred pesos every month for trucked water.", "2,400 pesos a month"),
     ("She said a tanker driver joked that the fruit gets water before people do, and she did not find it funny.", "Last month the pipa driver")])
g.q("who", "What did Héctor Balam Chan say?", ["1,340 wells"],
    [("The commission's chief said roughly as many unlicensed wells as licensed ones may exist.", "1,340 wells")])

# --- role (6)
g.q("role", "Who is the governor of Tepalcán?", ["Governor Adriana Villaseñor Cuevas"],
    [("Adriana Villaseñor Cuevas, who proposed the measure in July.", "Governor Adriana Villaseñor Cuevas")])
g.q("role", "What did the state water commission say?", ["being pumped at 1.8 times", "an average of 1.4 meters"],
    [("It said the water table has fallen by one point four meters a year on average since 2016 and that meters will show for the first time who consumes what.", "an average of 1.4 meters")])
g.q("role", "Who is the hydrologist who has studied the aquifer?", ["a hydrologist at the Autonomous University"],
    [("Itzel Ramírez Tun of the state's autonomous university.", "a hydrologist at the Autonomous University")])
g.q("role", "Who heads the avocado producers' association?", ["is president of the Tepalcán Avocado"],
    [("Rodrigo Sánchez Olvera, who farms forty hectares near Tzintla.", "is president of the Tepalcán Avocado")])
g.q("role", "Who chairs the water committee in the state Congress?", ["who chairs the state Congress water committee"],
    [("Joaquín Sánchez Olvera, the younger sibling of the growers' leader.", "who chairs the state Congress water committee")])
g.q("role", "What did the anonymous Agriculture Ministry official say?", ["An official in the state Agriculture Ministry"],
    [("He said his ministry was not asked about the meters and has only a dozen inspectors statewide.", "An official in the state Agriculture Ministry")])

# --- paraphrase (5)
g.q("paraphrase", "When does the freeze on planting expire?", ["until 2031"],
    [("The prohibition on converting land stays in place until 2031.", "until 2031")])
g.q("paraphrase", "How often does running water reach homes in the town?", ["one day in three", "every third day"],
    [("For three morning hours on one day out of every three.", "every third day")])
g.q("paraphrase", "Are farmers already cutting their consumption?", ["switched 45%"],
    [("Nearly half of members' plantations now use drip systems, the association says.", "switched 45%")])
g.q("paraphrase", "Are the producers planning legal action?", ["challenge the law in federal court"],
    [("Yes, they intend to seek a constitutional injunction before a federal judge.", "challenge the law in federal court")])
g.q("paraphrase", "Do the two siblings still see each other?", ["My brother and I"],
    [("Yes, they share a meal every weekend but avoid one subject.", "My brother and I")])

# --- misspelled (5)
for wrong, right in [("Adriana Villasenor Cuevas", GOV), ("Itzel Ramires Tun", ITZ), ("Rodrigo Sanchez Olvera", ROD),
                     ("Joaquin Sanches Olvera", JOA), ("Guadalupe Hernandes Uc", GUA)]:
    g.q("misspelled", f"What did {wrong} say?", gold=g.who_gold(f"What did {right} say?"))

# --- unanswerable (9)
for text in ["What did Amalia Olvera de Sánchez say about the law?",
             "How much did Rodrigo Sánchez Olvera's orchard earn last year?",
             "How much will a water meter cost each grower?",
             "How many illegal wells have been closed so far?",
             "How many households in San Miguel Tzintla buy water from pipas?",
             "Which party does Governor Villaseñor belong to?",
             "How many Democratic Union deputies voted against the law?",
             "What is the name of Guadalupe Hernández Uc's tortilla shop?",
             "How much is each Agriculture Ministry inspector paid?"]:
    g.q("unanswerable", text)

# --- overview, speakers, headline
g.q("overview", "What is this article about?", ["freezing new avocado orchards", "approved a five-year moratorium"], facts=["moratorium on new avocado orchards", "aquifers"])
g.q("overview", "tl;dr", ["freezing new avocado orchards", "approved a five-year moratorium", "by 24 votes to 11"], facts=["24 votes to 11", "five-year moratorium"])
g.q("overview", "Give me the key facts", ["approved a five-year moratorium", "by 24 votes to 11", "until 2031"], facts=["until 2031", "water meters", "500,000 pesos"])
g.speakers_question()
g.q("headline", "What's the headline?", gold=[1])

# --- people
g.person(GOV, ["Governor of Tepalcán", "sent the bill to Congress in July"], ["Villaseñor", "Governor Villaseñor", "the governor", "Adriana Villasenor Cuevas", "Adriana Villaseñor"])
g.person("Héctor Balam Chan", ["director of the CEAT"], ["Balam", "the commission's director", "Hector Balam Chan", "Héctor Balam"])
g.person(CEAT, ["state water commission", "CEAT"], ["CEAT", "the state water commission", "Comision Estatal del Agua de Tepalcan"])
g.person(ITZ, ["hydrologist at the Autonomous University of Tepalcán", "Dr."], ["Ramírez", "Dr. Ramírez", "the hydrologist", "Itzel Ramirez Tun", "Itzel Ramírez"])
g.person(ROD, ["avocado grower", "president of the Tepalcán Avocado Producers’ Association", "Joaquín Sánchez Olvera's older brother"],
         ["Rodrigo", "Rodrigo Sánchez", "the association president", "Rodrigo Sanchez Olvera", "Rodrigo Sánchez Olivera"])
g.person(JOA, ["Deputy", "Agrarian Renewal Party", "chairs the state Congress water committee", "Rodrigo's younger brother"],
         ["Joaquín", "Joaquín Sánchez", "Deputy Sánchez Olvera", "the water committee chair", "Joaquin Sanchez Olvera"])
g.person("Amalia Olvera de Sánchez", ["mother of Rodrigo and Joaquín", "runs the family's original orchard"], ["Amalia", "Amalia Olvera", "the brothers' mother", "Amalia Olvera de Sanchez"])
g.person(MAR, ["Deputy", "Democratic Union", "opposition"], ["Cházaro", "Deputy Cházaro", "Marisol Chazaro Ruiz", "Marisol Cázaro Ruiz"])
g.person(OFF, ["Agriculture Ministry official", "requested anonymity", "unnamed"], ["the Agriculture Ministry official", "the anonymous official"])
g.person(GUA, ["runs a tortilla shop on the main square", "54"], ["Guadalupe", "the tortilla shop owner", "Guadalupe Hernandez Uc", "Guadalupe Hernández"])
g.person("Efraín Tzintzun Mora", ["mayor of San Miguel Tzintla"], ["Tzintzun", "the mayor of San Miguel Tzintla", "Efrain Tzintzun Mora"])
g.person("Daniela Reyes Montaño", ["byline"], ["the reporter", "Daniela Reyes Montano"])
g.person("Tepalcán Avocado Producers’ Association", ["growers' association", "APAT"], ["APAT", "the growers' association", "Tepalcan Avocado Producers Association"])
g.person("Autonomous University of Tepalcán", ["university", "UAT"], ["UAT", "the university"])
g.person("El Sol de Tepalcán", ["newspaper"], ["the newspaper", "El Sol"])

# --- claims (14) and invented quotations (4)
for text, near in [
    ("The state Congress passed the law by 21 votes to 14.", "by 24 votes to 11"),
    ("The session that passed the law lasted 41 hours.", "14-hour session"),
    ("The moratorium on new avocado orchards runs until 2036.", "until 2031"),
    ("Fines for illegal wells go up to 5 million pesos.", "fines of up to 500,000 pesos"),
    ("Governor Villaseñor sent the bill to Congress in January.", "Governor Adriana Villaseñor Cuevas"),
    ("Tepalcán produces one in every two avocados that Mexico sends abroad.", "Tepalcán produces one in every five"),
    ("Tepalcán has about 86,000 hectares of avocado orchards.", "about 68,000 hectares"),
    ("The CEAT says the aquifer's level has dropped 4.1 meters a year since 2016.", "an average of 1.4 meters"),
    ("Orchards account for 19% of the groundwater pumped in the basin.", "61% of all groundwater"),
    ("Joaquín Sánchez Olvera is Rodrigo's older cousin.", "Rodrigo’s younger brother"),
    ("Deputy Joaquín Sánchez Olvera voted against the bill.", "the driest kitchens"),
    ("The bill was amended 73 times in committee.", "amended 37 times"),
    ("Growers must join the state registry of orchards by January 31, 2027.", "July 31, 2027"),
    ("The growers' association has 60 working days to file for an amparo.", "30 working days"),
]:
    g.claim(text, near)
g.invented("“The orchards have never taken water from anyone,” said Amalia Olvera de Sánchez.", "Amalia Olvera de Sánchez", "Amalia Olvera de Sánchez")
g.invented("“We have enough inspectors to check every orchard in the state,” the official said.", "An official in the state Agriculture Ministry", OFF)
g.invented("Héctor Balam Chan said the aquifer would “recover within two years.”", "1,340 wells", "Héctor Balam Chan")
g.invented("“The law will not be enforced in my district,” Joaquín Sánchez said.", "the driest kitchens", JOA)
g.write()
