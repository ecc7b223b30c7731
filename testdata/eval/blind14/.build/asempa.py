from lib import Article
a = Article("asempa-cocoa-union")
P3, P4, P5, P6, P7, P8 = "(ACFCU)", "last Tuesday, 24th November", "Chief Executive Officer (CEO)", "For years our farmers", "According to him", "We did the arithmetic"
P9, P10, P11, P12, P13, P14 = "small but honest money", "According to her", "GH¢4.6 million loan", "fully performing", "Speaking at the signing", "Traceability is not a slogan"
P15, P16, P17, P18, P19, P20, P21, P22 = "Farm-to-Bag", "paramount chief", "The galamsey boys", "pleaded anonymity", "Darko-Appiah", "120 solar dryers", "Asked how the union would cope", "2025/26 season"
CLERK = "a purchasing clerk with one of the licensed buying companies in the area"
a.quote("Kwabena Owusu Mensah", "For years our farmers produced the best beans in this country and somebody else collected the premium. This time the money comes home")
a.quote("Kwabena Owusu Mensah", "We did the arithmetic with the farmers themselves, village by village. Nobody will be told later that the money finished")
a.quote("Abena Mensah", "small but honest money")
a.quote("Abena Mensah", "Some of us sold on credit and collected nothing. A woman cannot feed children with 'next week'")
a.quote("Sika Rural Bank PLC", "fully performing")
a.quote("Sika Rural Bank PLC", "prepared to support the next phase")
a.quote("Aminata Koné", "Traceability is not a slogan for us. Every bag must be traced to a farm that is not inside a forest reserve, and the day we cannot trace it, the premium stops.")
a.quote("Akwasi Boateng II", "The galamsey boys are buying cocoa farms for cash and turning them into pits. If we do not protect the land, there will be no beans to export")
a.quote(CLERK, "will take the best beans out of our hands")
a.quote("Kwabena Owusu Mensah", "Then we will still be selling the same good beans, to a buyer who already knows us. That is the point of a direct contract.")
# fact
a.q("How many tonnes did the union sell to the Swiss buyer?", "fact", [P3], [("Twelve hundred metric tons of certified cocoa.", P3)])
a.q("What premium is the buyer paying?", "fact", [P3], [("Three hundred and fifty dollars on every ton over the official rate.", P3)])
a.q("When was the deal signed?", "fact", [P4], [("On the twenty-fourth of November, a Tuesday, in the capital.", P4)])
a.q("How many member farmers does the union have?", "fact", [P5], [("Just under three thousand nine hundred growers across forty-six villages.", P5)])
a.q("How much bonus will farmers get per bag?", "fact", [1, P7], [("Eighteen cedis on each sixty-four-kilo sack.", P7)])
a.q("How big is the bank loan?", "fact", [P11], [("Four point six million cedis.", P11)])
a.q("When was the warehouse commissioned?", "fact", [P11], [("It opened in the eighth month.", P11)])
a.q("When was the Farm-to-Bag programme launched?", "fact", [P15], [("Two years ago, in 2024.", P15)])
a.q("When will the first shipment leave?", "fact", [P20], [("Early-to-mid January 2027, from the western harbour.", P20)])
a.q("How much cocoa did members produce in 2025/26?", "fact", [P22], [("Roughly four thousand one hundred tons, a rise of eight hundred.", P22)])
# who
a.q("What did Kwabena Owusu Mensah say?", "who", [P5, P6, P7, P8, P20, P21], [
    ("He said the extra money will go straight to the growers.", P5),
    ("He said others used to pocket the reward for the growers' top-quality crop, and now it will stay with them.", P6),
    ("He said each grower gets eighteen cedis extra per sack until the end of the first quarter.", P7),
    ("He said the sums were worked out jointly with growers in each community so nobody is short-changed later.", P8),
    ("He said the union will fund drying equipment powered by the sun and ship the first consignment early next year.", P20),
    ("He argued that even in a slump they keep a loyal customer for quality produce, which is the whole benefit of dealing without middlemen.", P21)])
a.q("What did Abena Mensah say?", "who", [P9, P10], [
    ("She called the payment modest yet fair.", P9),
    ("She said female growers were kept waiting a long time for payment, and some received none at all, since promises cannot nourish a household.", P10)])
a.q("What did Aminata Koné say?", "who", [P13, P14], [
    ("She said her firm sampled the co-operative's cocoa over a couple of harvests before signing.", P13),
    ("She warned that every sack must come from land outside protected woodland, or the extra payment ends.", P14)])
a.q("What did Akwasi Boateng II say?", "who", [P16, P17], [
    ("He welcomed the deal but raised the alarm about unlicensed gold digging by the river.", P16),
    ("He said young miners are purchasing plantations and digging them up, and without protection nothing will be left to sell abroad.", P17)])
a.q("What did Yaw Darko-Appiah do?", "who", [P19], [("He promised to take the threat from illegal digging to the national assembly but gave no interviews.", P19)])
a.q("What did Sika Rural Bank say?", "who", [P12], [("The lender said repayments were on track and it was ready to back further expansion.", P12)])
# role
a.q("Who is the union's CEO?", "role", [P5], [("Kwabena Mensah runs the co-operative.", P5)])
a.q("Who leads the union's women's wing?", "role", [P9], [("Abena Mensah, a grower unrelated to the boss.", P9)])
a.q("Who is the paramount chief of the Asempa Traditional Area?", "role", [P16], [("Nana Boateng, the local king.", P16)])
a.q("Who heads sourcing for West Africa at Chocolaterie Lémanique?", "role", [P13], [("The buyer's regional procurement chief is Aminata Koné.", P13)])
a.q("Who is the MP for Asempa North?", "role", [P19], [("Darko-Appiah sits for the constituency.", P19)])
a.q("Who spoke anonymously for a licensed buying company?", "role", [P18], [("A buying clerk who would not give a name.", P18)])
# paraphrase
a.q("Who lent the money for the new storehouse?", "paraphrase", [P11], [("A rural lender, Sika.", P11)])
a.q("What share of the co-op's plots belong to women?", "paraphrase", [P10], [("Roughly one in three.", P10)])
a.q("How long has the co-op existed?", "paraphrase", [P4], [("Fourteen years.", P4)])
a.q("What must each sack be linked to?", "paraphrase", [P14], [("A plot outside any protected woodland.", P14)])
a.q("How will farms be located and sacks marked?", "paraphrase", [P15], [("With satellite positioning handsets and a printed label on each sack.", P15)])
# misspelled
a.q("What did Kwabena Owusu Mensha say?", "misspelled", [P5, P6, P7, P8, P20, P21])
a.q("What did Abena Menssah say?", "misspelled", [P9, P10])
a.q("What did Aminata Kone say?", "misspelled", [P13, P14])
a.q("What did Akwasi Boatang say?", "misspelled", [P16, P17])
a.q("What did Yaw Darko-Apiah do?", "misspelled", [P19])
for t in ["How much will the 120 solar dryers cost?",
          "What is the interest rate on the Sika Rural Bank loan?",
          "How many tonnes did the union sell through licensed buying companies last season?",
          "What is the regulated farm-gate price per bag?",
          "How many cocoa farms have galamsey operators bought?",
          "When will Hon. Yaw Darko-Appiah raise the mining threat in Parliament?",
          "How many staff could the smaller LBCs lay off?",
          "What is Mr. Kwabena Owusu Mensah's salary as CEO?",
          "Which other buyers did the union talk to before choosing Chocolaterie Lémanique?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, P3], facts=["first direct export contract", "1,200 tonnes"])
a.q("tl;dr", "overview", [1, P3, P7], facts=["US$350 per tonne", "GH¢18"])
a.q("Give me the key facts", "overview", [P3, P4, P5, P11], facts=["24th November, 2026", "3,870 member farmers", "GH¢4.6 million loan"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person("Kwabena Owusu Mensah", ["Chief Executive Officer (CEO) of the union", "Mr."], True, ["Mr. Kwabena Owusu Mensah", "Mr. Mensah", "Kwabena Mensah", "Kwabena", "Owusu Mensah", "the CEO", "the chief executive officer", "Kwabena Owusu Menssah", "Kwabina Owusu Mensah"])
a.person("Abena Mensah", ["leader of the union's women's wing", "Mrs.", "farmer at Kwaku-Dwira"], True, ["Mrs. Abena Mensah", "Mrs. Mensah", "Abena", "the women's wing leader", "Abena Mensha", "Abina Mensah"])
a.person("Aminata Koné", ["Head of Sourcing for West Africa at Chocolaterie Lémanique", "Madam"], True, ["Madam Aminata Koné", "Madam Koné", "Koné", "Aminata", "Aminata Kone", "Kone", "the head of sourcing", "Aminatta Koné", "Aminata Konee"])
a.person("Akwasi Boateng II", ["paramount chief of the Asempa Traditional Area", "Nana"], True, ["Nana Akwasi Boateng II", "Nana Boateng", "Akwasi Boateng", "Boateng", "the paramount chief", "the chief", "Akwase Boateng", "Nana Akwasi Boatang"])
a.person(CLERK, ["purchasing clerk with a licensed buying company", "unnamed source"], True, ["the purchasing clerk", "the clerk"])
a.person("Sika Rural Bank PLC", ["lender of the GH¢4.6 million loan"], True, ["Sika Rural Bank", "the bank", "Sika Rural Bnk", "Sika Rurall Bank"])
a.person("Yaw Darko-Appiah", ["Member of Parliament for Asempa North", "Hon."], False, ["Hon. Yaw Darko-Appiah", "Darko-Appiah", "Yaw", "the MP", "the Member of Parliament", "Yaw Darko-Apiah", "Yaw Darco-Appiah"])
a.person("Kofi Ansah-Larbi", ["B&FT Correspondent"], False, ["Ansah-Larbi", "Kofi", "the correspondent", "Kofi Ansa-Larbi"])
a.person("Asempa Cocoa Farmers' Co-operative Union", ["cocoa co-operative with 3,870 member farmers"], False, ["ACFCU", "the union", "Asempa Cocoa Farmers' Cooperative Union"])
a.person("Chocolaterie Lémanique SA", ["Swiss chocolate maker buying the beans"], False, ["Chocolaterie Lémanique", "Chocolaterie Lemanique", "the chocolate maker", "the buyer", "Chocolaterie Lemaniqe"])
for t, n in [("The union sold 2,100 tonnes of beans to Chocolaterie Lémanique.", P3),
             ("The premium is US$530 per tonne above the regulated price.", P3),
             ("The deal was signed in Kumasi.", P4),
             ("The union has 8,370 member farmers.", P5),
             ("Each member will receive a bonus of GH¢80 per bag.", P7),
             ("Abena Mensah is the CEO's wife.", P9),
             ("Women own about half of the union's farms.", P10),
             ("The loan for the warehouse came from Chocolaterie Lémanique.", P11),
             ("The new warehouse holds 5,200 tonnes.", P11),
             ("The bank said the loan was in arrears.", P12),
             ("Chocolaterie Lémanique tested the union's beans for five seasons.", P13),
             ("Nana Akwasi Boateng II opposed the export contract.", P16),
             ("Hon. Yaw Darko-Appiah told journalists he would ban galamsey in the area.", P19),
             ("The first shipment of 3,000 tonnes left Takoradi in December.", P20)]:
    a.claim(t, n)
a.claim('Hon. Yaw Darko-Appiah said: "Parliament will stop the galamsey boys this year."', P19, "Yaw Darko-Appiah")
a.claim('Chocolaterie Lémanique SA said the union grows "the finest cocoa in West Africa".', P13, "Chocolaterie Lémanique SA")
a.claim('"The CEO has finally listened to the women," Mrs. Abena Mensah said.', P9, "Abena Mensah")
a.claim('Sika Rural Bank PLC said it would "write off the loan if the world price falls".', P12, "Sika Rural Bank PLC")
a.write()
