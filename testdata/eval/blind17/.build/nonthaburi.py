from lib import Article
a = Article("nonthaburi-call-centre-gang")
T, N, VT, BK, O = "Thanakorn Srisuwan", "Natthapong Insee", "a 67-year-old retired teacher from Pak Kret", "Chao Phraya Commercial Bank", "Orawan Thepsiri"
KT, AN = "Kittipong Wattanasiri", "Anurak Chaiyaphum"
a.quote(T, "They did not need guns")
a.quote(T, "They only needed a phone, a uniform on a video call and your fear.")
a.quote(N, "The neighbours thought it was a gambling den. It was worse than a gambling den.")
a.quote(VT, "The man on the video call wore a uniform and showed me a warrant with my name on it. He said, 'If you hang up, you will be arrested tonight,' and I believed him")
a.quote(BK, "frozen every account identified by police")
a.quote(BK, "contact each affected customer within seven days")
a.quote(O, "No real officer will ever ask you to move money to prove your innocence.")
a.quote(T, "We will follow the money wherever it went")
a.quote(T, "Some of it we will get back. I will not promise the victims all of it, because that would be a lie.")
# fact
a.q("How many people were arrested?", "fact", ["NONTHABURI:"], [("Fourteen suspects.", "NONTHABURI:")])
a.q("How many victims did the gang cheat?", "fact", ["NONTHABURI:"], [("Two hundred and sixty or more.", "NONTHABURI:")])
a.q("How much did the gang take from victims?", "fact", ["NONTHABURI:"], [("Upwards of ninety-six million baht.", "NONTHABURI:")])
a.q("How much cash and gold did police seize?", "fact", ["The suspects were arrested in raids"], [("Thirty-one million baht.", "The suspects were arrested in raids")])
a.q("How many mobile phones were seized?", "fact", ["The suspects were arrested in raids"], [("Eighty-eight handsets.", "The suspects were arrested in raids")])
a.q("How long had the gang operated?", "fact", ["Pol Lt Gen Thanakorn Srisuwan, commissioner"], [("A year and a half or more.", "Pol Lt Gen Thanakorn Srisuwan, commissioner")])
a.q("How old is the alleged ringleader?", "fact", ["The alleged ringleader"], [("Thirty-four.", "The alleged ringleader")])
a.q("How much did the retired teacher lose?", "fact", ["One victim, a 67-year-old"], [("Two point three million baht, her whole nest egg.", "One victim, a 67-year-old")])
a.q("How many of the victims were over 60?", "fact", ["118 of the victims"], [("A hundred and eighteen.", "118 of the victims")])
a.q("What is the police hotline number?", "fact", ["1441"], [("It is 1441.", "1441")])
# paraphrase
a.q("What did the fraudsters claim about people's money?", "paraphrase", ["safe account"], [("That it was tied to narcotics.", "safe account")])
a.q("How many of the criminals' accounts were at one lender?", "paraphrase", ["Chao Phraya Commercial Bank, where"], [("Sixty-one.", "Chao Phraya Commercial Bank, where")])
a.q("What was the biggest amount any single person lost?", "paraphrase", ["118 of the victims"], [("Eleven and a half million baht, from a northern trader.", "118 of the victims")])
a.q("What crimes do the accused face?", "paraphrase", ["The suspects face charges"], [("Cheating, laundering and belonging to an international syndicate.", "The suspects face charges")])
a.q("How long does the lender delay big payments to unfamiliar payees?", "paraphrase", ["Since March"], [("A full day.", "Since March")])
# who
a.q("What did Thanakorn Srisuwan say?", "who", ["Pol Lt Gen Thanakorn Srisuwan, commissioner", "They did not need guns", "tracing another 40 million", "We will follow the money"], [
    ("He told reporters the ring had been active for a year and a half or more.", "Pol Lt Gen Thanakorn Srisuwan, commissioner"),
    ("He said the fraudsters used intimidation and a phone, not weapons.", "They did not need guns"),
    ("He said officers are chasing a further forty million baht sent overseas via digital currency platforms.", "tracing another 40 million"),
    ("He vowed to pursue the funds but warned that victims would not recover everything.", "We will follow the money")])
a.q("What did Natthapong Insee say?", "who", ["Pol Col Natthapong Insee", "gambling den. It was worse"], [
    ("He said his team had kept the house under surveillance for 21 days after complaints about night-time visitors.", "Pol Col Natthapong Insee"),
    ("He said locals suspected illegal betting, but the reality was more serious.", "gambling den. It was worse")])
a.q("What did Orawan Thepsiri say?", "who", ["Khun Orawan Thepsiri", "Since March"], [
    ("She urged clients to remember that genuine officials never demand transfers to clear their name.", "Khun Orawan Thepsiri"),
    ("She said a day-long hold on large payments to unfamiliar payees had blocked over a thousand scams.", "Since March")])
a.q(f"What did {BK} say?", "who", ["Chao Phraya Commercial Bank, where"], [("It said it had blocked all flagged accounts and would reach out to every victim within a week.", "Chao Phraya Commercial Bank, where")])
a.q("What did Kittipong Wattanasiri say?", "who", ["Pol Maj Kittipong"], [("He said nine in fourteen had been hired via web adverts for well-paid home work.", "Pol Maj Kittipong")])
a.q("What did Anurak Chaiyaphum do?", "who", ["The alleged ringleader"], [("He was detained at a Bangkok flat and rejects every accusation.", "The alleged ringleader")])
# role
a.q("Who is the commissioner of the Cyber Crime Investigation Bureau?", "role", ["Pol Lt Gen Thanakorn Srisuwan, commissioner"], [("Thanakorn, a police lieutenant general.", "Pol Lt Gen Thanakorn Srisuwan, commissioner")])
a.q("Who is the superintendent of Bang Yai police station?", "role", ["Pol Col Natthapong Insee"], [("Natthapong, a colonel.", "Pol Col Natthapong Insee")])
a.q("Who is the bank's head of fraud prevention?", "role", ["Khun Orawan Thepsiri"], [("Thepsiri, a banker.", "Khun Orawan Thepsiri")])
a.q("Who is the case investigator?", "role", ["Pol Maj Kittipong"], [("Kittipong, a major known as Tong.", "Pol Maj Kittipong")])
a.q("Who is the alleged ringleader?", "role", ["The alleged ringleader"], [("Anurak, a 34-year-old.", "The alleged ringleader")])
a.q("Who is the victim quoted in the story?", "role", ["One victim, a 67-year-old"], [("A pensioner who used to teach.", "One victim, a 67-year-old")])
# misspelled
a.q("What did Thanakorn Srisuwon say?", "misspelled", ["Pol Lt Gen Thanakorn Srisuwan, commissioner", "They did not need guns", "tracing another 40 million", "We will follow the money"])
a.q("What did Natthapong Insie say?", "misspelled", ["Pol Col Natthapong Insee", "gambling den. It was worse"])
a.q("What did Orawan Thepsirri say?", "misspelled", ["Khun Orawan Thepsiri", "Since March"])
a.q("What did Chao Phraya Comercial Bank say?", "misspelled", ["Chao Phraya Commercial Bank, where"])
a.q("What did Kittipong Wattanasri say?", "misspelled", ["Pol Maj Kittipong"])
for t in ["How many victims have got their money back?",
          "When will the 14 suspects appear in court?",
          "How much money did the alleged ringleader keep for himself?",
          "How many of the suspects are foreigners?",
          "What is the name of the retired teacher from Pak Kret?",
          "Which crypto exchanges were used to move the money abroad?",
          "How much money has Chao Phraya Commercial Bank refunded to customers?",
          "How many calls did the gang make each day?",
          "How many police officers took part in the raids?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "NONTHABURI:"], facts=["call-centre gang", "14 people"])
a.q("tl;dr", "overview", [1, "NONTHABURI:", "The suspects were arrested in raids"], facts=["96 million baht", "Nonthaburi"])
a.q("Give me the key facts", "overview", ["NONTHABURI:", "The suspects were arrested in raids", "Pol Lt Gen Thanakorn Srisuwan, commissioner"], facts=["260 victims", "31 million baht", "18 months"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person(T, ["Pol Lt Gen", "Police Lieutenant General", "commissioner of the Cyber Crime Investigation Bureau", "CCIB commissioner"], True, ["Pol Lt Gen Thanakorn Srisuwan", "Pol Lt Gen Thanakorn", "Police Lieutenant General Thanakorn Srisuwan", "Commissioner Thanakorn Srisuwan", "Lt Gen Thanakorn", "Thanakorn", "Srisuwan", "the commissioner", "the CCIB commissioner", "Thanakorn Srisuwann", "Thanakon Srisuwan"])
a.person(N, ["Pol Col", "Police Colonel", "superintendent of Bang Yai police station"], True, ["Pol Col Natthapong Insee", "Police Colonel Natthapong Insee", "Superintendent Natthapong Insee", "Pol Col Natthapong", "Natthapong", "Insee", "the superintendent", "the Bang Yai superintendent", "Nattapong Insee", "Natthapong Inse"])
a.person(VT, ["victim", "retired teacher", "anonymous"], True, ["the retired teacher", "the victim from Pak Kret", "the anonymous victim", "the 67-year-old victim", "the Pak Kret teacher"])
a.person(BK, ["bank"], True, ["the bank", "Chao Phraya Bank", "Chao Phraya Commercial", "Chao Praya Commercial Bank", "Chao Phraya Comercial Bank"])
a.person(O, ["Khun", "head of fraud prevention at Chao Phraya Commercial Bank"], True, ["Khun Orawan Thepsiri", "Khun Orawan", "Orawan", "Thepsiri", "the head of fraud prevention", "the fraud prevention head", "the bank's head of fraud prevention", "Orawan Thepsirri", "Orawon Thepsiri"])
a.person(KT, ["Pol Maj", "Police Major", "case investigator"], False, ["Pol Maj Kittipong Wattanasiri", "Police Major Kittipong Wattanasiri", "Pol Maj Kittipong", "Tong", "Kittipong \"Tong\" Wattanasiri", "Kittipong", "Wattanasiri", "the case investigator", "the investigator", "Kittipong Watanasiri", "Kitipong Wattanasiri"])
a.person(AN, ["alleged ringleader", "suspect", "nickname Boy"], False, ["Anurak", "Chaiyaphum", "Boy", "Anurak \"Boy\" Chaiyaphum", "the suspected ringleader", "the alleged ringleader", "the ringleader", "Anurak Chaiyapum", "Anurack Chaiyaphum"])
a.person("Wassana Khemthong", ["reporter"], False, ["Wassana", "Khemthong", "Wassana Khemtong"])
for t, n in [("Police arrested 41 people.", "NONTHABURI:"),
             ("The gang cheated at least 620 victims.", "NONTHABURI:"),
             ("The gang posed as officers of the Anti-Money Laundering Office.", "NONTHABURI:"),
             ("Police seized 13 million baht in cash and gold.", "The suspects were arrested in raids"),
             ("The raids took place on Saturday night.", "The suspects were arrested in raids"),
             ("The gang had operated for at least 18 weeks.", "Pol Lt Gen Thanakorn Srisuwan, commissioner"),
             ("The alleged ringleader, Anurak Chaiyaphum, confessed to the charges.", "The alleged ringleader"),
             ("Officers watched the townhouse for three months.", "Pol Col Natthapong Insee"),
             ("The retired teacher lost 3.2 million baht.", "One victim, a 67-year-old"),
             ("Eleven of the 14 suspects were recruited through online job adverts.", "Pol Maj Kittipong"),
             ("81 of the victims were over 60.", "118 of the victims"),
             ("Sixteen of the mule accounts were opened at Chao Phraya Commercial Bank.", "Chao Phraya Commercial Bank, where"),
             ("The bank holds transfers of more than 50,000 baht for 48 hours.", "Since March"),
             ("Police are tracing another 14 million baht.", "tracing another 40 million")]:
    a.claim(t, n)
a.claim("\"I ran the office but I never spoke to a victim,\" Anurak Chaiyaphum said.", "The alleged ringleader", AN)
a.claim("\"The recruits knew exactly what the job was,\" Pol Maj Kittipong Wattanasiri said.", "Pol Maj Kittipong", KT)
a.claim("\"All the stolen money is still in Thailand,\" Pol Lt Gen Thanakorn Srisuwan said.", "tracing another 40 million", T)
a.claim("\"The bank will refund every victim in full,\" Khun Orawan Thepsiri said.", "Khun Orawan Thepsiri", O)
a.write()
