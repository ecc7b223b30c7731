from lib import Article
a = Article("uhcw-1187-st-brendans-contract")
R, D, M, S, N, F = "Rosa Delgado", "Desmond Akintola-Reyes", "Martin Delgado", "St. Brendan's Medical Center", "a charge nurse on 4 West", "Ana-Lucía Ferreira-Bright"
# quotations
a.quote(R, "Eleven months ago they told us ratios were off the table. They said it in writing, they said it to the newspapers, and they said it to your faces in the cafeteria.")
a.quote(R, "Tonight ratios are on the table, in ink, with a signature under them. Nobody gave us that. We took it, one unit at a time.")
a.quote(R, "So go home, sleep, and tomorrow go to work knowing that the number on the whiteboard is finally the number in the contract.")
a.quote(D, "could not find the supply rooms, let alone the patients.")
a.quote(D, "I have sat across that table for three contracts")
a.quote(D, "This is the first time I watched them do the math out loud and realize a nurse is cheaper than a lawsuit.")
a.quote(M, "reflects our shared commitment to safe, sustainable staffing")
a.quote(S, "Our doors stayed open throughout bargaining and they will stay open under this agreement.")
a.quote(N, "Four patients is four patients until somebody calls out sick, and then it's six again")
a.quote(F, "Read Article 12 before you celebrate. 'Up to four hours' is going to mean every night in the ER.")
a.quote(R, "the first night that four hours becomes five")
# facts
P = "Registered nurses and technicians"
B = "nicknamed"
a.q("What was the vote on the contract?", "fact", [P], [("Thirteen hundred and twelve in favour against a hundred and twenty-four.", P)])
a.q("How much do wages rise under the contract?", "fact", [B], [("Fourteen and a half per cent across the life of the deal.", B)])
a.q("What is the night differential?", "fact", [B], [("Three dollars fifty extra for each overnight hour worked.", B)])
a.q("When does the agreement take effect?", "fact", [B], [("On the first day of 2027.", B)])
a.q("How long has Rosa Delgado worked at St. Brendan's?", "fact", ["cardiac nurse"], [("Twenty-two years, as a heart specialist RN.", "cardiac nurse")])
a.q("How much did the hospital spend on travel nurses during the strike?", "fact", ["travel nurses"], [("Roughly two point one million dollars for sixty-one temporary staff.", "travel nurses")])
a.q("How many additional nurses will the hospital hire?", "fact", ["85 additional"], [("Eighty-five more before July.", "85 additional")])
a.q("What does the flex ratio allow in the emergency department?", "fact", ["flex ratio"], [("One carer to five, for a limited spell when demand spikes.", "flex ratio")])
a.q("How big is the tuition reimbursement fund?", "fact", ["$250,000"], [("A quarter of a million dollars for course fees.", "$250,000")])
a.q("When is the general membership meeting?", "fact", ["general membership meeting"], [("On the tenth of December, a Thursday evening at seven.", "general membership meeting")])
# paraphrase
a.q("How long did the talks drag on before the deal?", "paraphrase", [P], [("Nearly a year, with a walkout in the summer.", P)])
a.q("What's the limit on assignments for the sickest patients?", "paraphrase", [B], [("Two people per nurse in the ICU.", B)])
a.q("Where was the result revealed?", "paraphrase", ["Carpenters Hall"], [("At a carpenters' venue on a numbered highway, from the platform.", "Carpenters Hall")])
a.q("Which staff rejected the deal in the largest numbers?", "paraphrase", ["124 no votes"], [("Those working in the ER, where a looser limit applies.", "124 no votes")])
a.q("What happens to forced extra shifts?", "paraphrase", ["mandatory overtime"], [("Compulsory extra hours end, apart from declared crises.", "mandatory overtime")])
# who
a.q("What did Rosa Delgado say?", "who", ["Carpenters Hall", "Eleven months ago", "Tonight ratios", "So go home", "Sister Delgado said"], [
    ("She said management had earlier insisted staffing limits could not be negotiated.", "Eleven months ago"),
    ("She said the limits are now signed and were won by members, not handed over.", "Tonight ratios"),
    ("She said a complaint will be lodged as soon as a shift runs past the limit, and that the ER should be covered from 2030.", "Sister Delgado said")])
a.q("What did Desmond Akintola-Reyes say?", "who", ["Chief Steward", "math out loud"], [
    ("He said bosses yielded only after the walkout, when expensive temporary staff were lost in the building.", "Chief Steward"),
    ("He said that in three rounds of talks he had never seen managers calculate aloud that staff cost less than litigation.", "math out loud")])
a.q("What did Martin Delgado say?", "who", ["Martin Delgado"], [("He said the agreement shows a joint aim of secure, lasting staff levels, and promised eighty-five more hires before July.", "Martin Delgado")])
a.q("What did St. Brendan's Medical Center say?", "who", ["separate notice"], [("It said it never closed during the dispute and won't under the deal.", "separate notice")])
a.q("What did Ana-Lucía Ferreira-Bright say?", "who", ["Ferreira-Bright"], [("She warned colleagues to study the section on surges before cheering, saying the exception will be used nightly.", "Ferreira-Bright")])
a.q("What did Marisol Ventura-Hughes do?", "who", ["Ventura-Hughes"], [("She joined the summer strikers and plans to bring back statewide staffing legislation.", "Ventura-Hughes")])
# role
a.q("Who is the president of Local 1187?", "role", ["Carpenters Hall"], [("Rosa, an RN, leads the union.", "Carpenters Hall")])
a.q("Who chaired the bargaining team?", "role", ["Chief Steward"], [("Akintola-Reyes led the union's negotiators.", "Chief Steward")])
a.q("Who is the hospital's vice president for labor relations?", "role", ["Martin Delgado"], [("Martin, who shares a surname with the union leader but no family tie.", "Martin Delgado")])
a.q("Who is the recording secretary?", "role", ["Recording Secretary"], [("Osei, who can supply paper copies.", "Recording Secretary")])
a.q("Who is the state senator?", "role", ["Ventura-Hughes"], [("Ventura-Hughes, a legislator.", "Ventura-Hughes")])
a.q("Who is the emergency nurse who voted no?", "role", ["Ferreira-Bright"], [("Ferreira-Bright, in the unit for urgent cases.", "Ferreira-Bright")])
# misspelled
a.q("What did Rosa Delgato say?", "misspelled", ["Carpenters Hall", "Eleven months ago", "Tonight ratios", "So go home", "Sister Delgado said"])
a.q("What did Martin Delgaddo say?", "misspelled", ["Martin Delgado"])
a.q("What did Desmond Akintola-Reyez say?", "misspelled", ["Chief Steward", "math out loud"])
a.q("What did Ana-Lucia Ferreira-Brigt say?", "misspelled", ["Ferreira-Bright"])
a.q("What did St. Brendan's Medical Centre say?", "misspelled", ["separate notice"])
# unanswerable
for q in ["What is Rosa Delgado's salary as local president?",
          "How much will the contract cost St. Brendan's over four years?",
          "How many members does Local 1187 have?",
          "What is the name of the charge nurse on 4 West?",
          "What was the hospital's last wage offer before the strike?",
          "How many nurses walked the picket line during the August strike?",
          "When will the state Senate vote on the Safe Patient Limits Act?",
          "What is the hourly base pay for a newly graduated nurse at St. Brendan's?",
          "Which agency supplied the travel nurses during the strike?"]:
    a.q(q, "unanswerable")
a.q("What is this article about?", "overview", [1, P], facts=["ratify", "four-year contract"])
a.q("tl;dr", "overview", [1, P, B], facts=["1,312 to 124", "14.5 percent"])
a.q("Give me the key facts", "overview", [P, B, "Carpenters Hall"], facts=["Nov. 20", "one nurse to four patients", "Jan. 1, 2027"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(R, ["Local President", "president of United Health Care Workers Local 1187", "cardiac nurse", "RN"], True,
    ["Sister Rosa Delgado", "Sister Delgado", "Local President Rosa Delgado", "Rosa Delgado, RN", "Rosa", "President Delgado",
     "the local president", "the union president", "the president of the local", "the cardiac nurse", "Rosa Delgato", "Roza Delgado"])
a.person(D, ["Chief Steward", "chaired the bargaining team"], True,
    ["Brother Desmond Akintola-Reyes", "Chief Steward Desmond Akintola-Reyes", "Brother Akintola-Reyes", "Akintola-Reyes", "Desmond",
     "Desmond Akintola Reyes", "Akintola", "the chief steward", "the bargaining team chair", "Desmond Akintola-Reyez", "Desmon Akintola-Reyes"])
a.person(M, ["vice president for labor relations", "St. Brendan's Medical Center"], True,
    ["Vice President Martin Delgado", "Martin", "Martín Delgado", "the vice president for labor relations", "the hospital's vice president",
     "Martin Delgaddo", "Marten Delgado"])
a.person(S, ["hospital", "owned by Keystone Valley Health"], True,
    ["St. Brendan's", "St. Brendan's Medical Centre", "St. Brendon's Medical Center", "the hospital", "St. Brendan's hospital", "St. Brenden's Medical Center"])
a.person(N, ["charge nurse", "anonymous"], True, ["the charge nurse", "the anonymous charge nurse", "the charge nurse on 4 West"])
a.person(F, ["emergency nurse", "RN", "voted no"], True,
    ["Ana-Lucia Ferreira-Bright", "Ferreira-Bright", "Ana-Lucía", "Ana Lucía Ferreira Bright", "Ferreira Bright",
     "Emergency nurse Ana-Lucía Ferreira-Bright", "the emergency nurse", "the ER nurse", "Ana-Lucia Ferreira-Brigt", "Anna-Lucía Ferreira-Bright"])
a.person("Marisol Ventura-Hughes", ["state senator"], False,
    ["State Sen. Marisol Ventura-Hughes", "Sen. Ventura-Hughes", "Senator Marisol Ventura-Hughes", "Ventura-Hughes", "Marisol",
     "Marisol Ventura Hughes", "the state senator", "Marisol Ventura-Huges", "Marisol Bentura-Hughes"])
a.person("Lionel Osei", ["Recording Secretary"], False,
    ["Brother Lionel Osei", "Recording Secretary Lionel Osei", "Osei", "Lionel", "the recording secretary", "Lionel Osie", "Lionell Osei"])
a.person("Kevin Marchetti", ["Communications Director", "author"], False,
    ["Marchetti", "Kevin", "the communications director", "Kevin Marcheti"])
a.person("Keystone Valley Health", ["health system that owns St. Brendan's"], False,
    ["Keystone Valley", "the Keystone Valley Health system", "Keystone Valey Health"])
a.person("United Health Care Workers Local 1187", ["union"], False,
    ["Local 1187", "United Health Care Workers", "the union", "the local", "United Heath Care Workers Local 1187"])
# claims
for t, n in [("Members voted 1,212 to 124 to ratify the contract.", P),
             ("The new contract runs for three years.", P),
             ("The August strike lasted three days.", P),
             ("Wages rise 15.4 percent over the life of the contract.", B),
             ("The agreement takes effect Jan. 1, 2026.", B),
             ("Intensive care is capped at one nurse to three patients.", B),
             ("Rosa Delgado has worked at St. Brendan's for 12 years.", "cardiac nurse"),
             ("The hospital spent $1.2 million on 61 travel nurses.", "travel nurses"),
             ("Martin Delgado is the brother of the local's president.", "Martin Delgado"),
             ("The hospital will hire 58 additional nurses by the end of June.", "Martin Delgado"),
             ("Most of the no votes came from intensive care nurses.", "124 no votes"),
             ("The contract keeps mandatory overtime in place.", "mandatory overtime"),
             ("The Safe Patient Limits Act passed the state Senate last session.", "Ventura-Hughes"),
             ("The general membership meeting is on Thursday, Dec. 17.", "general membership meeting")]:
    a.claim(t, n)
a.claim("State Sen. Marisol Ventura-Hughes said: \"Every hospital in this state will have ratios by 2028.\"", "Ventura-Hughes", "Marisol Ventura-Hughes")
a.claim("\"We printed 1,500 copies of the contract,\" Brother Lionel Osei said.", "Recording Secretary", "Lionel Osei")
a.claim("\"The ratios will cost us beds,\" Martin Delgado said.", "Martin Delgado", M)
a.claim("\"We gave up the pension to win ratios,\" Akintola-Reyes said.", "math out loud", D)
a.write()
