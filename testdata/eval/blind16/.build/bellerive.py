from lib import Article
a = Article("bellerive-renoviction-ruling")
J, T, L, G, O, I, N, C = ("Hélène Beaudry-Lacasse", "Thérèse Gagnon", "Luc Gagnon", "Geneviève Trudel", "François-Xavier Ouellet",
                          "Immeubles Bellerive", "a tenant on the third floor", "Comité logement de l’Estrie")
a.quote(J, "The evidence shows that the landlord had decided to replace its tenants before it had decided what work, if any, it would carry out. A permit application filed eleven days after the notices cannot justify them.")
a.quote(J, "The law does not forbid a landlord to improve its building. It forbids using the improvement as a door through which the tenants are shown out.")
a.quote(T, "Je vais mourir chez nous, comme je l’avais promis à mon mari")
a.quote(L, "every tenant was told, in writing, that the door was open to come back.")
a.quote(G, "This is not a ruling about one building")
a.quote(G, "It is a ruling about a business model.")
a.quote(O, "studying the decision carefully")
a.quote(I, "has always respected its obligations")
a.quote(I, "safer and more accessible for everyone.")
a.quote(N, "on the same day as the snow-removal bill.")
a.quote(C, "une victoire pour tous les locataires du Québec")
L3, L4, L5 = "A Superior Court judge", "31-page judgment", "moral damages"
a.q("How many units does the building have?", "fact", [L3], [("Two dozen apartments.", L3)])
a.q("How many tenants can move back?", "fact", [L3], [("Eighteen households, paying what they paid before.", L3)])
a.q("How much were the renovated units advertised for?", "fact", [L4], [("Almost nineteen hundred dollars monthly.", L4)])
a.q("When were the eviction notices served?", "fact", [L4], [("In the third month of 2025.", L4)])
a.q("How much in moral damages must the company pay each household?", "fact", [L5], [("Two and a half thousand dollars per home.", L5)])
a.q("By when must the units be offered back?", "fact", [L5], [("The first of February 2027.", L5)])
a.q("How long has Thérèse Gagnon lived in the building?", "fact", ["since 1979"], [("Since the late 1970s, in apartment twelve.", "since 1979")])
a.q("How long does Bellerive have to seek leave to appeal?", "fact", ["leave to appeal"], [("A month, roughly.", "leave to appeal")])
a.q("How much did the renovations cost?", "fact", ["$1.3 million"], [("One point three million dollars.", "$1.3 million")])
a.q("How many evictions for major work has the Comité counted?", "fact", ["212 evictions"], [("Two hundred and twelve locally since 2022.", "212 evictions")])
a.q("What did the court find about the landlord's motives?", "paraphrase", [L4], [("That the owner was dishonest in pushing people out.", L4)])
a.q("Which law flipped who has to prove a renovation is real?", "paraphrase", ["Bill 58"], [("A 2024 Quebec statute that puts the onus on owners.", "Bill 58")])
a.q("How did the elderly tenant react to the news?", "paraphrase", ["since 1979"], [("She cried on hearing it by phone.", "since 1979")])
a.q("Where are the evicted residents staying now?", "paraphrase", ["Fleurimont"], [("With family, or in a retirement home in Fleurimont.", "Fleurimont")])
a.q("Who pays for the move out and back?", "paraphrase", ["$640"], [("The owner, about six hundred and forty dollars per family each way.", "$640")])
JG = [L4, L5, "The judge wrote:", "The evidence shows", "The law does not forbid", "Justice Beaudry-Lacasse also"]
a.q("What did Hélène Beaudry-Lacasse say?", "who", JG, [
    ("She held the owner wanted new occupants before it had any building plan, and paperwork filed later can't excuse what it did.", "The evidence shows"),
    ("She wrote that owners may upgrade property but not as a way of pushing occupants out.", "The law does not forbid"),
    ("She also made the owner cover relocation expenses both ways.", "Justice Beaudry-Lacasse also")])
a.q("What did Thérèse Gagnon say?", "who", ["Je vais mourir"], [("She said she will end her days in her own home, as she vowed to her late spouse.", "Je vais mourir")])
a.q("What did Luc Gagnon say?", "who", ["property manager"], [("He testified that residents were informed on paper they could return.", "property manager")])
a.q("What did Geneviève Trudel say?", "who", ["Me Geneviève Trudel", "business model"], [
    ("She said property owners everywhere in Quebec ought to study the decision.", "Me Geneviève Trudel"),
    ("She said the case is about a way of making money, not a single property.", "business model")])
a.q("What did Immeubles Bellerive say?", "who", ["In a statement, Immeubles"], [("It said it has met its duties and that the upgrade made the property more secure and easier to get around.", "In a statement, Immeubles")])
a.q("What did Évelyne Roy-Kingsley do?", "who", ["Roy-Kingsley"], [("She wants Sherbrooke to withhold approvals for renovating lived-in properties until residents have had a say.", "Roy-Kingsley")])
a.q("Who wrote the judgment?", "role", [L4], [("Hélène, of the Superior Court.", L4)])
a.q("Who is the building's property manager?", "role", ["property manager"], [("Luc, no relative of the elderly tenant.", "property manager")])
a.q("Who represented the tenants?", "role", ["Me Geneviève Trudel"], [("Geneviève Trudel, a lawyer for a housing group.", "Me Geneviève Trudel")])
a.q("Who is the company's lawyer?", "role", ["leave to appeal"], [("Ouellet, counsel for the owner.", "leave to appeal")])
a.q("Which city councillor represents Rue King Ouest?", "role", ["Roy-Kingsley"], [("Roy-Kingsley, an elected municipal official.", "Roy-Kingsley")])
a.q("Who is the tenant who has lived in unit 12 since 1979?", "role", ["since 1979"], [("Thérèse, aged eighty-one.", "since 1979")])
a.q("What did Hélène Beaudry-Lacase say?", "misspelled", JG)
a.q("What did Therese Gagnom say?", "misspelled", ["Je vais mourir"])
a.q("What did Luc Gagnonn say?", "misspelled", ["property manager"])
a.q("What did Genevieve Trudell say?", "misspelled", ["Me Geneviève Trudel", "business model"])
a.q("What did Immeubles Belerive say?", "misspelled", ["In a statement, Immeubles"])
for q in ["How much does the landlord charge for parking at the building?",
          "What is Thérèse Gagnon's monthly rent?",
          "When will Immeubles Bellerive decide whether to appeal?",
          "How many of the 18 tenants will return to the building?",
          "Who owns Immeubles Bellerive inc.?",
          "What is the name of the tenant on the third floor?",
          "How many eviction cases has Me Geneviève Trudel won?",
          "When did the renovation work at the building finish?",
          "Will the city of Sherbrooke refuse permits for work on occupied buildings?"]:
    a.q(q, "unanswerable")
a.q("What is this article about?", "overview", [1, L3], facts=["18 tenants", "Rue King Ouest"])
a.q("tl;dr", "overview", [1, L3, L4], facts=["bad faith", "$1,895"])
a.q("Give me the key facts", "overview", [L3, L4, L5], facts=["Nov. 27", "24-unit", "$2,500"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person(J, ["Justice", "Superior Court judge"], True,
    ["Justice Hélène Beaudry-Lacasse", "Justice Beaudry-Lacasse", "Beaudry-Lacasse", "Hélène", "Helene Beaudry-Lacasse",
     "Hélène Beaudry Lacasse", "Judge Beaudry-Lacasse", "the judge", "the Superior Court judge", "Helene Beaudry-Lacase", "Hélène Beaudri-Lacasse"])
a.person(T, ["tenant", "81", "has lived in unit 12 since 1979"], True,
    ["Therese Gagnon", "Mrs. Gagnon", "Thérèse", "the tenant in unit 12", "the 81-year-old tenant", "Therese Gagnom", "Térèse Gagnon"])
a.person(L, ["property manager", "the building's property manager"], True,
    ["Mr. Gagnon", "Luc", "the property manager", "Luc Gagnonn", "Luk Gagnon"])
a.person(G, ["lawyer for the tenants", "Comité logement de l’Estrie"], True,
    ["Me Geneviève Trudel", "Me Trudel", "Trudel", "Geneviève", "Genevieve Trudel", "the tenants' lawyer", "the lawyer for the tenants",
     "Genevieve Trudell", "Geneviève Trudeau"])
a.person(O, ["company's lawyer", "lawyer for Immeubles Bellerive"], True,
    ["Me François-Xavier Ouellet", "Me Ouellet", "Ouellet", "François-Xavier", "Francois-Xavier Ouellet", "the company's lawyer",
     "Bellerive's lawyer", "François-Xavier Ouelet", "Francois Xavier Ouellette"])
a.person(I, ["landlord", "owner of the building"], True,
    ["Immeubles Bellerive inc.", "Bellerive", "the landlord", "the company", "Immeubles Belerive", "Immeuble Bellerive"])
a.person(N, ["tenant", "anonymous"], True, ["the third-floor tenant", "the tenant on the third floor", "the anonymous tenant"])
a.person(C, ["tenants' group", "housing committee"], True,
    ["Comite logement de l’Estrie", "Comité logement", "the Comité logement", "Comité de logement de l’Estrie", "the housing committee", "Comité logement de l’Estri"])
a.person("Évelyne Roy-Kingsley", ["Sherbrooke city councillor"], False,
    ["Councillor Évelyne Roy-Kingsley", "Councillor Roy-Kingsley", "Evelyne Roy-Kingsley", "Roy-Kingsley", "Évelyne", "the city councillor",
     "Evelyn Roy-Kingsley", "Évelyne Roy-Kinsley"])
a.person("Catherine Lévesque-Ward", ["Record staff", "reporter"], False,
    ["Catherine Levesque-Ward", "Lévesque-Ward", "Catherine", "the reporter", "Catherine Lévesque-Word"])
for t, n in [("The building on Rue King Ouest has 42 units.", L3),
             ("The judge ordered 28 tenants to be let back in.", L3),
             ("The judgment runs to 13 pages.", L4),
             ("The eviction notices were served in March 2024.", L4),
             ("The renovated units were advertised at $1,589 a month.", L4),
             ("The judge found that the landlord had acted in good faith.", L4),
             ("Each household will receive $5,200 in moral damages.", L5),
             ("Thérèse Gagnon has lived in unit 12 since 1997.", "since 1979"),
             ("Luc Gagnon is Thérèse Gagnon's son.", "property manager"),
             ("Immeubles Bellerive has already filed an appeal.", "leave to appeal"),
             ("The renovations cost $3.1 million.", "$1.3 million"),
             ("The Comité logement has counted 122 evictions since 2020.", "212 evictions"),
             ("The tenants have until July 31 to say whether they will return.", "Fleurimont"),
             ("The moving costs are estimated at $460 per household.", "$640")]:
    a.claim(t, n)
a.claim("“The city will not issue another permit until tenants are heard,” councillor Évelyne Roy-Kingsley said.", "Roy-Kingsley", "Évelyne Roy-Kingsley")
a.claim("“We never wanted anyone to leave,” Mr. Gagnon said on Friday.", "property manager", L)
a.claim("“My client will appeal this decision,” Me Ouellet said.", "leave to appeal", O)
a.claim("« Je ne retournerai jamais dans cet immeuble », Mrs. Gagnon said.", "Je vais mourir", T)
a.write()
