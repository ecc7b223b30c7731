from lib import Article
a = Article("strathallan-bumblebee-night-light")
H, W, A, R, AL, B, T, PR = "Helen Carrick", "Łukasz Wierzbicki", "Aoife Ní Bhriain", "Ruth Lennox", "Alasdair Lennox", "a beekeeper who hosted four of the colonies near Kinross", "Scottish Pollinator Trust", "Priya Raghunathan"
a.quote(H, "We expected the lights to change when bees left the nest in the morning. We did not expect them to shorten the whole working day.")
a.quote(H, "The bees under the lamps started later and stopped earlier, and on cool days some colonies barely foraged at all.")
a.quote(H, "What worries me is that none of this is visible. A colony can look perfectly healthy from the outside and still be failing.")
a.quote(W, "A bee has no watch")
a.quote(W, "It reads the sky, and we have changed the sky.")
a.quote(A, "Some mornings I was at a site in Fife at four o’clock, with a head torch on red light so I wouldn’t disturb them.")
a.quote(A, "By the second year the farmers knew my car, and one of them started leaving me a flask of tea by the gate.")
a.quote(A, "I think I saw more sunrises in those three years than in the rest of my life put together.")
a.quote(R, "We tried hard to make the result go away, and it would not")
a.quote(AL, "some of the most complete we have for any wild pollinator")
a.quote(AL, "Buff-tailed bumblebees are tough, adaptable insects")
a.quote(AL, "If they are struggling under street lights, I would want to know very quickly how the rarer species are doing.")
a.quote(B, "I had no idea my own yard light was part of the problem. It goes off at ten now.")
a.quote(T, "a clear signal to every council replacing its street lights")
# fact
a.q("How much did foraging fall near street lights?", "fact", ["made 23 per cent fewer foraging trips"], [("By almost a quarter.", 3)])
a.q("How many colonies did the study follow?", "fact", ["followed 62 colonies"], [("Sixty-two nests across thirty-one locations.", 4)])
a.q("Which journal published the study?", "fact", ["in the journal Proceedings of the Royal Society B"], [("A Royal Society periodical for the biological sciences.", 4)])
a.q("How many bees were tagged?", "fact", ["fitted 1,480 worker bees"], [("Close to fifteen hundred workers.", 5)])
a.q("How many trips were recorded?", "fact", ["more than 410,000 trips"], [("Over four hundred and ten thousand.", 5)])
a.q("What was the confidence interval for the drop in foraging?", "fact", ["confidence interval of 17 to 29 per cent"], [("Between seventeen and twenty-nine percent, at the 95% level.", 6)])
a.q("How many fewer queens did colonies under lights produce?", "fact", ["31 per cent fewer new queens"], [("Almost a third fewer.", 6)])
a.q("How much did skyglow reduce foraging?", "fact", ["about 8 per cent"], [("Roughly eight percent, within 2 km of a lamp.", 21)])
a.q("How much did the Scottish Pollinator Trust contribute?", "fact", ["£240,000 of the study"], [("Two hundred and forty thousand pounds of a 610k budget.", 23)])
a.q("How many lamp posts did the council lend?", "fact", ["lent the team 14 lamp posts"], [("Fourteen.", 26)])
# who
a.q(f"What did {H} say?", "who", ["The lead author, Professor Helen Carrick", "We expected the lights", "The bees under the lamps", "She added"],
    [("Lit nests begin after and finish before the others, and hardly fly when it is chilly.", 9), ("Damage is hidden: a nest may seem fine yet be in decline.", 10)])
a.q(f"What did {W} say?", "who", ["A bee has no watch"],
    [("Insects tell time from daylight, which people have altered.", 12)])
a.q(f"What did {A} say?", "who", ["PhD candidate Aoife", "Some mornings I was at a site", "By the second year", "I think I saw more sunrises"],
    [("She arrived before dawn wearing a dimmed lamp so as not to upset them.", 14), ("A grower began putting out a hot drink for her.", 15)])
a.q(f"What did {R} say?", "who", ["Dr Ruth Lennox", "We tried hard to make"],
    [("The finding survived controls for weather, blossom and nest age.", 17)])
a.q(f"What did {AL} say?", "who", ["Professor Alasdair Lennox", "Buff-tailed bumblebees are tough"],
    [("He praised the data but cautioned against generalising from one bee.", 19), ("Scarcer bees may fare worse if even the hardy kind suffers.", 20)])
a.q(f"What did the {T} say?", "who", ["The Scottish Pollinator Trust"],
    [("The charity says local authorities swapping lamps should take note.", 23)])
# role
a.q("Who led the study?", "role", ["The lead author, Professor Helen Carrick"], [("Carrick, who holds a chair in the study of pollinators.", 7)])
a.q("Who is the study's second author?", "role", ["A bee has no watch"], [("Łukasz, who holds a readership.", 12)])
a.q("Who is the PhD candidate on the team?", "role", ["PhD candidate Aoife"], [("Aoife, a doctoral student.", 13)])
a.q("Who is the statistician who joined in 2023?", "role", ["Dr Ruth Lennox"], [("Ruth, holder of a Chancellor's fellowship.", 17)])
a.q("Who is the outside expert?", "role", ["Professor Alasdair Lennox"], [("Alasdair, an insect scientist from Harlaw.", 19)])
a.q("Who helped secure funding from the Carnegie Rural Research Fund?", "role", ["Dr Priya Raghunathan"], [("Raghunathan, who has since moved to Dundee.", 24)])
# paraphrase
a.q("Why do illuminated nests fly less, according to the team?", "paraphrase", ["disturbs the bees"], [("Artificial brightness upsets their body clock.", 11)])
a.q("What should local authorities do about lamps?", "paraphrase", ["The authors recommend"], [("Screen them, turn them down late at night, and pick a more amber tone.", 25)])
a.q("What comes next for the researchers?", "paraphrase", ["The team plans to repeat"], [("Doing it again next year with two scarcer kinds.", 27)])
a.q("How did the neighbour who hosted hives change her habits?", "paraphrase", ["I had no idea my own yard light"], [("Her outdoor lamp is now switched off at ten.", 22)])
a.q("How big were the trackers attached to insects?", "paraphrase", ["the size of a grain of rice"], [("Tiny, about as big as a single rice grain.", 5)])
# misspelled
a.q("What did Helen Carick say?", "misspelled", ["The lead author, Professor Helen Carrick", "We expected the lights", "The bees under the lamps", "She added"])
a.q("What did Łukasz Wierzbiki say?", "misspelled", ["A bee has no watch"])
a.q("What did Aoife Ní Bhriainn say?", "misspelled", ["PhD candidate Aoife", "Some mornings I was at a site", "By the second year", "I think I saw more sunrises"])
a.q("What did Ruth Lenox say?", "misspelled", ["Dr Ruth Lennox", "We tried hard to make"])
a.q("What did Alasdair Lenox say?", "misspelled", ["Professor Alasdair Lennox", "Buff-tailed bumblebees are tough"])
for t in ["How many bees died under the street lights?",
          "What colour temperature do Perth and Kinross Council street lights use?",
          "How much did the laboratory trial of 12 colonies cost?",
          "When will Perth and Kinross Council decide whether to dim its street lights?",
          "What is the name of the beekeeper near Kinross?",
          "How many moss carder bee colonies will the team study?",
          "How much did the Carnegie Rural Research Fund contribute?",
          "What did Dr Priya Raghunathan say about the findings?",
          "Why did Aoife Ní Bhriain choose this PhD?"]:
    a.q(t, "unanswerable")
for t in ["What is this article about?", "tl;dr", "What did the study find, in short?"]:
    a.q(t, "overview", [1, 3], facts=["23 per cent fewer foraging trips", "LED street lights"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(H, ["Professor", "Prof.", "Prof", "lead author", "Professor of Pollinator Ecology"], True,
         ["Professor Helen Carrick", "Professor Carrick", "Prof. Helen Carrick", "Prof Carrick", "Carrick", "Helen", "the lead author", "the professor of pollinator ecology", "Helen Carick", "Helen Carrik"])
a.person(W, ["Dr", "Reader in Sensory Ecology", "second author"], True,
         ["Dr Łukasz Wierzbicki", "Dr Wierzbicki", "Wierzbicki", "Lukasz Wierzbicki", "Łukasz", "Lukasz", "the second author", "the Reader in Sensory Ecology", "Łukasz Wierzbiki", "Lukasz Wierzbicky"])
a.person(A, ["PhD candidate", "doctoral student"], True,
         ["PhD candidate Aoife Ní Bhriain", "Ní Bhriain", "Aoife Ni Bhriain", "Aoife", "Ms Ní Bhriain", "the PhD candidate", "the PhD student", "the doctoral student", "Aoife Ní Bhriainn", "Aoife Ni Bhrian"])
a.person(R, ["Dr", "Chancellor’s Fellow", "Chancellor's Fellow in statistics", "statistician"], True,
         ["Dr Ruth Lennox", "Dr Lennox", "Ruth", "Chancellor’s Fellow Ruth Lennox", "the Chancellor’s Fellow", "Ruth Lenox", "Ruth Lennix", "Dr Ruth Lenox"])
a.person(AL, ["Professor", "Prof.", "entomologist", "outside expert", "Harlaw University"], True,
         ["Professor Alasdair Lennox", "Professor Lennox", "Prof. Lennox", "Alasdair", "Alistair Lennox", "the entomologist", "the outside expert", "the Harlaw entomologist", "Alasdair Lenox", "Alasdiar Lennox", "Professor Alasdair Lenox"])
a.person(B, ["beekeeper", "unnamed source"], True, ["the beekeeper", "the Kinross beekeeper", "the beekeeper near Kinross"])
a.person(T, ["funder", "charity"], True, ["the Trust", "the Scottish Pollinator Trust", "the Pollinator Trust", "Scottish Polinator Trust"])
a.person(PR, ["Dr", "statistician", "team's former statistician"], False,
         ["Dr Priya Raghunathan", "Dr Raghunathan", "Raghunathan", "Priya", "Priya Ragunathan"])
a.person("Perth and Kinross Council", ["council"], False, ["the council", "Perth and Kinross", "Perth and Kinross Counsil"])
# claims
a.claim("Colonies near street lights made 32 per cent fewer foraging trips.", 3)
a.claim("The study followed 26 colonies at 13 sites.", 4)
a.claim("The study ran from 2019 to 2021.", 4)
a.claim("Researchers tagged 4,180 worker bees.", 5)
a.claim("The confidence interval was 7 to 39 per cent.", 6)
a.claim("Colonies under lights produced more new queens.", 6)
a.claim("Professor Carrick began the project after finding dead bees in a greenhouse.", 7)
a.claim("The team believes light at night makes bees overheat.", 11)
a.claim("Dr Ruth Lennox joined the team in 2021 as a field assistant.", 17)
a.claim("Professor Alasdair Lennox is Dr Ruth Lennox's brother.", 19)
a.claim("Skyglow reduced foraging by about 18 per cent.", 21)
a.claim("The Scottish Pollinator Trust paid the whole £610,000 cost.", 23)
a.claim("The authors recommend cooler light above 2,700 kelvin.", 25)
a.claim("Perth and Kinross Council has agreed to switch off its street lights after midnight.", 26)
a.claim("‘Every council in Scotland should switch off its lamps tonight,’ Professor Helen Carrick said.", 10, H)
a.claim("‘The numbers were too small to be sure,’ Dr Ruth Lennox said.", 18, R)
a.claim("‘I checked every model twice before I left for Dundee,’ Dr Priya Raghunathan said.", 24, PR)
a.claim("‘These results apply to every pollinator in Britain,’ said Professor Alasdair Lennox.", 20, AL)
a.write()
