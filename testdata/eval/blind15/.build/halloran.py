"""Gold for halloran-vaituhi-house-posts (blind15)."""
from lib import Article
a = Article("halloran-vaituhi-house-posts")
IR, GR, TK, CF, RO, VCC, ANON, LT = "Imogen Rathbone", "Geoffrey Rathbone", "Tevita Kaleopa", "Callum Ferrier", "Ruth Okonkwo-Hale", "Vaituhi Cultural Centre", "one trustee", "Losaline Taufa-Moana"
a.quote(IR, "We have had these posts for 139 years, and for at least 48 of them we have known that the people they belong to wanted them back")
a.quote(IR, "That is not a record anyone here is proud of.")
a.quote(GR, "The founder's will says the collection is to be kept for the instruction of the people of Dunmere")
a.quote(GR, "I think the people of Dunmere have been instructed.")
a.quote(TK, "These are not carvings of our grandfathers. In our understanding they are our grandfathers, and they have been standing in the cold a long way from home.")
a.quote(TK, "When they come back we will not put them in a glass case. We will put them where they were, at the door of the meeting house at Ahuroa, and let the weather have them.")
a.quote(CF, "We are not trying to keep them")
a.quote(CF, "we are trying to make sure nobody is poisoned by what we did to them.")
a.quote(VCC, "no objection to science")
a.quote(VCC, "belongs to the island and not to a laboratory")
a.quote(RO, "Every museum now says it is listening. The Halloran listened for half a century and then held a vote.")
a.quote(ANON, "a souvenir of our own embarrassment")
a.quote(IR, "in the first half of 2027")
L, P5, ELD, CH, UL, FER, MIN, RUTH, LEAVE, HOLD = "voted unanimously on 26", "2.4 metres", "council of elders in 1978", "The museum's chair", "The posts will be received", "keeper of Oceania, said", "Hon. Losaline", "Professor Emerita", "has not said when", "about 1,100 objects"
# fact
a.q("When did the trustees vote?", "fact", [L], [("On the twenty-sixth day of the eleventh month.", L)])
a.q("How many house posts will be returned?", "fact", [L], [("A set of four.", L)])
a.q("When were the posts shipped to Britain?", "fact", [L], [("Late in the nineteenth century, in 1887.", L)])
a.q("How tall is each post?", "fact", [P5], [("Roughly two and a half metres.", P5)])
a.q("Since when have the posts stood at the gallery entrance?", "fact", [P5], [("Since the early fifties, 1952.", P5)])
a.q("When did the island first claim the posts back?", "fact", [ELD], [("In the late seventies, 1978.", ELD)])
a.q("When did the museum open?", "fact", [CH], [("In 1894, built on a merchant's bequest.", CH)])
a.q("What were the posts treated with in the 1950s?", "fact", [FER], [("Preservatives containing a poisonous element.", FER)])
a.q("How many objects from the Pacific does the museum hold?", "fact", [HOLD], [("Some eleven hundred items.", HOLD)])
a.q("By when will the trustees review the origins of the collection?", "fact", [HOLD], [("Before the close of 2028.", HOLD)])
# paraphrase
a.q("What have visiting pupils long called the carvings?", "paraphrase", [P5], [("A nickname about four guardians.", P5)])
a.q("Who will pay to transport the carvings home?", "paraphrase", [MIN], [("The island state's administration will cover freight costs.", MIN)])
a.q("Why might handlers need protection before touching the wood?", "paraphrase", [FER], [("Toxic chemicals were applied decades ago and must be checked for first.", FER)])
a.q("How long will the gallery shut after the departure?", "paraphrase", [LEAVE], [("Around half a year.", LEAVE)])
a.q("Since when have islanders sought the carvings' return?", "paraphrase", [ELD], [("Since the late seventies, through the community's senior leaders.", ELD)])
# who
a.q("What did Imogen Rathbone say?", "who", [ELD, "We have had these posts", LEAVE], [("She said the decision closes a request the islanders first lodged in the late seventies.", ELD), ("She admitted the museum has known for decades the carvings were wanted home, and that staff take no pride in it.", "We have had these posts"), ("She said they would go during the opening six months of next year.", LEAVE)])
a.q("What did Geoffrey Rathbone say?", "who", [CH, "The founder's will"], [("He said lawyers told the board it may give back items from the original bequest.", CH), ("He said the benefactor's wishes about educating the town's residents have now been met.", "The founder's will")])
a.q("What did Tevita Kaleopa say?", "who", [UL, "These are not carvings", "When they come back"], [("He addressed the meeting remotely via a translator.", UL), ("He said the figures are not images of ancestors but the ancestors themselves, kept far off in a chilly place.", "These are not carvings"), ("He said they will stand again outside the island's assembly building, unprotected from rain and sun.", "When they come back")])
a.q("What did Callum Ferrier say?", "who", [FER, "We are not trying"], [("He warned the timber was dosed with toxic chemicals decades ago and must be checked first.", FER), ("He said the museum is not holding on to them, only trying to stop anyone being harmed by its past treatment.", "We are not trying")])
a.q("What did Ruth Okonkwo-Hale say?", "who", [RUTH], [("She said the institution took fifty years to act and only then voted.", RUTH)])
a.q("What did Losaline Taufa-Moana do?", "who", [MIN], [("She announced her administration would fund the freight and the island's centre would supervise the checks.", MIN)])
# role
a.q("Who is the museum's director?", "role", [ELD], [("Imogen, a doctor.", ELD)])
a.q("Who chairs the museum's board?", "role", [CH], [("Geoffrey, a peer.", CH)])
a.q("Who is Vaituhi's paramount chief?", "role", [UL], [("Kaleopa, the Ulumatua.", UL)])
a.q("Who is the Halloran's keeper of Oceania?", "role", [FER], [("Ferrier, a curator.", FER)])
a.q("Who is the island's minister for culture?", "role", [MIN], [("Losaline holds that portfolio.", MIN)])
a.q("Who founded the Halloran's collection?", "role", [CH], [("Sir Walter, a nineteenth-century ship magnate.", CH)])
# misspelled
a.q("What did Imogen Rathborne say?", "misspelled", [ELD, "We have had these posts", LEAVE])
a.q("What did Jeoffrey Rathbone say?", "misspelled", [CH, "The founder's will"])
a.q("What did Tevita Kaliopa say?", "misspelled", [UL, "These are not carvings", "When they come back"])
a.q("What did Calum Ferrier say?", "misspelled", [FER, "We are not trying"])
a.q("What did Ruth Okonkow-Hale say?", "misspelled", [RUTH])
for t in ["How much will it cost to ship the four posts to Vaituhi?",
          "What is the insurance value of the Four Watchers?",
          "How many objects in the Halloran's Pacific collection were taken without consent?",
          "When will the arsenic testing of the posts be finished?",
          "Why did the museum withdraw the phrase from the 2019 catalogue?",
          "How many trustees does the Halloran Museum have?",
          "Who was the captain of the schooner Marguerite?",
          "How many visitors saw the 2019 exhibition?",
          "How much did Sir Walter Halloran pay for the posts?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, L], facts=["four carved house posts", "139 years"])
a.q("tl;dr", "overview", [1, L, P5], facts=["voted unanimously", "Vaituhi"])
a.q("Give me the key facts", "overview", [L, P5, "2019 exhibition"], facts=["26 November", "2.4 metres", "1952"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(IR, ["Dr", "the museum's director"], True, ["Dr Imogen Rathbone", "Dr Rathbone", "Imogen", "the director", "the museum's director", "Imogen Rathbon", "Imogen Rathborne"])
a.person(GR, ["the museum's chair", "Lord Rathbone of Kellow"], True, ["Lord Rathbone", "Lord Rathbone of Kellow", "Geoffrey", "the chair", "the museum's chair", "the chair of the trustees", "Geoffrey Rathbon", "Jeoffrey Rathbone"])
a.person(TK, ["the Ulumatua", "Vaituhi's paramount chief"], True, ["the Ulumatua", "Ulumatua Tevita Kaleopa", "Kaleopa", "Tevita", "the paramount chief", "Tevita Kaleoppa", "Tevita Kaliopa"])
a.person(CF, ["the Halloran's keeper of Oceania"], True, ["Ferrier", "Callum", "the keeper of Oceania", "the keeper", "Calum Ferrier", "Callum Ferrer"])
a.person(LT, ["Hon.", "the island's minister for culture"], False, ["Hon. Losaline Taufa-Moana", "Taufa-Moana", "Losaline", "the minister for culture", "the culture minister", "Losaline Taufa Moana", "Losalini Taufa-Moana", "Losaline Tafa-Moana"])
a.person(RO, ["Professor Emerita", "scholar who has written on the Halloran collection"], True, ["Professor Emerita Ruth Okonkwo-Hale", "Professor Okonkwo-Hale", "Okonkwo-Hale", "Ruth", "the professor emerita", "the scholar", "Ruth Okonkow-Hale", "Ruth Okonkwo Hale"])
a.person(ANON, ["trustee", "anonymous"], True, ["the anonymous trustee", "the trustee who asked not to be named"])
a.person(VCC, ["the island's cultural centre"], True, ["VCC", "the VCC", "the cultural centre", "Vaituhi Cultural Center", "Vaituhi Culture Centre"])
a.person("Walter Halloran", ["Sir", "founder", "Victorian shipowner"], False, ["Sir Walter Halloran", "Sir Walter", "the founder", "the Victorian shipowner", "Walter Haloran", "Walter Hallorann"])
a.person("Tamsin Orrell", ["reporter"], False, ["Orrell", "Tamsin", "Tamsin Orell", "Tamzin Orrell"])
a.person("Halloran Museum of World Cultures", ["museum in Dunmere"], False, ["the Halloran", "the museum", "Halloran Museum", "the Halloran Museum", "Haloran Museum of World Cultures"])
for t, n in [("The trustees voted by nine votes to three to return the posts.", L),
             ("The museum will return six carved house posts to Vaituhi.", L),
             ("The posts were shipped to Britain in 1867.", L),
             ("The posts were carved from imported oak.", P5),
             ("The posts have stood at the entrance to the Pacific gallery since 1925.", P5),
             ("The island's council of elders first asked for the posts in 1987.", ELD),
             ("Lord Rathbone is the father of Dr Imogen Rathbone.", CH),
             ("The Halloran Museum opened in 1849.", CH),
             ("Tevita Kaleopa attended the trustees' meeting in Dunmere in person.", UL),
             ("The wood was treated with lead-based paint in the 1970s.", FER),
             ("The museum will pay for the posts' shipping to Vaituhi.", MIN),
             ("The trustees agreed to keep replicas of the posts in the gallery.", "One trustee"),
             ("The posts will leave Dunmere in the first half of 2026.", LEAVE),
             ("The Halloran holds about 11,000 objects from the Pacific.", HOLD)]:
    a.claim(t, n)
a.claim("Hon. Losaline Taufa-Moana said: “This is the happiest day in our island’s history.”", MIN, LT)
a.claim("“The arsenic is a myth,” Ferrier said.", FER, CF)
a.claim("The VCC said it would “accept whatever the laboratory decides”.", "The VCC's statement", VCC)
a.claim("Lord Rathbone said: “The will forbids us from giving anything away.”", "The founder's will", GR)
a.write()
