from lib import Article
a = Article("haberle-praezision-insolvency")
MH, GH, K, J, S = "Matthias Häberle", "Gottlieb Häberle", "Ulrich Kröger", "Jürgen Stöckle", "Sabine Weißgerber"
U, MA, V, CO = "IG Werkmetall", "a machinist with 27 years at the firm", "Renate Vöhringer-Haas", "Häberle Präzisionsmaschinen GmbH"
a.quote(MH, "I did not inherit this company to bury it. We are filing now, while we still have cash and customers, so that we can choose what survives.")
a.quote(K, "a better starting point than most companies I see at this stage")
a.quote(J, "At the meeting I asked him, “Herr Häberle, who is going to tell the apprentices?” and there was no answer")
a.quote(S, "Nobody at Häberle wants to cut jobs, but the foundry has lost money in every year since 2019")
a.quote(S, "If we keep everything, we keep nothing. The grinding line is where the next 20 years of this company are.")
a.quote(U, "salami tactics dressed up as strategy")
a.quote(MA, "Our supervisor told us, “Frau Weißgerber already has a list,” and nobody has seen it. We are supposed to keep working as if nothing is happening.")
# fact
a.q("How many people does Häberle Präzision employ?", "fact", ["The 92-year-old Mittelstand firm"], [("Six hundred and forty.", "The 92-year-old Mittelstand firm")])
a.q("What were the company's sales in 2024?", "fact", ["The 92-year-old Mittelstand firm"], [("A hundred and forty-eight million euros.", "The 92-year-old Mittelstand firm")])
a.q("How old is the company?", "fact", ["The 92-year-old Mittelstand firm", "Founded in 1933"], [("Ninety-two years.", "The 92-year-old Mittelstand firm"), ("It dates from the early 1930s.", "Founded in 1933")])
a.q("How many jobs would the restructuring plan cut?", "fact", ["The restructuring plan, called"], [("A hundred and eighty positions.", "The restructuring plan, called")])
a.q("Where is the foundry that would close?", "fact", ["The restructuring plan, called", "Sorgenkind"], [("In Metzingen.", "The restructuring plan, called")])
a.q("How big is the order book?", "fact", ["Prof. Dr. Kröger said"], [("Sixty-one million euros.", "Prof. Dr. Kröger said")])
a.q("When did Jürgen Stöckle join the company?", "fact", ["The works council rejected"], [("In the late 1980s, as a trainee.", "The works council rejected")])
a.q("When is the union's rally?", "fact", ["IG Werkmetall"], [("On Friday the eleventh of December.", "IG Werkmetall")])
a.q("When will creditors meet?", "fact", ["Creditors will meet"], [("Early February.", "Creditors will meet")])
a.q("How much will the family put into the restructuring?", "fact", ["Creditors will meet"], [("Eight million euros of its own.", "Creditors will meet")])
# paraphrase
a.q("Which court did the company go to?", "paraphrase", ["filed for insolvency in self-administration"], [("A district tribunal in Tübingen.", "filed for insolvency in self-administration")])
a.q("Who will cover staff pay over the winter months?", "paraphrase", ["The court appointed"], [("A federal labour office.", "The court appointed")])
a.q("What share of employees belong to the union?", "paraphrase", ["IG Werkmetall"], [("Roughly seven in ten.", "IG Werkmetall")])
a.q("When did the casting plant open?", "paraphrase", ["Sorgenkind"], [("In the early 1960s.", "Sorgenkind")])
a.q("Will buyers still receive their machines?", "paraphrase", ["HX-5"], [("Yes, supplies of the flagship model go on uninterrupted.", "HX-5")])
# who
a.q("What did Matthias Häberle say?", "who", ["Managing Director Dipl.-Kfm.", "Creditors will meet"], [
    ("He told employees he had not taken over the business to close it, and that acting early lets management decide which parts continue.", "Managing Director Dipl.-Kfm."),
    ("He said his relatives would inject eight million euros.", "Creditors will meet")])
a.q("What did Ulrich Kröger say?", "who", ["Prof. Dr. Kröger said"], [("He said the backlog of orders puts the firm in a stronger position than most he deals with.", "Prof. Dr. Kröger said")])
a.q("What did Jürgen Stöckle say?", "who", ["The works council rejected", "At the meeting I asked him", "four-day week"], [
    ("He said the reductions would hit young employees hardest.", "The works council rejected"),
    ("He said he had asked the boss who would break the news to trainees, and got no reply.", "At the meeting I asked him"),
    ("He said staff will suggest trimmed rosters for eighteen months as a cheaper alternative that protects every trainee.", "four-day week")])
a.q("What did Sabine Weißgerber say?", "who", ["Technical Director Dr.-Ing.", "She added,", "no list of names existed"], [
    ("She backed the cuts, noting the casting plant has made a loss annually for years.", "Technical Director Dr.-Ing."),
    ("She said keeping all of it would mean losing all of it, and the future lies in grinding.", "She added,"),
    ("She denied that anyone had been named for dismissal, saying agreed fairness rules would apply.", "no list of names existed")])
a.q("What did IG Werkmetall say?", "who", ["IG Werkmetall"], [("It dismissed the proposal as piecemeal cutting disguised as a plan, and summoned members to protest outside the factory.", "IG Werkmetall")])
a.q("What did Renate Vöhringer-Haas do?", "who", ["Vöhringer-Haas"], [("She toured the site and asked the regional lender to look at backing a loan, without commenting publicly.", "Vöhringer-Haas")])
# role
a.q("Who is the managing director of Häberle Präzision?", "role", ["Managing Director Dipl.-Kfm."], [("Matthias, grandson of the man who started it.", "Managing Director Dipl.-Kfm.")])
a.q("Who is the custodian?", "role", ["The court appointed"], [("Ulrich, a professor.", "The court appointed")])
a.q("Who chairs the works council?", "role", ["The works council rejected"], [("Stöckle, once a trainee toolmaker himself.", "The works council rejected")])
a.q("Who is the technical director?", "role", ["Technical Director Dr.-Ing."], [("Sabine, an engineer with a doctorate.", "Technical Director Dr.-Ing.")])
a.q("Who is Baden-Württemberg's economics minister?", "role", ["Vöhringer-Haas"], [("Renate, a politician with a doctorate.", "Vöhringer-Haas")])
a.q("Who founded the company?", "role", ["Founded in 1933"], [("Gottlieb, the current boss's grandfather.", "Founded in 1933")])
# misspelled
a.q("What did Matthias Häberlle say?", "misspelled", ["Managing Director Dipl.-Kfm.", "Creditors will meet"])
a.q("What did Ulrich Kröher say?", "misspelled", ["Prof. Dr. Kröger said"])
a.q("What did Jürgen Stöckel say?", "misspelled", ["The works council rejected", "At the meeting I asked him", "four-day week"])
a.q("What did Sabine Weißgerbr say?", "misspelled", ["Technical Director Dr.-Ing.", "She added,", "no list of names existed"])
a.q("What did IG Werckmetall say?", "misspelled", ["IG Werkmetall"])
for t in ["How many apprentices does Häberle Präzision train?",
          "What is Matthias Häberle's salary as managing director?",
          "How many jobs will move to the partner plant in the Czech Republic?",
          "What is the name of the partner plant in the Czech Republic?",
          "What is the price of the HX-5 machining centre?",
          "How much insolvency money will the Federal Employment Agency pay?",
          "How many workers are employed at the Metzingen foundry?",
          "When will the state development bank decide on the guarantee?",
          "How many members does IG Werkmetall have?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "filed for insolvency in self-administration"], facts=["insolvency", "Häberle Präzision"])
a.q("tl;dr", "overview", [1, "filed for insolvency in self-administration", "The 92-year-old Mittelstand firm"], facts=["180 jobs", "Reutlingen"])
a.q("Give me the key facts", "overview", ["filed for insolvency in self-administration", "The 92-year-old Mittelstand firm", "Managing Director Dipl.-Kfm."], facts=["Tübingen", "640 people", "€148 million"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person(MH, ["Managing Director", "Dipl.-Kfm.", "founder's grandson"], True, ["Dipl.-Kfm. Matthias Häberle", "Managing Director Matthias Häberle", "Herr Häberle", "Matthias Haeberle", "Matthias Haberle", "Matthias", "the managing director", "the founder's grandson", "Mathias Häberle", "Matthias Häberl"])
a.person(K, ["custodian", "Prof. Dr.", "Professor", "insolvency lawyer"], True, ["Prof. Dr. Ulrich Kröger", "Prof. Dr. Kröger", "Professor Kröger", "Dr. Kröger", "Kröger", "Kroger", "Ulrich Kroeger", "Ulrich", "the custodian", "the insolvency lawyer", "Ulrick Kröger"])
a.person(J, ["works council chair", "toolmaker"], True, ["Stöckle", "Stockle", "Jürgen", "Jurgen Stockle", "Juergen Stoeckle", "the works council chair", "the chair of the works council", "Jürgen Stökle"])
a.person(S, ["Technical Director", "Dr.-Ing.", "head of development of the grinding line"], True, ["Dr.-Ing. Sabine Weißgerber", "Dr.-Ing. Weißgerber", "Frau Weißgerber", "Technical Director Sabine Weißgerber", "Sabine Weissgerber", "Weißgerber", "Weissgerber", "Sabine", "the technical director", "Sabine Weisgerber", "Sabine Weißgerbar"])
a.person(U, ["union"], True, ["the union", "IG Werkmettal", "Werkmetall"])
a.person(MA, ["machinist", "anonymous"], True, ["the machinist", "the anonymous machinist"])
a.person(V, ["economics minister", "Dr.", "Baden-Württemberg economics minister"], False, ["Dr. Renate Vöhringer-Haas", "Dr. Vöhringer-Haas", "Vöhringer-Haas", "Renate Vohringer-Haas", "Renate", "the economics minister", "the minister", "Renate Vöhringer-Hass"])
a.person(GH, ["founder"], False, ["Gottlieb", "the founder", "Gottlieb Haberle", "Gotlieb Häberle"])
a.person("Jörg Thalheimer", ["reporter", "Dr."], False, ["Dr. Jörg Thalheimer", "Thalheimer", "Jörg"])
a.person(CO, ["company", "machine-tool maker"], False, ["Häberle Präzision", "Häberle Präzisionsmaschinen", "the company", "Haberle Prazisionsmaschinen GmbH"])
for t, n in [("The company filed for insolvency at the Stuttgart local court.", "filed for insolvency in self-administration"),
             ("Häberle Präzision employs 460 people.", "The 92-year-old Mittelstand firm"),
             ("Sales in 2024 were €184 million.", "The 92-year-old Mittelstand firm"),
             ("The firm is 29 years old.", "The 92-year-old Mittelstand firm"),
             ("The plan would cut 80 jobs.", "The restructuring plan, called"),
             ("The plan would close the foundry in Reutlingen.", "The restructuring plan, called"),
             ("The order book is worth €16 million.", "Prof. Dr. Kröger said"),
             ("Jürgen Stöckle joined the company as an apprentice in 1998.", "The works council rejected"),
             ("The works council approved the plan on Wednesday.", "The works council rejected"),
             ("IG Werkmetall represents about 40 per cent of the workforce.", "IG Werkmetall"),
             ("The Metzingen foundry opened in 1916.", "Sorgenkind"),
             ("Deliveries of the HX-5 machining centre have been suspended.", "HX-5"),
             ("Creditors will meet on 3 March.", "Creditors will meet"),
             ("The family will put €18 million into the restructuring.", "Creditors will meet")]:
    a.claim(t, n)
a.claim("‘The state will not let Häberle fail,’ Dr. Renate Vöhringer-Haas said.", "Vöhringer-Haas", V)
a.claim("‘The foundry will close by the end of March,’ Prof. Dr. Ulrich Kröger said.", "Prof. Dr. Kröger said", K)
a.claim("‘My grandfather would have sold the company long ago,’ Matthias Häberle said.", "Founded in 1933", MH)
a.claim("‘The works council will accept the cuts if the apprentices stay,’ Jürgen Stöckle said.", "four-day week", J)
a.write()
