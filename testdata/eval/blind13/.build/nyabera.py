from lib import Article
a = Article("nyabera-wetland-appeal")
C = "Nyando Valley Sugar Company Limited"
M = "a senior manager at the mill"

# quotations, in paragraph order
a.quote("Fredrick Ouma Were", "destroy 900 jobs overnight")
a.quote("Achieng Otieno", "A letter from a regional officer saying ‘we note your plans for the lower farm’ is not a licence. It does not become one because the appellant wished it were.")
a.quote("Achieng Otieno", "The appellant asks this court to weigh 900 jobs at the mill against nothing. But on the other side of the scale are some 1,400 households whose nets came up empty after the water left.")
a.quote("Achieng Otieno", "The law does not permit a developer to create a fact on the ground and then plead the hardship of undoing it.")
a.quote(C, "respects the decision of the court")
a.quote(C, "study the judgment with our advisers before deciding on the next step")
a.quote("Rosemary Chepkoech Too", "This judgment tells every investor in the lake basin that a wetland is not empty land waiting for a tractor")
a.quote("Rosemary Chepkoech Too", "We will be on site in January with the residents to mark where each channel must be closed.")
a.quote("Okoth Otieno", "The swamp was our bank")
a.quote("Okoth Otieno", "When they drained it, they closed our bank.")
a.quote(M, "cannot run on half the cane for long")

# people
a.person("Achieng Otieno", ["Lady Justice", "Justice of Appeal (JA)", "wrote the lead judgment"], True,
         ["Lady Justice Otieno", "Justice Achieng Otieno", "Lady Justice Achieng Otieno", "Achieng Otieno JA", "Achieng", "the judge who wrote the lead judgment", "Achieng Otiena", "Acheing Otieno"])
a.person("Kibet Rono", ["Justice of Appeal (JA)", "member of the bench"], False,
         ["Justice Kibet Rono", "Rono", "Kibet", "Kibet Ronno"])
a.person("Mwanaisha Said", ["Justice of Appeal (JA)", "member of the bench"], False,
         ["Justice Mwanaisha Said", "Mwanaisha", "Mwanaisa Said"])
a.person("Samuel Kiprotich Langat", ["Justice", "judge of the lower court (Environment and Land Court)"], False,
         ["Justice Samuel Kiprotich Langat", "Justice Langat", "Langat", "Samuel Langat", "the lower court judge", "Samuel Kiprotich Lagat"])
a.person("Fredrick Ouma Were", ["Mr", "SC", "the company’s advocate"], True,
         ["Mr Fredrick Ouma Were SC", "Fredrick Ouma Were SC", "Fredrick", "the company’s advocate", "Frederick Ouma Were", "Fredrik Ouma Were"])
a.person(C, ["appellant", "sugar miller"], True,
         ["Nyando Valley Sugar", "the appellant", "the miller", "Nyando Valey Sugar", "Nyando Valley Suger"])
a.person("Rosemary Chepkoech Too", ["Eng.", "OGW", "acting director general of the LBWA"], True,
         ["Eng. Rosemary Chepkoech Too", "Rosemary Chepkoech Too OGW", "Rosemary Chepkoech", "Rosemary", "the acting director general", "the LBWA’s acting director general", "Rosemary Chepkoch Too", "Rosemery Chepkoech Too"])
a.person("Lake Basin Wetlands Authority", ["second respondent", "state agency that licenses work in the wetlands around the lake"], False,
         ["LBWA", "the LBWA", "Lake Basin Wetland Authority", "Lake Basin Wetlands Authorty"])
a.person("Nyabera Wetland Residents Association", ["respondent", "speaks for about 1,400 fishing and farming households"], False,
         ["the residents’ association", "Nyabera Wetland Residents Asociation"])
a.person("Okoth Otieno", ["chairman of the residents’ association", "67"], True,
         ["Okoth", "the chairman", "the chairman of the residents’ association", "Okot Otieno", "Okoth Otieo"])
a.person("County Government of Kadero", ["third respondent"], False,
         ["the third respondent", "County Government of Kaddero"])
a.person("Halima Barasa", ["Ms", "represented the association without charge", "of Sheria Mtaani"], False,
         ["Ms Halima Barasa", "Barasa", "Halima", "Halima Barassa"])
a.person(M, ["senior manager at the mill", "spoke on condition of anonymity"], True,
         ["the senior manager at the mill", "the manager who spoke on condition of anonymity"])
a.person("Daniel Rotich", ["Kadero Governor", "Prof."], False,
         ["Kadero Governor Prof. Daniel Rotich", "Prof. Daniel Rotich", "Rotich", "the governor", "Daniel Rotch"])
a.person("Njeri Kamau", ["byline"], False, ["Kamau", "Njeri Kamua"])

J = "Lady Justice Otieno wrote:"
# fact
a.q("How many months does the miller now have to close the channels?", "fact", ["18 months instead of six", "The 18 months run"],
    [("It was allowed a year and a half rather than half a year.", "18 months instead of six"),
     ("That period is counted from the day the ruling was handed down.", "The 18 months run")])
a.q("When was the judgment delivered?", "fact", ["Judgment delivered at Kisumu"],
    [("The ruling came down in the lakeside city on the final Friday of November.", "Judgment delivered at Kisumu")])
a.q("How many households does the residents' association speak for?", "fact", ["speaks for about 1,400"],
    [("About fourteen hundred families who fish or farm.", "speaks for about 1,400")])
a.q("How much swamp did the channels drain?", "fact", ["roughly 260 hectares"],
    [("About two hundred and sixty hectares of papyrus.", "roughly 260 hectares")])
a.q("When did the company dig the channels?", "fact", ["in 2021, but has given"],
    [("The ditches were cut in 2021.", "in 2021, but has given")])
a.q("How many jobs did the company say the order would cost?", "fact", ["destroy 900 jobs", "weigh 900 jobs"],
    [("Its lawyer warned that nine hundred posts would vanish at once.", "destroy 900 jobs")])
a.q("What date was the LBWA letter?", "fact", ["14 August 2020"],
    [("It bears the fourteenth of August, 2020.", "14 August 2020")])
a.q("How often must the company report on its progress?", "fact", ["every three months"],
    [("Each quarter it has to tell the lower court how the work is going.", "every three months")])
a.q("When will the LBWA go on site?", "fact", ["on site in January"],
    [("Its staff plan to go out with locals in January to mark the ditches to be blocked.", "on site in January")])
a.q("When is the residents' meeting about the ruling?", "fact", ["12 December"],
    [("Members will gather at the lakeshore landing on the twelfth of December.", "12 December")])
# who
a.q("What did Achieng Otieno say?", "who", [J, "On the jobs, she found", "She continued:", "The law does not permit"],
    [("She held that a regional official's acknowledgement of the scheme did not amount to a permit.", J),
     ("She noted that the firm never valued what the fishermen lost.", "On the jobs, she found"),
     ("She said the firm offered no counterweight to the employment argument, although many families lost their livelihood once the swamp dried.", "She continued:"),
     ("A builder cannot alter the landscape first and then complain that reversing it is costly.", "The law does not permit")])
a.q("What did Rosemary Chepkoech Too say?", "who", ["welcomed the ruling", "She added,"],
    [("She said the decision warns investors that a marsh is not vacant ground for machinery.", "welcomed the ruling"),
     ("She said her team would join locals in January to show where every ditch has to be blocked.", "She added,")])
a.q("What did Okoth Otieno say?", "who", ["Okoth Otieno, 67"],
    [("He likened the marsh to the community's savings, lost when it was dried out.", "Okoth Otieno, 67")])
a.q("What did Fredrick Ouma Were say?", "who", ["Fredrick Ouma Were SC"],
    [("He argued that nine hundred workers would lose their posts at once and that the agency had cleared the drainage two years before the suit.", "Fredrick Ouma Were SC")])
a.q("What did Nyando Valley Sugar say about the ruling?", "who", ["In a statement on Friday evening"],
    [("The miller said it honours the outcome and will take counsel before choosing a response.", "In a statement on Friday evening")])
a.q("What did Daniel Rotich say about the judgment?", "who", ["Kadero Governor Prof. Daniel Rotich"],
    [("The county chief has made no remark so far.", "Kadero Governor Prof. Daniel Rotich")])
# role
a.q("Who is the chairman of the residents' association?", "role", ["Okoth Otieno, 67"],
    [("Okoth Otieno, aged sixty-seven.", "Okoth Otieno, 67")])
a.q("What did the acting director general of the LBWA say?", "role", ["welcomed the ruling", "She added,"],
    [("The agency's chief said the outcome warns investors that marshland is not vacant ground for machinery.", "welcomed the ruling")])
a.q("Who wrote the lead judgment?", "role", ["wrote the lead judgment"],
    [("Justice Otieno, with both colleagues concurring.", "wrote the lead judgment")])
a.q("What did the lower court judge order?", "role", ["Justice Samuel Kiprotich Langat"],
    [("He told the miller to shut the ditches inside half a year and put the reeds back.", "Justice Samuel Kiprotich Langat")])
a.q("Who represented the residents' association?", "role", ["represented without charge"],
    [("Ms Barasa, working pro bono for a faith-based advice project.", "represented without charge")])
a.q("What did the senior manager at the mill say?", "role", [M.capitalize()],
    [("An unnamed executive said growers were being approached about shifting crops uphill, and that production can't last long with only half its supply.", M.capitalize())])
# paraphrase
a.q("Did the firm win its challenge?", "paraphrase", ["has dismissed an appeal"],
    [("No: its bid failed, though it was granted three times as long to carry out the work.", "has dismissed an appeal")])
a.q("Why was the original deadline stretched?", "paraphrase", ["can only be replanted after the long rains"],
    [("Reeds can go back in only once the wet season has come, so half a year was not enough.", "can only be replanted after the long rains")])
a.q("Who pays the legal bills?", "paraphrase", ["pay the residents’ costs"],
    [("The miller must cover the locals' expenses for the appeal.", "pay the residents’ costs")])
a.q("Did the judges disagree?", "paraphrase", ["was unanimous"],
    [("No, all three agreed.", "was unanimous")])
a.q("Which public body stayed out of the dispute?", "paraphrase", ["took no position"],
    [("Kadero's county administration stayed neutral.", "took no position")])
# misspelled
a.q("What did Achieng Otiena say?", "misspelled", [J, "On the jobs, she found", "She continued:", "The law does not permit"])
a.q("What did Rosemary Chepkoch Too say?", "misspelled", ["welcomed the ruling", "She added,"])
a.q("What did Okot Otieno say?", "misspelled", ["Okoth Otieno, 67"])
a.q("What did Frederick Ouma Were say?", "misspelled", ["Fredrick Ouma Were SC"])
a.q("What did Nyando Valey Sugar say about the ruling?", "misspelled", ["In a statement on Friday evening"])
# unanswerable (topical)
for t in ["How much did Nyando Valley Sugar spend digging the drainage channels?",
          "What is the salary of the LBWA's acting director general?",
          "How much will it cost to replant the papyrus in the Nyabera wetland?",
          "How many tonnes of fish has the Nyabera wetland lost since the channels were dug?",
          "What did Halima Barasa say after the judgment?",
          "How much are the residents' costs of the appeal in shillings?",
          "When was the Nyabera Wetland Residents Association founded?",
          "How many outgrower farmers supply cane to the Nyando Valley mill?",
          "Who was the LBWA regional officer who wrote the 2020 letter?"]:
    a.q(t, "unanswerable")
# overview, speakers, headline
a.q("What is this article about?", "overview", [1, "has dismissed an appeal"], facts=["dismissed an appeal", "18 months"])
a.q("tl;dr", "overview", [1, "has dismissed an appeal", "found six months too short"], facts=["Nyabera wetland", "found six months too short"])
a.q("Give me the key facts", "overview", ["has dismissed an appeal", "roughly 260 hectares", "every three months"], facts=["18 months instead of six", "260 hectares", "progress report"])
a.speakers_question()
a.q("What's the headline?", "headline", [1])

# claims the article does not support
a.claim("The Court of Appeal gave the miller 12 months to close the channels.", "has dismissed an appeal")
a.claim("The bench was split two to one.", "was unanimous")
a.claim("The residents’ association speaks for about 4,100 households.", "speaks for about 1,400")
a.claim("The channels drained roughly 620 hectares of papyrus swamp.", "roughly 260 hectares")
a.claim("The County Government of Kadero supported the residents in both courts.", "took no position")
a.claim("Justice Langat ordered the company to block the channels within three months.", "Justice Samuel Kiprotich Langat")
a.claim("The LBWA letter relied on by the company was dated 14 August 2021.", "14 August 2020")
a.claim("The court found that the LBWA’s 2020 letter amounted to a licence.", J)
a.claim("The company must file a progress report every six months.", "every three months")
a.claim("The residents must pay the company’s costs of the appeal.", "every three months")
a.claim("Nyando Valley Sugar said it would appeal to the Supreme Court.", "In a statement on Friday evening")
a.claim("Okoth Otieno, the residents’ chairman, is 76.", "Okoth Otieno, 67")
a.claim("Halima Barasa charged the association a reduced fee.", "represented without charge")
a.claim("The residents’ meeting will be held at the Kisumu courthouse on 12 December.", "12 December")
a.claim("“The company will comply in full within six months,” said Fredrick Ouma Were.", "Fredrick Ouma Were SC", "Fredrick Ouma Were")
a.claim("Nyando Valley Sugar said: “We regret the harm done to the fishermen of Nyabera.”", "In a statement on Friday evening", C)
a.claim("Halima Barasa said the ruling was “a victory for every lake community”.", "represented without charge", "Halima Barasa")
a.claim("Governor Daniel Rotich said: “Sugar is the future of Kadero, and this judgment threatens it.”", "Kadero Governor Prof. Daniel Rotich", "Daniel Rotich")
a.write()
