from lib import Article
a = Article("apaseo-water-rationing")
R, M, J, G, B = "Rodrigo Salvatierra Ochoa", "María Fernanda Ibarra Cortés", "Jorge Ibarra Núñez", "Guadalupe Rentería Solís", "Arturo Benítez Lara"
P = "Perforaciones del Bajío S.A. de C.V."
# quotes
a.quote(R, "We are not rationing because we want to. We are rationing because the aquifer is 14 metres lower than it was ten years ago.")
a.quote(R, "Every well we drill now has to go past 300 metres, and each one costs us around 18 million pesos.")
a.quote(R, "If the rains of June are as weak as last year, we will have to talk about two days a week, not three.")
a.quote(R, "Nobody in this building is pretending this is a solution. It is a way of sharing what is left.")
a.quote(M, "It is easy to shout in the plaza")
a.quote(M, "It is harder to explain to a family in San Juan de la Vega why the neighbourhood next door has water and they do not.")
a.quote(J, "exists only in the slides of the presentations")
a.quote(G, "I have four grandchildren in this house and one tinaco")
a.quote(G, "On the days without water, I wash the dishes with what is left of the bath.")
a.quote(P, "on schedule and within budget")
# fact
a.q("How many colonias will be under rotating supply?", "fact", ["to 41 of the city"], [("Forty-one neighbourhoods out of sixty-three.", 3)])
a.q("How many households will have running water only three days a week?", "fact", ["about 38,000 households"], [("Roughly thirty-eight thousand homes.", 3)])
a.q("How many wells have stopped pumping?", "fact", ["seven of its 23 wells"], [("Seven out of twenty-three.", 4)])
a.q("How much water do the working wells produce?", "fact", ["412 litres per second"], [("Just over four hundred l/s, short of what is needed.", 4)])
a.q("How much has the aquifer dropped?", "fact", ["the aquifer is 14 metres lower"], [("By fourteen metres over a decade.", 6)])
a.q("How much does a new well cost?", "fact", ["each one costs us around 18 million pesos"], [("About 18m pesos apiece, since boreholes must be deeper than 300 m.", 7)])
a.q("How much money did the city set aside for the aqueduct?", "fact", ["review 96 million pesos"], [("Ninety-six million, budgeted in 2023.", 13)])
a.q("How much of the aqueduct money remains in a trust?", "fact", ["61 million pesos of that sum"], [("Sixty-one million.", 14)])
a.q("How many leaflets did the municipal government print?", "fact", ["printed 50,000 leaflets"], [("Fifty thousand.", 16)])
a.q("How much does a load from a tanker truck cost now?", "fact", ["from 900 pesos to 1,400 pesos"], [("1,400, up from 900, for ten cubic metres.", 19)])
# who
a.q(f"What did {R} say?", "who", ["Ing. Rodrigo Salvatierra Ochoa", "We are not rationing", "Every well we drill", "If the rains of June", "Nobody in this building", "Salvatierra said the two new wells"],
    [("The groundwater has sunk, so supply must be shared out.", 6), ("Two fresh boreholes will add roughly 70 l/s, not enough to close the gap.", 22)])
a.q(f"What did {M} say?", "who", ["Lic. María Fernanda Ibarra Cortés", "It is easy to shout"],
    [("Protesting is simple; telling one district why another is supplied is not.", 11)])
a.q(f"What did {J} say?", "who", ["Dip. Jorge Ibarra Núñez", "Ibarra Núñez said he would ask"],
    [("The promised pipeline from the reservoir has never left the drawing board.", 12), ("He wants auditors to check unspent funds earmarked in 2023.", 13)])
a.q(f"What did {G} say?", "who", ["Doña Guadalupe Rentería Solís", "I have four grandchildren"],
    [("She reuses bathwater to clean plates when supply is off.", 18)])
a.q(f"What did {P} say?", "who", ["Perforaciones del Bajío S.A. de C.V., the Celaya"],
    [("The contractor says drilling is on time and on cost, with output from August.", 21)])
a.q(f"What did {B} say?", "who", ["C.P. Arturo Benítez Lara"],
    [("He told councillors most of the aqueduct fund was still held in trust.", 14)])
# role
a.q("Who is the director general of SIMAPAS?", "role", ["Ing. Rodrigo Salvatierra Ochoa"], [("Salvatierra, a former head of the León water service.", 5)])
a.q("Who is the mayor of Apaseo de los Sauces?", "role", ["Lic. María Fernanda Ibarra Cortés"], [("Ibarra Cortés, a licenciada.", 10)])
a.q("Who represents the district in the state congress?", "role", ["Dip. Jorge Ibarra Núñez"], [("Ibarra Núñez, a legislator unrelated to her.", 12)])
a.q("Who is the municipal treasurer?", "role", ["C.P. Arturo Benítez Lara"], [("Arturo Benítez, a public accountant.", 14)])
a.q("Which company is drilling the new wells?", "role", ["Perforaciones del Bajío S.A. de C.V., the Celaya"], [("A well-boring contractor from Celaya.", 21)])
a.q("Who is the grandmother in Los Mezquites?", "role", ["Doña Guadalupe Rentería Solís"], [("Guadalupe Rentería, aged sixty-four.", 17)])
# paraphrase
a.q("Which day is kept for clinics and classrooms?", "paraphrase", ["Sundays are reserved"], [("Sunday, along with the two markets.", 15)])
a.q("How do families cope when the taps are dry?", "paraphrase", ["I have four grandchildren"], [("They reuse bathwater for washing up.", 18)])
a.q("What name do locals give to stolen connections?", "paraphrase", ["huachicol de agua"], [("Water huachicol: illicit tapping of the network.", 20)])
a.q("When will the first fresh borehole begin working?", "paraphrase", ["on schedule and within budget"], [("In August, the contractor says.", 21)])
a.q("Where can people find out their supply timetable?", "paraphrase", ["printed 50,000 leaflets", "will publish the days"],
    [("On printed flyers from the town hall.", 16), ("Online, or by phoning a helpline open twelve hours daily.", 24)])
# misspelled
a.q("What did Rodrigo Salvaterra Ochoa say?", "misspelled", ["Ing. Rodrigo Salvatierra Ochoa", "We are not rationing", "Every well we drill", "If the rains of June", "Nobody in this building", "Salvatierra said the two new wells"])
a.q("What did María Fernanda Ibarra Cortez say?", "misspelled", ["Lic. María Fernanda Ibarra Cortés", "It is easy to shout"])
a.q("What did Jorge Ibarra Nuñes say?", "misspelled", ["Dip. Jorge Ibarra Núñez", "Ibarra Núñez said he would ask"])
a.q("What did Guadalupe Rentería Solíz say?", "misspelled", ["Doña Guadalupe Rentería Solís", "I have four grandchildren"])
a.q("What did Perforasiones del Bajío say?", "misspelled", ["Perforaciones del Bajío S.A. de C.V., the Celaya"])
# unanswerable
for t in ["How much is Rodrigo Salvatierra Ochoa paid as director general?",
          "How many tanker trucks does SIMAPAS own?",
          "When will the aqueduct from the Solís dam be finished?",
          "What is the name of the tanker truck driver?",
          "How many people live in Apaseo de los Sauces?",
          "How much is Perforaciones del Bajío being paid to drill the wells?",
          "How many illegal taps has SIMAPAS found on the mains?",
          "How much do households pay SIMAPAS for water each month?",
          "How deep was the aquifer ten years ago?"]:
    a.q(t, "unanswerable")
# overview
for t in ["What is this article about?", "tl;dr", "Summarise the story in one sentence."]:
    a.q(t, "overview", [1, 3], facts=["41 of the city’s 63 colonias", "three days a week"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(R, ["Ing.", "Ingeniero", "director general", "director general of SIMAPAS", "hydraulic engineer"], True,
         ["Ing. Rodrigo Salvatierra Ochoa", "Ing. Salvatierra", "Ingeniero Rodrigo Salvatierra Ochoa", "Salvatierra", "Salvatierra Ochoa", "Rodrigo Salvatierra", "Rodrigo", "Ochoa", "the director general", "the hydraulic engineer", "the head of SIMAPAS", "Rodrigo Salvaterra Ochoa", "Rodrigo Salvatiera"])
a.person(M, ["Lic.", "presidenta municipal", "mayor"], True,
         ["Lic. María Fernanda Ibarra Cortés", "Lic. Ibarra Cortés", "Mayor María Fernanda Ibarra Cortés", "Ibarra Cortés", "María Fernanda Ibarra", "María Fernanda", "Maria Fernanda Ibarra Cortes", "Cortés", "the mayor", "the presidenta municipal", "the municipal president", "María Fernanda Ibarra Cortez", "Maria Fernanda Ibara Cortes"])
a.person(J, ["Dip.", "diputado", "state deputy", "opposition deputy"], True,
         ["Dip. Jorge Ibarra Núñez", "Dip. Ibarra Núñez", "Diputado Jorge Ibarra Núñez", "Ibarra Núñez", "Jorge Ibarra", "Jorge", "Jorge Ibarra Nunez", "Núñez", "the deputy", "the diputado", "the state deputy", "the opposition deputy", "Jorge Ibarra Nuñes", "Jorje Ibarra Núñez"])
a.person(B, ["C.P.", "contador público", "municipal treasurer", "treasurer"], False,
         ["C.P. Arturo Benítez Lara", "C.P. Benítez", "Contador Arturo Benítez Lara", "Benítez Lara", "Arturo Benítez", "Arturo", "Arturo Benitez Lara", "the treasurer", "the municipal treasurer", "Arturo Benites Lara"])
a.person(G, ["Doña", "resident of Los Mezquites", "grandmother"], True,
         ["Doña Guadalupe Rentería Solís", "Doña Guadalupe", "Rentería Solís", "Rentería", "Guadalupe Rentería", "Guadalupe", "Guadalupe Renteria Solis", "the grandmother", "the Los Mezquites resident", "Guadalupe Rentería Solíz", "Guadalupe Renteria"])
a.person(P, ["drilling contractor", "Celaya firm"], True,
         ["Perforaciones del Bajío", "Perforaciones del Bajio", "the drilling contractor", "the Celaya firm", "the contractor", "Perforasiones del Bajío", "Perforaciones del Bahío"])
a.person("SIMAPAS", ["municipal water utility"], False, ["the water utility", "the municipal water utility", "the utility", "SIMAPAZ"])
a.person("a driver for one of the private pipas", ["tanker truck driver", "unnamed source"], False, ["the driver", "the tanker driver", "the pipa driver"])
a.person("Daniela Pérez Zamudio", ["reporter", "Guanajuato correspondent"], False, ["Pérez Zamudio", "Daniela Perez Zamudio", "the correspondent", "the reporter"])
# claims
a.claim("Rationing will cover 48 of the city's 63 colonias.", 3)
a.claim("About 83,000 households will have running water on only three days a week.", 3)
a.claim("Nine of the utility's 23 wells have stopped pumping.", 4)
a.claim("The remaining wells produce 590 litres per second.", 4)
a.claim("The aquifer is 40 metres lower than a decade ago.", 6)
a.claim("Rodrigo Salvatierra Ochoa ran the utility in Querétaro before coming to Apaseo.", 5)
a.claim("Jorge Ibarra Núñez is the mayor's cousin.", 12)
a.claim("The city set aside 69 million pesos for the aqueduct in 2021.", 13)
a.claim("The treasurer said all of the aqueduct money had been spent.", 14)
a.claim("Colonias north of the railway will have water on Tuesdays, Thursdays and Saturdays.", 15)
a.claim("Illegal taps take about 19 per cent of the utility's water.", 20)
a.claim("The price of a tanker load has fallen since Easter.", 19)
a.claim("The new wells in El Carmen are behind schedule.", 21)
a.claim("The state water commission has agreed to lend the city six tanker trucks.", 23)
a.claim("“The aqueduct will be finished before the end of my term,” Ibarra Cortés said.", 11, M)
a.claim("“We have found every peso of the aqueduct money,” said C.P. Arturo Benítez Lara.", 14, B)
a.claim("“I will not ask the state auditor for anything,” Dip. Jorge Ibarra Núñez said.", 13, J)
a.claim("“Two days a week is already decided,” Ing. Rodrigo Salvatierra Ochoa said.", 8, R)
a.write()
