"""Gold for jacaranda-fc-closed-doors (blind15)."""
from lib import Article
a = Article("jacaranda-fc-closed-doors")
JFC, AVF, AP, MV, FV, ANON = "Jacarandá Futebol Clube", "Antônio Carlos Vasconcelos Filho", "Adílson Prates", "Márcia Vasconcelos", "Fúria Verde", "one player"
ST = "repudiates in the strongest"
a.quote(JFC, "Jacarandá Futebol Clube repudiates in the strongest terms the cowardly attack suffered by our delegation. Violence has no place in football and those responsible do not represent the Jacarandá nation.")
a.quote(JFC, "The club will hand all images from its cameras to the police and will ask for the lifetime exclusion of anyone identified. Out of respect for our athletes, the next two matches will be played without fans.")
a.quote(AVF, "would not put one more player on that bus")
a.quote(AVF, "I was a fan before I was a president. The people who threw those stones were not fans, they were criminals wearing our shirt")
a.quote(AP, "They are frightened")
a.quote(AP, "But they are professionals, and on Sunday they will play for the people who did not throw anything.")
a.quote(ANON, "were lying on the floor of the bus and crying")
a.quote(MV, "We will not make that mistake twice")
a.quote(MV, "From now on the escort goes to the door of the training centre.")
a.quote(FV, "condemns any aggression against the players")
# fact
a.q("How many home matches will be played without spectators?", "fact", ["PORTO TAPAJÓ"], [("The final pair of fixtures at its own ground.", "PORTO TAPAJÓ")])
a.q("How many stitches did Caíque need?", "fact", ["six stitches"], [("Half a dozen, over one eyebrow.", "six stitches")])
a.q("What was the score of the match against Atlético Curuá?", "fact", ["lost 3-1"], [("A two-goal defeat, one to three.", "lost 3-1")])
a.q("How far from the stadium was the bus attacked?", "fact", ["lost 3-1"], [("Less than a kilometre away from the ground.", "lost 3-1")])
a.q("How many tickets had been sold for the match against Remanso?", "fact", ["6,150 tickets"], [("Just over six thousand.", "6,150 tickets")])
a.q("How much will the club lose in ticket sales?", "fact", ["R$310,000"], [("Roughly three hundred and ten thousand reais.", "R$310,000")])
a.q("How many times was Caíque's photograph shared?", "fact", ["40,000 times"], [("Over forty thousand by the evening after.", "40,000 times")])
a.q("How many men have been detained?", "fact", ["aged 19 and 23"], [("Two, one nineteen and one twenty-three years old.", "aged 19 and 23")])
a.q("How much could the FTF fine the club?", "fact", ["R$50,000"], [("As much as fifty thousand reais, roughly nine thousand three hundred dollars.", "R$50,000")])
a.q("When was Jacarandá promoted to the second division?", "fact", ["promoted to the second"], [("In 2023; it has never reached the elite league.", "promoted to the second")])
# paraphrase
a.q("Who got medical treatment after the ambush?", "paraphrase", ["six stitches"], [("Three footballers and the equipment manager.", "six stitches")])
a.q("Where was the vehicle targeted?", "paraphrase", ["lost 3-1"], [("On a street under a kilometre from the municipal ground.", "lost 3-1")])
a.q("How big are the usual gates?", "paraphrase", ["6,150 tickets"], [("Roughly eight and a half thousand people.", "6,150 tickets")])
a.q("Who is in charge of the officers guarding the ground?", "paraphrase", ["Major Márcia Vasconcelos, who"], [("The military officer Márcia, who shares the president's family name.", "Major Márcia Vasconcelos, who")])
a.q("What penalty might the league body impose?", "paraphrase", ["R$50,000"], [("Disciplinary action and a financial sanction of as much as fifty thousand reais.", "R$50,000")])
# who
a.q("What did Antônio Carlos Vasconcelos Filho say?", "who", ["R$310,000", "I was a fan"], [("He said the closure will cost the club about three hundred thousand reais and the squad stays off the vehicle until safety is assured.", "R$310,000"), ("He said he supported the team before he ran it, and that the attackers were thugs in club colours.", "I was a fan")])
a.q("What did Adílson Prates say?", "who", ["known to players as", "They are frightened"], [("He said the players chose to carry on practising.", "known to players as"), ("He said his men are scared but will perform on the weekend for supporters who behaved.", "They are frightened")])
a.q("What did Márcia Vasconcelos say?", "who", ["Major Márcia Vasconcelos, who", "make that mistake"], [("She said the police protection covered only the trip to the stadium, not the journey back.", "Major Márcia Vasconcelos, who"), ("She said the error will not be repeated and officers will now accompany the team right to its base.", "make that mistake")])
a.q("What did Jacarandá Futebol Clube say?", "who", ["PORTO TAPAJÓ", "six stitches", "In the statement, posted", ST, "The club will hand"], [("It announced the remaining pair of fixtures at its ground would have empty stands.", "PORTO TAPAJÓ"), ("It said four people needed medical care, and its forward needed half a dozen sutures.", "six stitches"), ("It condemned the assault on its squad as cowardly and said attackers don't speak for its supporters.", ST), ("It will pass its camera footage to officers, seek bans for life and close the stands for two fixtures.", "The club will hand")])
a.q("What did Fúria Verde say?", "who", ["organised supporters' group"], [("The fans' group denied any member took part and said it opposes violence toward the squad.", "organised supporters' group")])
a.q("What did Heitor Bragança do?", "who", ["Heitor Bragança"], [("He sought extra officers for the remaining fixtures from regional authorities.", "Heitor Bragança")])
# role
a.q("Who is the president of Jacarandá?", "role", ["Club president"], [("Antônio Carlos runs it.", "Club president")])
a.q("Who is the club's coach?", "role", ["Coach Adílson"], [("Prates, nicknamed after a teacher.", "Coach Adílson")])
a.q("Who commands the police battalion at the stadium?", "role", ["Major Márcia Vasconcelos, who"], [("Márcia, a major.", "Major Márcia Vasconcelos, who")])
a.q("Who is the president of the FTF?", "role", ["Heitor Bragança"], [("Bragança leads the regional body.", "Heitor Bragança")])
a.q("Who is the striker who was injured?", "role", ["six stitches"], [("Caíque, a forward.", "six stitches")])
a.q("Which organised supporters' group has been blamed for the attack?", "role", ["organised supporters' group"], [("Fúria Verde, a fan club.", "organised supporters' group")])
# misspelled
a.q("What did Antonio Carlos Vasconcellos Filho say?", "misspelled", ["R$310,000", "I was a fan"])
a.q("What did Adilson Pratess say?", "misspelled", ["known to players as", "They are frightened"])
a.q("What did Marcia Vasconselos say?", "misspelled", ["Major Márcia Vasconcelos, who", "make that mistake"])
a.q("What did Furia Verdi say?", "misspelled", ["organised supporters' group"])
a.q("What did Jacaranda Futebol Clube say?", "misspelled", ["PORTO TAPAJÓ", "six stitches", "In the statement, posted", ST, "The club will hand"])
# unanswerable
for t in ["How much does a ticket for Jacarandá's home matches cost?",
          "What is Adílson Prates's salary?",
          "How many fireworks were thrown at the team bus?",
          "When will Caíque play again?",
          "What are the names of the two men detained?",
          "How many spectators attended the 3-1 defeat against Atlético Curuá?",
          "Who was driving the team bus?",
          "When will the state government decide on more police for the last two rounds?",
          "What is the name of the club's kit man?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "PORTO TAPAJÓ"], facts=["without spectators", "team bus"])
a.q("tl;dr", "overview", [1, "PORTO TAPAJÓ", "six stitches"], facts=["stones and fireworks", "six stitches"])
a.q("Give me the key facts", "overview", ["PORTO TAPAJÓ", "six stitches", "lost 3-1"], facts=["Dec 1", "3-1", "800 metres"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(JFC, ["Brazilian second-division club"], True, ["Jacarandá", "Jacaranda", "Jacaranda Futebol Clube", "the club", "Tubarão do Norte", "Jacarandá Futebol Club", "Jakarandá Futebol Clube"])
a.person("Caíque", ["striker"], False, ["Carlos Henrique Barbosa Lins", "Caique", "the striker", "Carlos Henrique", "Barbosa Lins", "Kaíque", "Caíqe"])
a.person(AVF, ["club president", "president of Jacarandá"], True, ["Vasconcelos Filho", "President Vasconcelos Filho", "Antônio Carlos", "Antonio Carlos Vasconcelos Filho", "the club president", "the president of Jacarandá", "Antônio Carlos Vasconcellos Filho", "Antonio Carlos Vasconcelos Fillho"])
a.person(AP, ["coach", "Professor"], True, ["Coach Adílson Prates", "Prates", "Adílson", "Adilson Prates", "the coach", "Adilson Pratess", "Adílsom Prates"])
a.person(MV, ["Major", "commands the police battalion responsible for the stadium"], True, ["Major Márcia Vasconcelos", "Major Márcia", "Márcia", "Marcia Vasconcelos", "Major Vasconcelos", "the major", "the battalion commander", "Marcia Vasconselos", "Márcia Vasconcellos"])
a.person(ANON, ["player", "anonymous"], True, ["the anonymous player", "the player who asked not to be named"])
a.person(FV, ["organised supporters' group"], True, ["Furia Verde", "the supporters' group", "the organised supporters' group", "Fúria Verdi", "Furia Verdee"])
a.person("Heitor Bragança", ["FTF president"], False, ["Bragança", "Braganca", "Heitor", "Heitor Braganca", "the FTF president", "the federation president", "Heitor Braganza", "Hector Bragança"])
a.person("Federação Tapajônica de Futebol", ["regional football federation"], False, ["FTF", "the FTF", "the federation", "the regional football federation", "Federacao Tapajonica de Futebol", "Federação Tapajonica de Futbol"])
# claims
for t, n in [("Jacarandá will play its last four home matches without spectators.", "PORTO TAPAJÓ"),
             ("Supporters attacked the team bus on Saturday night.", "PORTO TAPAJÓ"),
             ("Five players were treated in hospital after the attack.", "six stitches"),
             ("Caíque needed 16 stitches above his left eye.", "six stitches"),
             ("Jacarandá beat Atlético Curuá 3-1 before the attack.", "lost 3-1"),
             ("The bus was attacked 8 kilometres from the stadium.", "lost 3-1"),
             ("The club had sold 16,150 tickets for the match against Remanso.", "6,150 tickets"),
             ("Vasconcelos Filho said the decision would cost the club R$130,000.", "R$310,000"),
             ("The players voted to stop training until the end of the season.", "known to players as"),
             ("Police have detained seven men over the attack.", "aged 19 and 23"),
             ("Major Márcia Vasconcelos is the club president's sister.", "Major Márcia Vasconcelos, who"),
             ("Fúria Verde admitted that some of its members took part.", "organised supporters' group"),
             ("The FTF has fined the club R$50,000.", "R$50,000"),
             ("Jacarandá were promoted to the second division in 2013.", "promoted to the second")]:
    a.claim(t, n)
a.claim('Heitor Bragança said: "Clubs that cannot control their fans will lose points."', "Heitor Bragança", "Heitor Bragança")
a.claim('"I forgive them, but I will not forget," Caíque said.', "40,000 times", "Caíque")
a.claim('"We had no warning of any threat," Major Márcia said.', "Major Márcia Vasconcelos, who", MV)
a.claim('"The coach has offered to resign," Vasconcelos Filho said.', "I was a fan", AVF)
a.write()
