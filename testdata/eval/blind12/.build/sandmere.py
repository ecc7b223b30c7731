from lib import Gold

g = Gold("sandmere-masters-round-seven")
ARJ, NOD, DANA, AIG = "Arjun Venkataraman", "Nodira Yusupova", "Dana Nurlanova", "Aigerim Nurlanova"
ZEY, OSK, LUK, CHI, KAR = "Zeynep Aydın", "Oskar Lindqvist", "Lukas Brennecke", "Chidinma Adeyemi", "Karim Haddad"
SCC, ONE = "Sandmere Chess Congress", "one player who was at the board when the alarm sounded"

# --- quotations
g.quote(ARJ, "I was lost twice, maybe three times")
g.quote(ARJ, "Nodira played the opening much better than me. After 20 moves I was just trying to reach the time control.")
g.quote(NOD, "I thought it was winning, and it was losing")
g.quote(NOD, "That is chess with 30 seconds a move.")
g.quote(DANA, "Of course not. We arranged it in 2009, when we were six. Our rule is “no wins in the family”, and nobody has broken it yet.")
g.quote(AIG, "Dana gets the white pieces, Dana gets the jokes")
g.quote(AIG, "I get the draw.")
g.quote(ZEY, "It is very embarrassing to need your own book")
g.quote(ZEY, "But it worked, so I will not complain about the author.")
g.quote(OSK, "A draw with Zeynep in an ending like that is not a bad result. It is just a very long one.")
g.quote(LUK, "Two rounds. Anything can happen, and usually does.")
g.quote(CHI, "My coach said, “Play it once, for fun.” I have played it seven times this year and lost only once")
g.quote(KAR, "She played better. That is the whole story")
g.quote(SCC, "caused by a faulty detector in the kitchen, not by any fire")
g.quote(ONE, "some people took their scoresheets and some took their sandwiches")
g.quote(ARJ, "for about an hour, then sleep for ten")

# --- fact (10)
g.q("fact", "How many moves did Venkataraman's win take?", ["71-move win"],
    [("Seventy-one moves were played before Yusupova was beaten.", "71-move win")])
g.q("fact", "How long did the game between Venkataraman and Yusupova last?", ["five hours and 42 minutes"],
    [("Close to five and three-quarter hours.", "five hours and 42 minutes")])
g.q("fact", "What is Venkataraman's score?", ["now has 6/7"],
    [("Six points out of a possible seven, with a pair of rounds left.", "now has 6/7")])
g.q("fact", "After how many moves did the Nurlanova twins agree a draw?", ["agreed a draw after 14 moves"],
    [("Fourteen moves in, the sisters shook hands on a split point.", "agreed a draw after 14 moves")])
g.q("fact", "What are the Nurlanova sisters' ratings?", ["rated 2431"],
    [("Aigerim stands at 2431 and Dana at 2447.", "rated 2431")])
g.q("fact", "How many rating points has Adeyemi gained?", ["gained 41 rating points"],
    [("Forty-one over the seven games so far.", "gained 41 rating points")])
g.q("fact", "How late did round 7 start?", ["35 minutes late"],
    [("Thirty-five minutes behind schedule, because of an alarm.", "35 minutes late")])
g.q("fact", "How big is the prize fund?", ["prize fund of £60,000"],
    [("Sixty thousand pounds in total, twelve thousand of it for the winner.", "prize fund of £60,000")])
g.q("fact", "How many players are taking part?", ["186 players from 31 countries"],
    [("One hundred and eighty-six, from thirty-one nations, a record for the event.", "186 players from 31 countries")])
g.q("fact", "What is the time control?", ["The time control is 90 minutes"],
    [("An hour and a half for forty moves, then half an hour, plus thirty seconds per move throughout.", "The time control is 90 minutes")])

# --- who (6)
g.q("who", "What did Arjun Venkataraman say?", ["I was lost twice", "sleep for ten"],
    [("He admitted he had been in a losing position more than once and that his opponent handled the early phase better.", "I was lost twice"),
     ("He planned a short preparation and a long night's rest.", "sleep for ten")])
g.q("who", "What did Nodira Yusupova say?", ["I thought it was winning"],
    [("She said she believed her rook move won, when in fact it lost, and blamed the shortage of time.", "I thought it was winning")])
g.q("who", "What did Dana Nurlanova say?", ["Of course not. We arranged it"],
    [("She joked that the sisters settled it as children, since they never beat each other.", "Of course not. We arranged it")])
g.q("who", "What did Zeynep Aydın say?", ["said she had spent the morning rereading", "It is very embarrassing"],
    [("She said she reread her own chapter on that very ending in the morning.", "said she had spent the morning rereading"),
     ("She said needing her own book was embarrassing, but it worked.", "It is very embarrassing")])
g.q("who", "What did Chidinma Adeyemi say?", ["My coach said"],
    [("She said her trainer suggested trying the set-up as a joke, and in seven games this year it has been beaten only once.", "My coach said")])
g.q("who", "What did Gulnara Nurlanova do?", ["Their mother and first coach"],
    [("The twins' mother watched from the first row and declined to talk to journalists.", "Their mother and first coach")])

# --- role (6)
g.q("role", "Who is the top seed?", ["the top seed at 2712"],
    [("Lukas Brennecke, rated 2712.", "the top seed at 2712")])
g.q("role", "What did the former Lebanese champion say?", ["a former Lebanese champion"],
    [("Haddad said his opponent simply outplayed him.", "a former Lebanese champion")])
g.q("role", "Who is the chief arbiter?", ["the chief arbiter, Malcolm Pryde"],
    [("Malcolm Pryde, who waived the default rule for the round.", "the chief arbiter, Malcolm Pryde")])
g.q("role", "What did the organisers say about the fire alarm?", ["caused by a faulty detector"],
    [("They blamed a broken kitchen sensor rather than a real fire and said no player lost clock time.", "caused by a faulty detector")])
g.q("role", "Who is the Uzbek champion?", ["the Uzbek champion"],
    [("Nodira Yusupova, who is now on five points.", "the Uzbek champion")])
g.q("role", "What did the player who asked not to be named say?", ["who asked not to be named"],
    [("The evacuation was orderly, though people grabbed either their score sheets or their lunch.", "who asked not to be named")])

# --- paraphrase (5)
g.q("paraphrase", "How did the leader's opponent go wrong?", ["short of time, went wrong", "The critical moment"],
    [("Almost out of time, she misjudged a rook capture on move 39.", "The critical moment")])
g.q("paraphrase", "Did the sisters fix their result beforehand?", ["Of course not. We arranged it"],
    [("Dana joked that they decided it as six-year-olds, since they never beat each other.", "Of course not. We arranged it")])
g.q("paraphrase", "What did the author do before her game?", ["said she had spent the morning rereading"],
    [("She reread a chapter of her own book about exactly that kind of endgame.", "said she had spent the morning rereading")])
g.q("paraphrase", "Why can online viewers not follow the moves as they happen?", ["15-minute delay"],
    [("Broadcasts lag by a quarter of an hour to stop cheating.", "15-minute delay")])
g.q("paraphrase", "What does the teenager still need?", ["needs one more win"],
    [("One more victory over an opponent rated at least 2500 would give her the norm.", "needs one more win")])

# --- misspelled (5)
for wrong, right in [("Arjun Venkatraman", ARJ), ("Nodira Yusupva", NOD), ("Dana Nurlanowa", DANA),
                     ("Zeynep Aydin", ZEY), ("Chidinma Adeyemmi", CHI)]:
    g.q("misspelled", f"What did {wrong} say?", gold=g.who_gold(f"What did {right} say?"))

# --- unanswerable (9)
for text in ["What did Gulnara Nurlanova say about the twins' draw?",
             "What did Tomasz Wróbel say after his loss?",
             "How much prize money does second place win?",
             "Who won the Sandmere Masters last year?",
             "How many copies of The Patient Rook have been sold?",
             "Which opening did Venkataraman play against Yusupova?",
             "Who is Chidinma Adeyemi's coach?",
             "How much does a spectator ticket for the Sandmere Masters cost?",
             "When was the Sandmere Pavilion built?"]:
    g.q("unanswerable", text)

# --- overview, speakers, headline
g.q("overview", "What is this article about?", ["grinds down Yusupova", "took the sole lead"], facts=["sole lead", "Sandmere Masters"])
g.q("overview", "tl;dr", ["grinds down Yusupova", "took the sole lead", "agreed a draw after 14 moves"], facts=["6/7", "agreed a draw after 14 moves"])
g.q("overview", "Give me the key facts", ["took the sole lead", "a full point behind the leader", "the top seed at 2712"], facts=["71-move win", "a full point behind the leader", "reach 5½"])
g.speakers_question()
g.q("headline", "What's the headline?", gold=[1])

# --- people
g.person(ARJ, ["GM", "seeded second at 2694", "tournament leader", "won the event in 2022"], ["Venkataraman", "GM Arjun Venkataraman", "Arjun", "the leader", "Arjun Venkatraman", "Arjun Venkataram"])
g.person(NOD, ["GM", "Uzbek champion"], ["Yusupova", "Nodira", "the Uzbek champion", "Nodira Yusupva", "Nodira Yusopova"])
g.person(AIG, ["WGM", "rated 2431", "Dana Nurlanova's twin sister"], ["Aigerim", "WGM Aigerim Nurlanova", "A. Nurlanova", "Aigerim Nurlanva"])
g.person(DANA, ["IM", "rated 2447", "Aigerim Nurlanova's twin sister"], ["Dana", "IM Dana Nurlanova", "D. Nurlanova", "Dana Nurlanowa"])
g.person("Gulnara Nurlanova", ["mother and first coach of the twins"], ["Gulnara", "the twins' mother", "Gulnara Nurlanva"])
g.person(ZEY, ["IM", "rated 2488", "author of The Patient Rook"], ["Aydın", "Zeynep", "IM Aydın", "Zeynep Aydin", "the author of The Patient Rook"])
g.person(OSK, ["GM"], ["Lindqvist", "Oskar", "Oskar Lindquist", "Oscar Lindqvist"])
g.person(LUK, ["GM", "top seed at 2712"], ["Brennecke", "the top seed", "Lukas Brenecke", "Lucas Brennecke"])
g.person("Tomasz Wróbel", ["FM", "Polish junior champion"], ["Wróbel", "the Polish junior champion", "Tomasz Wrobel"])
g.person(CHI, ["FM", "17-year-old", "first appearance in the Masters"], ["Adeyemi", "Chidinma", "FM Adeyemi", "Chidinma Adeyemmi", "Chidimma Adeyemi"])
g.person(KAR, ["GM", "former Lebanese champion"], ["Haddad", "the former Lebanese champion", "Karim Hadad"])
g.person(SCC, ["organisers"], ["the organisers", "the congress", "Sandmere Chess Congres"])
g.person("Malcolm Pryde", ["chief arbiter"], ["Pryde", "the chief arbiter", "Malcolm Pride"])
g.person(ONE, ["player", "asked not to be named", "unnamed"], ["the unnamed player", "the player who asked not to be named"])
g.person("Philippa Crane", ["byline"], ["Crane", "the reporter", "Phillipa Crane"])

# --- claims (14) and invented quotations (4)
for text, near in [
    ("Venkataraman beat Yusupova in 17 moves.", "71-move win"),
    ("Venkataraman is seeded first at 2694.", "seeded second at 2694"),
    ("Yusupova went wrong on move 93.", "went wrong on move 39"),
    ("Yusupova is on 5½/7, half a point behind the leader.", "a full point behind the leader"),
    ("The Nurlanova twins agreed a draw after 41 moves.", "agreed a draw after 14 moves"),
    ("Aigerim Nurlanova is rated higher than her sister.", "rated 2431"),
    ("Gulnara Nurlanova is the twins' aunt.", "Their mother and first coach"),
    ("Aydın's book was published in German in March.", "The Patient Rook"),
    ("Brennecke is the top seed at 2721.", "the top seed at 2712"),
    ("Adeyemi beat Haddad with the King's Indian Defence.", "Hippopotamus"),
    ("Round 7 started 53 minutes late.", "35 minutes late"),
    ("The Masters has a prize fund of £16,000.", "prize fund of £60,000"),
    ("The Masters has attracted 186 players from 13 countries.", "186 players from 31 countries"),
    ("Games are broadcast live without any delay.", "15-minute delay"),
]:
    g.claim(text, near)
g.invented("‘The girls have never agreed a draw with each other before,’ said Gulnara Nurlanova.", "Their mother and first coach", "Gulnara Nurlanova")
g.invented("‘I was winning from the opening,’ Venkataraman said.", "I was lost twice", ARJ)
g.invented("‘The pairings were unfair to me,’ said Tomasz Wróbel.", "the top seed at 2712", "Tomasz Wróbel")
g.invented("The organisers said the alarm had been ‘a deliberate attempt to disrupt the round’.", "caused by a faulty detector", SCC)
g.write()
