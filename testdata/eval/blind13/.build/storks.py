from lib import Article
a = Article("vila-serrana-storks-study")
I, K = "Inês Valadares", "Katarzyna Wiśniewska"
R, RS = "one of the paper’s reviewers", "Recolha Sul"

a.quote(I, "They are not following the smell, because the bins are emptied before the smell gets out")
a.quote(I, "The most likely explanation is that they have learned the sound of the compactor. But I want to be careful: we have not shown that yet.")
a.quote(K, "Nineteen out of 60 is interesting, not conclusive. Storks are social. If one bird goes to a speaker, others follow it, so those trials are not independent of each other.")
a.quote(R, "done the honest thing by listing what they could not rule out")
a.quote(RS, "no plans to change collection times because of the birds")
a.quote(I, "When I told them what we had found, one of them said, “So they’re our apprentices now,” and after that they started waving at the birds")
a.quote(I, "If we are right, then towns are teaching these birds a new language, and it is the language of engines.")

a.person(I, ["researcher at the University of Montemor", "led the study"], True,
         ["Valadares", "Inês", "Ines Valadares", "Inês Valadaras"])
a.person("Rui Amaral", ["co-author", "tagged the first birds as a master’s student in 2019"], False,
         ["Amaral", "Rui", "the co-author", "Rui Amarel"])
a.person(K, ["at the Lower Oder Bird Observatory in Poland", "not involved in the study"], True,
         ["Wiśniewska", "Katarzyna", "Katarzyna Wisniewska", "Katarzyna Wiśniewski"])
a.person(R, ["reviewer of the paper", "asked not to be named"], True, ["the reviewer", "the anonymous reviewer"])
a.person(RS, ["waste collection company for the town"], True, ["the waste collection company", "Recola Sul"])
a.person("Alentejo Regional Science Fund", ["funded the study"], False, ["Alentejo Regional Sciense Fund"])
a.person("Harriet Quayle", ["byline"], False, ["Quayle", "Harriet Quail"])

IV, KW = "says Valadares. ‘The most", "Wiśniewska is blunt"
# fact
a.q("How many storks were tagged?", "fact", ["tagged 46 adult storks"], [("Forty-six grown birds.", "tagged 46 adult storks")])
a.q("Where did the study take place?", "fact", ["southern Portugal", "tagged 46 adult storks"], [("Near the nests of a southern Portuguese town.", "tagged 46 adult storks")])
a.q("Which years did the tracking cover?", "fact", ["in 2024 and 2025"], [("The springs of 2024 and the following year.", "in 2024 and 2025")])
a.q("How quickly did the birds arrive after a lorry passed?", "fact", ["an average of four minutes"], [("In roughly four minutes, typically.", "an average of four minutes")])
a.q("How many sites had loudspeakers?", "fact", ["at 12 sites"], [("A dozen.", "at 12 sites")])
a.q("How often did storks land near the speakers playing compactor noise?", "fact", ["in 19 of 60 trials"],
    [("Nineteen times in sixty, against just three when road sounds were played.", "in 19 of 60 trials")])
a.q("Where was the study published?", "fact", ["Animal Movement Letters"], [("In the Letters journal on how animals move.", "Animal Movement Letters")])
a.q("How many storks wintered in Portugal in 2020?", "fact", ["more than 14,000"], [("Above fourteen thousand, up from about twelve hundred in 1995.", "more than 14,000")])
a.q("How many birds will get microphones?", "fact", ["fit 20 birds"], [("Twenty, from next spring.", "fit 20 birds")])
a.q("Who funded the study?", "fact", ["funded by the Alentejo"], [("A research grant body from southern Portugal's Alentejo region.", "funded by the Alentejo")])
# who
a.q("What did Inês Valadares say?", "who", [IV, "The drivers have noticed", "She adds: ‘If"],
    [("She rules out scent as the cue and thinks the birds know the crusher's noise, though she says this is unproven.", IV),
     ("She said a driver joked the birds were their trainees, and the crews began greeting them.", "The drivers have noticed"),
     ("She says that, if correct, urban areas are giving the storks a vocabulary of motors.", "She adds: ‘If")])
a.q("What did Katarzyna Wiśniewska say?", "who", ["Not everyone is convinced", KW, "She adds that the lorries"],
    [("She doubts the speaker tests are big enough to prove anything.", "Not everyone is convinced"),
     ("She said nineteen in sixty was suggestive but not proof, since the birds copy one another.", KW),
     ("She notes the trucks keep to fixed spots and schedules, which birds might memorise without listening.", "She adds that the lorries")])
a.q("What did Rui Amaral do?", "who", ["co-author Rui Amaral"],
    [("He fitted the earliest trackers while studying for a postgraduate degree, and has described the birds as daily travellers, not migrants.", "co-author Rui Amaral")])
a.q("What did Recolha Sul say?", "who", ["said in a statement"],
    [("The firm will keep its schedule unchanged despite the storks, and staff were told not to give them food.", "said in a statement")])
a.q("Who is Inês Valadares?", "who", ["Inês Valadares at the University"],
    [("A researcher at Montemor's university who led the study.", "Inês Valadares at the University")])
a.q("Who is Katarzyna Wiśniewska?", "who", ["Not everyone is convinced"],
    [("A scientist at a Polish bird observatory who had no part in the research.", "Not everyone is convinced")])
# role
a.q("What did the anonymous reviewer say?", "role", ["reviewers, who asked"],
    [("An unnamed referee praised the authors for being open about the limits of their work.", "reviewers, who asked")])
a.q("What did the waste collection company say?", "role", ["said in a statement"],
    [("The firm has no intention of altering its schedule on account of the storks.", "said in a statement")])
a.q("Who is the co-author of the study?", "role", ["co-author Rui Amaral"], [("Rui Amaral, who fitted the earliest tags.", "co-author Rui Amaral")])
a.q("What did the critic from the Polish observatory say?", "role", ["Not everyone is convinced", KW, "She adds that the lorries"],
    [("The playback numbers are suggestive but too small, because the birds copy one another.", KW)])
a.q("Who led the study?", "role", ["Inês Valadares at the University"], [("Valadares, with colleagues.", "Inês Valadares at the University")])
a.q("What do the study's authors suggest about landfill closures?", "role", ["the authors suggest"],
    [("As dumps shut across the EU, the birds might move into towns.", "the authors suggest")])
# paraphrase
a.q("Do the birds follow their noses to the bins?", "paraphrase", [IV],
    [("No; the rubbish is collected before any odour escapes, the researcher says.", IV)])
a.q("Why might the speaker results mislead?", "paraphrase", [KW],
    [("Because one bird landing draws others after it, so the tests are not separate events.", KW)])
a.q("What else could explain the birds' timing?", "paraphrase", ["She adds that the lorries"],
    [("The trucks halt at fixed spots on a regular schedule, which could be memorised by sight.", "She adds that the lorries")])
a.q("What have drivers been told?", "paraphrase", ["said in a statement"], [("Not to give the storks food.", "said in a statement")])
a.q("Why do fewer of these birds fly south for the cold months now?", "paraphrase", ["Iberia instead of crossing"],
    [("The shift is often put down to rubbish tips left uncovered.", "Iberia instead of crossing")])
# misspelled
a.q("What did Ines Valadares say?", "misspelled", [IV, "The drivers have noticed", "She adds: ‘If"])
a.q("What did Katarzyna Wisniewska say?", "misspelled", ["Not everyone is convinced", KW, "She adds that the lorries"])
a.q("What did Rui Amarel do?", "misspelled", ["co-author Rui Amaral"])
a.q("What did Recola Sul say?", "misspelled", ["said in a statement"])
a.q("Who is Ines Valladares?", "misspelled", ["Inês Valadares at the University"])
# unanswerable
for t in ["How much did the GPS trackers on the storks cost?",
          "How many bin lorries does Recolha Sul run in Vila Serrana?",
          "What did Rui Amaral say about the new study?",
          "How many people live in Vila Serrana?",
          "When will the results of the microphone study be published?",
          "How much money did the Alentejo Regional Science Fund give the study?",
          "How many tagged storks died during the study?",
          "At what time of day do Recolha Sul's lorries empty the bins in Vila Serrana?",
          "Which journal rejected the paper before Animal Movement Letters?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "southern Portugal"], facts=["noise of rubbish lorries", "GPS trackers"])
a.q("tl;dr", "overview", [1, "southern Portugal", "Not everyone is convinced"], facts=["may be using", "not involved in the study"])
a.q("Give me the key facts", "overview", ["tagged 46 adult storks", "an average of four minutes", "in 19 of 60 trials"], facts=["46 adult storks", "four minutes", "19 of 60 trials"])
a.speakers_question()
a.q("What's the headline?", "headline", [1])

a.claim("The researchers tagged 64 adult storks.", "tagged 46 adult storks")
a.claim("The storks were followed through three breeding seasons.", "tagged 46 adult storks")
a.claim("The birds arrived an average of 14 minutes after a lorry had passed.", "an average of four minutes")
a.claim("The researchers have shown that the storks recognise the sound of the compactor.", IV)
a.claim("The team played recordings at 21 sites.", "at 12 sites")
a.claim("Storks landed near the speakers in 19 of 60 trials with traffic noise.", "in 19 of 60 trials")
a.claim("Rui Amaral tagged the first birds as a master’s student in 2009.", "co-author Rui Amaral")
a.claim("Wiśniewska was one of the study’s co-authors.", "Not everyone is convinced")
a.claim("Wiśniewska works at a bird observatory in Portugal.", "Not everyone is convinced")
a.claim("Recolha Sul said it would change its collection times because of the birds.", "said in a statement")
a.claim("Portugal’s wintering population fell from about 14,000 birds in 1995 to 1,200 in 2020.", "more than 14,000")
a.claim("The storks of southern Portugal have stopped migrating to Africa altogether.", "more than 14,000")
a.claim("Valadares plans to fit 200 birds with microphones.", "fit 20 birds")
a.claim("The study was funded by the European Union.", "funded by the Alentejo")
a.claim("‘The birds are clearly listening for the lorries,’ says Wiśniewska.", KW, K)
a.claim("Rui Amaral says: ‘We have proved that storks can learn engine sounds.’", "co-author Rui Amaral", "Rui Amaral")
a.claim("Recolha Sul said the storks were ‘a danger to our crews’.", "said in a statement", RS)
a.claim("‘We tested the smell and ruled it out in the laboratory,’ says Valadares.", IV, I)
a.write()
