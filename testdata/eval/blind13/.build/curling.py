from lib import Article
a = Article("golden-sheaf-curling-final")
B, T, G = "Brynn Kowalchuk", "Tess Kowalchuk", "Marie-Ève Gauthier"
V, PCA = "one longtime club volunteer", "Prairie Curling Association"

a.quote(B, "I couldn't watch the last one")
a.quote(B, "I was standing at the back of the house telling it to stop, and it listened.")
a.quote(T, "We got outplayed for ten ends and won anyway. I'll take it.")
a.quote(G, "a thousand times in practice")
a.quote(G, "The ice was a little slower at that end all week, and I knew it. I just didn't throw it hard enough")
a.quote(G, "That one's on me, not on the sweepers.")
a.quote(B, "People kept asking if we were the team that couldn't win the big one. I started to believe it, honestly.")
a.quote(B, "So this isn't just a trophy. It's six years of driving to bonspiels in the dark, and my mom keeping the stats on a clipboard.")
a.quote(V, "pebbled that sheet more than any other, and it still ran slow")
a.quote("Anaïs Bélanger", "My grandmother told me 'curling is chess on ice.' I told her it's chess where you also have to sweep")
a.quote(PCA, "the largest crowd since we moved it to Sunday night in 2016")

a.person(B, ["leader of the Wapiti Falls rink", "31", "provincial champion"], True,
         ["Brynn", "Brynn Kowalchuck", "Bryn Kowalchuk"])
a.person(T, ["third", "throws third stones for the rink", "Brynn Kowalchuk's sister"], True,
         ["Tess", "the third", "Tess Kowalchuck", "Tess Kovalchuk"])
a.person("Wendy Kowalchuk", ["coach", "mother of Brynn and Tess Kowalchuk"], False,
         ["Wendy", "the coach", "Wendy Kowalchk"])
a.person(G, ["skip of the Lumsden Creek rink", "provincial champion in 2021 and 2023", "runner-up"], True,
         ["Gauthier", "Marie-Ève", "Marie-Eve Gauthier", "Marie-Ève Gautier"])
a.person("Anaïs Bélanger", ["second"], True,
         ["Bélanger", "Anaïs", "the second", "Anais Belanger", "Anaïs Belanger"])
a.person("Jordyn Pratt", ["lead"], False, ["Pratt", "Jordyn", "the lead", "Jordan Pratt"])
a.person("Gord Fenske", ["chief umpire"], False, ["Fenske", "the chief umpire", "chief umpire Gord Fenske", "Gord Fenski"])
a.person(PCA, ["runs the championship"], True, ["PCA", "the PCA", "Prairie Curling Asociation"])
a.person(V, ["club volunteer", "works on the ice crew", "asked not to be named"], True,
         ["the club volunteer", "the volunteer on the ice crew"])
a.person("Curtis Yablonski", ["byline"], False, ["Yablonski", "Curtis Yablonsky"])

BQ = "I couldn't watch"
# fact
a.q("What was the final score?", "fact", ["7-6"], [("Seven to six, with the last point stolen in an extra end.", "7-6")])
a.q("How many people watched the final?", "fact", ["put at 640"], [("About six hundred and forty spectators, by the host's count.", "put at 640")])
a.q("In which end was the final decided?", "fact", ["in the 11th end"], [("The eleventh, one beyond regulation.", "in the 11th end")])
a.q("How short was Gauthier's last stone?", "fact", ["a foot short"], [("Roughly twelve inches.", "a foot short")])
a.q("What did Brynn Kowalchuk shoot in the final?", "fact", ["shot 88 per cent"], [("She finished at eighty-eight percent.", "shot 88 per cent")])
a.q("Who was the best player on the ice?", "fact", ["Pratt, the lead"], [("The lead, Pratt, at ninety-four percent.", "Pratt, the lead")])
a.q("How much does the winning team receive?", "fact", ["receives $12,000"], [("Twelve thousand dollars plus a spot at the nationals.", "receives $12,000")])
a.q("When is the national women's championship?", "fact", ["Feb. 13 to 21"], [("From the thirteenth to the twenty-first of February, in New Brunswick.", "Feb. 13 to 21")])
a.q("How long did the crowd wait for the measurement?", "fact", ["almost four minutes"], [("Spectators were kept in suspense for nearly four minutes.", "almost four minutes")])
a.q("When did the Kowalchuk rink lose provincial finals?", "fact", ["2022 and 2024"], [("In 2022 and again two years later.", "2022 and 2024")])
# who
a.q("What did Brynn Kowalchuk say?", "who", [BQ, "She said after the game:", "So this isn't just a trophy"],
    [("She could not bear to look at the final throw and, at the rear of the rings, willed it to halt.", BQ),
     ("She admitted she had begun to think her rink always faltered when it mattered most.", "She said after the game:"),
     ("She said the win capped six seasons of night journeys to tournaments, with her mother recording numbers.", "So this isn't just a trophy")])
a.q("What did Tess Kowalchuk say?", "who", ["was more direct"],
    [("She admitted the opponents were better for most of the game but said she would accept the victory.", "was more direct")])
a.q("What did Marie-Ève Gauthier say?", "who", ["a thousand times in practice", "The ice was a little slower"],
    [("She said she had made that exact shot countless times in training.", "a thousand times in practice"),
     ("She said the sheet was sluggish on that side, she under-threw the stone, and the fault was hers, not her sweepers'.", "The ice was a little slower")])
a.q("What did Anaïs Bélanger say?", "who", ["My grandmother told me"],
    [("She said the sport helped her settle in, and joked about her grandmother comparing it to a board game.", "My grandmother told me")])
a.q("What did the Prairie Curling Association say?", "who", ["the largest crowd"],
    [("The organisers said attendance was the biggest since the deciding game switched to a weekend evening slot ten years ago.", "the largest crowd")])
a.q("What did Wendy Kowalchuk do?", "who", ["Their mother, Wendy Kowalchuk", "the Kitchen Table Four"],
    [("Their mom has trained the four since 2020.", "Their mother, Wendy Kowalchuk"),
     ("The squad works out tactics at her kitchen table on the farm.", "the Kitchen Table Four")])
# role
a.q("Who is the chief umpire?", "role", ["chief umpire Gord Fenske"], [("Fenske, who measured to award the opponents a point.", "chief umpire Gord Fenske")])
a.q("Who plays lead for the Kowalchuk rink?", "role", ["lead Jordyn Pratt"], [("That position belongs to Jordyn Pratt.", "lead Jordyn Pratt")])
a.q("Who throws third stones for the winning rink?", "role", ["was more direct"], [("Tess, Brynn's sister.", "was more direct")])
a.q("What did the club volunteer say?", "role", ["One longtime club volunteer"],
    [("A member of the ice team, unnamed, said that sheet was given extra water droplets yet stayed sluggish.", "One longtime club volunteer")])
a.q("Who coaches the Kowalchuk rink?", "role", ["Their mother, Wendy Kowalchuk"], [("Wendy, the players' mom.", "Their mother, Wendy Kowalchuk")])
a.q("What did the losing skip say?", "role", ["a thousand times in practice", "The ice was a little slower"],
    [("She took the blame, saying her stone lacked weight on a sluggish sheet.", "The ice was a little slower")])
# paraphrase
a.q("How did the champions get the decisive point?", "paraphrase", ["in the 11th end", "a foot short"],
    [("Their rival's final throw stopped well before the centre of the rings.", "a foot short")])
a.q("How has the winning skip fared in earlier title games?", "paraphrase", ["2022 and 2024"],
    [("She was beaten in the deciding game twice, two years apart.", "2022 and 2024")])
a.q("Why do people call the team after a piece of furniture?", "paraphrase", ["the Kitchen Table Four"],
    [("Because the players plot their tactics at a table in their mother's farm kitchen.", "the Kitchen Table Four")])
a.q("Where does the province's champion go next?", "paraphrase", ["receives $12,000"],
    [("To the nationals in a New Brunswick city in February.", "receives $12,000")])
a.q("What happens to the beaten finalists now?", "paraphrase", ["Western Canada Cup"],
    [("As second-placed team they will play in a western tournament in January.", "Western Canada Cup")])
# misspelled
a.q("What did Brynn Kowalchuck say?", "misspelled", [BQ, "She said after the game:", "So this isn't just a trophy"])
a.q("What did Tess Kovalchuk say?", "misspelled", ["was more direct"])
a.q("What did Marie-Eve Gautier say?", "misspelled", ["a thousand times in practice", "The ice was a little slower"])
a.q("What did Anais Belanger say?", "misspelled", ["My grandmother told me"])
a.q("What did the Prairie Curling Asociation say?", "misspelled", ["the largest crowd"])
# unanswerable
for t in ["How much did tickets for the Golden Sheaf final cost?",
          "How old is Tess Kowalchuk?",
          "Who won the Golden Sheaf Women's Provincial Championship last year?",
          "What did Wendy Kowalchuk say after the final?",
          "How much prize money does the runner-up receive?",
          "What did Jordyn Pratt say about her 94 per cent?",
          "Where will the Western Canada Cup be played?",
          "What job does Brynn Kowalchuk have off the ice?",
          "How many teams entered the Golden Sheaf championship?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "in the 11th end"], facts=["stole a single in the 11th end", "Golden Sheaf Women's Provincial Championship"])
a.q("tl;dr", "overview", [1, "in the 11th end", "a foot short"], facts=["7-6", "a foot short"])
a.q("Give me the key facts", "overview", ["in the 11th end", "shot 88 per cent", "receives $12,000"], facts=["640", "88 per cent", "$12,000"])
a.speakers_question()
a.q("What's the headline?", "headline", [1])

a.claim("Kowalchuk's rink won the final 8-6.", "7-6")
a.claim("The Wapiti Falls Curling Club put the crowd at 460.", "put at 640")
a.claim("Gauthier's last stone went a foot too far.", "a foot short")
a.claim("Tess Kowalchuk is Brynn Kowalchuk's cousin.", "was more direct")
a.claim("Jordyn Pratt plays second for the rink.", "lead Jordyn Pratt")
a.claim("Wendy Kowalchuk has coached the team since 2010.", "Their mother, Wendy Kowalchuk")
a.claim("Gauthier won the provincial title in 2022 and 2024.", "who won the provincial title")
a.claim("Gauthier scored three in the tenth end to lead 6-5.", "who won the provincial title")
a.claim("Brynn Kowalchuk is 35.", "2022 and 2024")
a.claim("Gauthier shot 88 per cent over the game.", "shot 88 per cent")
a.claim("Chief umpire Gord Fenske's measurement gave Kowalchuk a single in the seventh end.", "chief umpire Gord Fenske")
a.claim("The PCA moved the final to Saturday afternoon in 2016.", "the largest crowd")
a.claim("The winning team receives $21,000.", "receives $12,000")
a.claim("The national women's championship will be held in Wapiti Falls.", "receives $12,000")
a.claim("\"Our daughters have earned every bit of this,\" Wendy Kowalchuk said.", "Their mother, Wendy Kowalchuk", "Wendy Kowalchuk")
a.claim("Gauthier said: \"The umpire cost us the game.\"", "chief umpire Gord Fenske", G)
a.claim("\"I knew it was going to be a great season,\" said Jordyn Pratt.", "Pratt, the lead", "Jordyn Pratt")
a.claim("Chief umpire Gord Fenske said: \"The ice was perfect at both ends.\"", "chief umpire Gord Fenske", "Gord Fenske")
a.write()
