"""Gold for kot-sultan-flour-quota (blind15)."""
from lib import Article
a = Article("kot-sultan-flour-quota")
AW, NW, AB, NA, MS, OFF, FD, TJ = "Arshad Mehmood Waraich", "Nadeem Waraich", "Amna Bokhari", "Nasreen Akhtar", "Muhammad Siddique", "an official of the food department", "provincial food department", "Tahir Jamil"
a.quote(AW, "We are not asking for a favour. We are asking for the wheat we have already paid for")
a.quote(AW, "If the department cannot give it, let it give our money back and we will buy from the open market.")
a.quote(NW, "The quota is fixed by the provincial secretariat on the basis of stocks. Kot Sultan has received exactly what every other district of its size has received.")
a.quote(OFF, "at a premium of Rs300 to Rs400 per maund")
a.quote(AW, "Whoever says this should name the mill. Give us one name and we will expel it from the association ourselves")
a.quote(AB, "strict action without any discrimination")
a.quote(NA, "A labourer who eats four rotis at noon now pays Rs100 for bread alone. One of my customers told me, 'Amma, soon I will eat half and carry half home,' and he was not joking")
a.quote(MS, "The farmer is not getting this money")
a.quote(MS, "The farmer sold in April at Rs2,900. The money is with whoever bought in April and kept it in his godown.")
a.quote(MS, "This is not a shortage of wheat. This is a shortage of honesty.")
a.quote(FD, "sufficient till the arrival of the new crop")
a.quote(FD, "rationalised in consultation with all stakeholders")
L, PR, CH, MILLS, DFC, GOD, DC, WARN, SA, TAN, LAB, HAJI, FARM, MPA, END = "KOT SULTAN:", "Rs2,950", "Talking to this correspondent", "31 flour mills", "District Food Controller (DFC)", "18,000 tonnes", "Deputy Commissioner (DC)", "strict action", "Sasta Atta", "runs a tandoor", "A labourer", "35 years", "The farmer is not", "opposition MPA", "decide on Saturday"
a.q("What was the daily wheat quota cut to?", "fact", [L], [("From two thousand four hundred to one thousand six hundred and fifty tonnes.", L)])
a.q("From when will the mills stop grinding?", "fact", [L], [("From the seventh of the last month of the year, unless their allocation is given back.", L)])
a.q("What is the open-market price of a 20kg bag of flour?", "fact", [PR], [("Two thousand nine hundred and fifty rupees.", PR)])
a.q("What is the official rate for a 20kg bag?", "fact", [PR], [("Twenty-two hundred rupees, as notified.", PR)])
a.q("How many flour mills are in the district?", "fact", [MILLS], [("Thirty-one, nine of them idle.", MILLS)])
a.q("How much wheat is held in the government godowns?", "fact", [GOD], [("Eighteen thousand tonnes in two stores.", GOD)])
a.q("How much were the shopkeepers fined?", "fact", [WARN], [("A total of 186 thousand rupees across fourteen traders.", WARN)])
a.q("What is the price of a Sasta Atta bag?", "fact", [SA], [("Nine hundred and eighty rupees for ten kilos.", SA)])
a.q("How much does a roti cost at Begum Nasreen Akhtar's tandoor?", "fact", [TAN], [("Twenty-five rupees, up from twenty.", TAN)])
a.q("What is open-market wheat selling at?", "fact", [HAJI], [("Three thousand nine hundred rupees for forty kilos.", HAJI)])
a.q("Which official says the allocation is set above district level?", "paraphrase", [DFC], [("Nadeem, the man who oversees grain supplies locally.", DFC)])
a.q("What has the administration done about price gouging?", "paraphrase", [DC, WARN], [("Inspectors were told to visit retailers every day.", DC), ("Fourteen traders have been penalised in the last seven days.", WARN)])
a.q("How much more does bread cost a manual worker at lunchtime?", "paraphrase", [LAB], [("A hundred rupees for his four flatbreads.", LAB)])
a.q("Who profits from the high grain prices, in the trader's view?", "paraphrase", [FARM], [("Those who purchased the harvest in spring and stored it, not the growers.", FARM)])
a.q("When will the allocations be looked at again?", "paraphrase", [GOD], [("On the tenth of the final month.", GOD)])
a.q("What did Arshad Mehmood Waraich say?", "who", [CH, "We are not asking", "Whoever says this"], [("He said members paid in advance and got only about two-thirds of the grain.", CH), ("He said the mills want only grain they bought, or a refund so they can purchase privately.", "We are not asking"), ("He denied the charge and promised to throw out any member who is identified.", "Whoever says this")])
a.q("What did Nadeem Waraich say?", "who", [DFC, GOD], [("He said the figure comes from the provincial capital according to reserves, and that similar areas got the same.", DFC), ("He said eighteen thousand tonnes sit in two state warehouses and the issue will be revisited on the tenth.", GOD)])
a.q("What did Amna Bokhari say?", "who", [DC, WARN], [("She ordered junior officials to check shops every day.", DC), ("She threatened firm measures against stockpilers and said fourteen traders have been penalised.", WARN)])
a.q("What did Nasreen Akhtar say?", "who", [TAN, LAB], [("She said she lifted the charge for a flatbread by five rupees last month and expects another rise.", TAN), ("She said a worker now spends a hundred rupees on bread at lunch, and a regular warned he may have to save part of his meal.", LAB)])
a.q("What did Muhammad Siddique say?", "who", [HAJI, FARM, "shortage of honesty"], [("He said a forty-kilo measure now fetches nearly four thousand rupees, six hundred more than a month earlier.", HAJI), ("He said growers sold cheaply in spring and the gains went to whoever stored the crop.", FARM), ("He blamed dishonesty rather than scarcity.", "shortage of honesty")])
a.q("What did Tahir Jamil do?", "who", [MPA], [("He tabled a notice in the provincial legislature about the situation in the south.", MPA)])
a.q("Who is the chairman of the KSFMA?", "role", [CH], [("Arshad Mehmood, a Chaudhry.", CH)])
a.q("Who is the District Food Controller?", "role", [DFC], [("Nadeem, a Rana.", DFC)])
a.q("Who is the Deputy Commissioner?", "role", [DC], [("Amna, a Syeda.", DC)])
a.q("Who runs a tandoor in Mohallah Qasimabad?", "role", [TAN], [("Akhtar, who bakes flatbreads.", TAN)])
a.q("Who is the opposition MPA from the area?", "role", [MPA], [("Jamil, titled Mian.", MPA)])
a.q("Who is the wheat dealer in the grain market?", "role", [HAJI], [("Siddique, a Haji.", HAJI)])
a.q("What did Arshad Mehmud Waraich say?", "misspelled", [CH, "We are not asking", "Whoever says this"])
a.q("What did Nadeem Warraich say?", "misspelled", [DFC, GOD])
a.q("What did Amna Bukhari say?", "misspelled", [DC, WARN])
a.q("What did Nasrin Akhtar say?", "misspelled", [TAN, LAB])
a.q("What did Muhammad Siddiqui say?", "misspelled", [HAJI, FARM, "shortage of honesty"])
for t in ["How much did the mills pay the food department in October?",
          "Which mills have been selling their quota to other districts?",
          "What salary does the District Food Controller earn?",
          "How many people in the district depend on the Sasta Atta scheme?",
          "When will the new wheat crop arrive?",
          "Will the official rate of Rs2,200 for a 20kg bag be raised?",
          "How many rotis does Begum Nasreen Akhtar sell each day?",
          "Who will chair the meeting on wheat quotas in Lahore next week?",
          "When will the provincial assembly take up the call-attention notice?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, L], facts=["Dec 7", "1,650 tonnes"])
a.q("tl;dr", "overview", [1, L, PR], facts=["2,400 tonnes", "Rs2,950"])
a.q("Give me the key facts", "overview", [L, PR, CH], facts=["20kg bag", "Rs2,200", "KSFMA"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person(AW, ["Ch. (Chaudhry)", "KSFMA chairman", "chairman of the Kot Sultan Flour Mills Association"], True,
         ["Ch. Arshad Mehmood Waraich", "Ch. Arshad", "Chaudhry Arshad Mehmood Waraich", "Arshad Waraich", "Arshad Mehmood", "Arshad", "the KSFMA chairman", "the chairman of the flour mills association", "Arshad Mehmud Waraich", "Arshad Mehmood Warraich"])
a.person(NW, ["Rana", "District Food Controller", "DFC"], True, ["Rana Nadeem Waraich", "Rana Nadeem", "Nadeem", "the DFC", "the District Food Controller", "the food controller", "Nadeem Warraich", "Nadim Waraich"])
a.person(AB, ["Syeda", "Deputy Commissioner", "DC"], True, ["Syeda Amna Bokhari", "Bokhari", "Amna", "the DC", "the Deputy Commissioner", "Amna Bukhari", "Amna Bokhary"])
a.person(NA, ["Begum", "widow who runs a tandoor in Mohallah Qasimabad"], True, ["Begum Nasreen Akhtar", "Begum Nasreen", "Akhtar", "Nasreen", "the tandoor owner", "the widow", "Nasrin Akhtar", "Nasreen Akhter"])
a.person(MS, ["Haji", "wheat dealer in the Kot Sultan grain market"], True, ["Haji Muhammad Siddique", "Haji Siddique", "Siddique", "the wheat dealer", "the grain dealer", "Muhammad Siddiqui", "Mohammad Siddique"])
a.person(TJ, ["Mian", "opposition MPA from the area"], False, ["Mian Tahir Jamil", "Jamil", "Tahir", "the MPA", "the opposition MPA", "Tahir Jameel", "Tahir Jamal"])
a.person(OFF, ["official of the food department", "anonymous"], True, ["the anonymous official", "the food department official"])
a.person(FD, ["provincial food department"], True, ["the food department", "the provincial food department", "the department's handout", "provinical food department"])
a.person("Kot Sultan Flour Mills Association", ["association of the district's flour mills"], False, ["KSFMA", "the KSFMA", "the flour mills association", "Kot Sultan Flour Mill Association", "Kot Sultan Flour Mills Asociation"])
for t, n in [("The daily quota was cut from 2,400 tonnes to 1,560 tonnes.", L),
             ("The mills have threatened to stop grinding from Dec 17.", L),
             ("A 20kg bag of flour now costs Rs3,950 in the open market.", PR),
             ("The official rate for a 20kg bag is Rs2,500.", PR),
             ("The district has 31 flour mills, of which 19 have stopped work.", MILLS),
             ("The DFC is the brother of the KSFMA chairman.", DFC),
             ("18,000 tonnes of wheat are held in the district's four government godowns.", GOD),
             ("Ch. Arshad admitted that some mills had sold their quota to other districts.", "Whoever says this"),
             ("The Deputy Commissioner sealed 14 flour shops in the past week.", WARN),
             ("Sasta Atta bags are sold at Rs980 at 24 points in the district.", SA),
             ("Begum Nasreen Akhtar raised the price of a roti from Rs20 to Rs30 in October.", TAN),
             ("Haji Siddique has been a wheat dealer for 53 years.", HAJI),
             ("Mian Tahir Jamil moved a resolution in the National Assembly.", MPA),
             ("The KSFMA has called off the strike.", END)]:
    a.claim(t, n)
a.claim('Mian Tahir Jamil said: "The government has handed the district to the flour mafia."', MPA, TJ)
a.claim('"No mill in this district will be allowed to close," DC Syeda Amna Bokhari said.', WARN, AB)
a.claim('The DFC said: "Kot Sultan will get its full quota back from Monday."', GOD, NW)
a.claim('"The farmers are the ones making money now," said Haji Siddique.', FARM, MS)
a.write()
