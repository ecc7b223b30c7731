from lib import Article
a = Article("wirrandah-lagoons-water-licence")
R, B, M, L = "Roy Duncan", "Beryl Duncan", "Shaun McGrady", "Wirrandah Local Aboriginal Land Council"
F, SP, RG, H, P = "Mei-Ling Foster", "a spokesperson for the minister", "one of the land council's rangers", "Daniel Hartigan", "Graham Pietsch"
a.quote(R, "When I was a boy we swam in Mulla Lagoon and ate the fish out of it")
a.quote(R, "My grandkids have only ever seen it as cracked mud.")
a.quote(R, "Water is not a gift to us. It was always ours to look after, and now we can look after it again.")
a.quote(B, "proof that the old people were right to keep asking")
a.quote(M, "We have the licence but we don't have the pipe yet")
a.quote(M, "That's the next fight, and it's a fight about money, not about rights.")
a.quote(L, "recognises that Aboriginal people are water managers, not just water users")
a.quote(B, "They are our neighbours. Their kids and our kids play footy together")
a.quote(B, "Nobody is taking a drop from anyone's tap.")
a.quote(SP, "balances cultural flows with the needs of every licence holder on the river")
a.quote(F, "Give them water for three springs")
a.quote(F, "and the birds will find it before we do.")
a.quote(RG, "more ducks on the river this year than in the last ten")
# fact
a.q("How much water can the land council take each year?", "fact", ["has won a licence", "Under the licence"], [("Up to one and a half thousand megalitres annually.", "has won a licence")])
a.q("How many lagoons will be refilled?", "fact", ["has won a licence"], [("A trio of them.", "has won a licence")])
a.q("When did Uncle Roy first ask for water for the lagoons?", "fact", ["Traditional owner Uncle Roy Duncan"], [("In the mid-1990s.", "Traditional owner Uncle Roy Duncan")])
a.q("How old is Uncle Roy Duncan?", "fact", ["Traditional owner Uncle Roy Duncan"], [("Seventy-eight.", "Traditional owner Uncle Roy Duncan")])
a.q("How long was the consultation with irrigators?", "fact", ["Daniel Hartigan"], [("Just over a year.", "Daniel Hartigan")])
a.q("How much will the pipeline and regulator cost?", "fact", ["Shaun McGrady, said"], [("Just under two and a half million dollars.", "Shaun McGrady, said")])
a.q("How much water can be taken in dry years?", "fact", ["Under the licence"], [("Six hundred ML.", "Under the licence")])
a.q("When did the lagoons last hold water?", "fact", ["Ecologist Dr Mei-Ling Foster"], [("In the early 2010s.", "Ecologist Dr Mei-Ling Foster")])
a.q("How many members does the land council have?", "fact", ["412 members"], [("Four hundred and twelve.", "412 members")])
a.q("When is the smoking ceremony?", "fact", ["smoking ceremony"], [("On the morning of Saturday the twelfth.", "smoking ceremony")])
# paraphrase
a.q("After how long will authorities revisit the decision?", "paraphrase", ["A spokesperson for the minister"], [("Half a decade.", "A spokesperson for the minister")])
a.q("How many species of birds once used the wetlands?", "paraphrase", ["Ecologist Dr Mei-Ling Foster"], [("Forty-two kinds.", "Ecologist Dr Mei-Ling Foster")])
a.q("What is the farmers' group weighing up?", "paraphrase", ["Graham Pietsch"], [("Taking the matter to court.", "Graham Pietsch")])
a.q("How long did the river stop running during the drought?", "paraphrase", ["the big dry"], [("Almost a year.", "the big dry")])
a.q("How much territory does the organisation look after?", "paraphrase", ["412 members"], [("Nearly four thousand hectares.", "412 members")])
# who
a.q("What did Roy Duncan say?", "who", ["Traditional owner Uncle Roy Duncan", "When I was a boy", "Water is not a gift"], [
    ("He said he wept on hearing that the bid had succeeded.", "Traditional owner Uncle Roy Duncan"),
    ("He recalled swimming and catching food there as a child; his grandchildren know it only as dried, split earth.", "When I was a boy"),
    ("He said his people have always been its custodians and can care for it once more.", "Water is not a gift")])
a.q("What did Beryl Duncan say?", "who", ["Aunty Beryl Duncan, a founding", "met irrigators four times"], [
    ("She said it vindicated elders who never gave up.", "Aunty Beryl Duncan, a founding"),
    ("She said the council had sat down with farmers on four occasions, that their families are friends, and that no one loses a thing.", "met irrigators four times")])
a.q("What did Shaun McGrady say?", "who", ["Shaun McGrady, said", "We have the licence"], [
    ("He said seasonal releases begin late next year, once new infrastructure worth millions is finished.", "Shaun McGrady, said"),
    ("He said the right is secured but the infrastructure isn't, and the coming battle is over funding.", "We have the licence")])
a.q(f"What did {L} say?", "who", ["recognises that Aboriginal"], [("It said the ruling acknowledges First Nations people as stewards of rivers, and promised a restoration document by the holidays.", "recognises that Aboriginal")])
a.q("What did Mei-Ling Foster say?", "who", ["Ecologist Dr Mei-Ling Foster", "Give them water"], [
    ("She said the wetlands were last full over a decade ago and once hosted dozens of bird species.", "Ecologist Dr Mei-Ling Foster"),
    ("She said birds would return quickly if flows came several seasons running.", "Give them water")])
a.q("What did Daniel Hartigan do?", "who", ["Daniel Hartigan"], [("He signed off on it early in the week, after a long process involving farmers.", "Daniel Hartigan")])
# role
a.q("Who is the chief executive of the land council?", "role", ["Shaun McGrady, said"], [("McGrady, who runs the organisation.", "Shaun McGrady, said")])
a.q("Who is the NSW Water Minister?", "role", ["Daniel Hartigan"], [("Daniel, the water portfolio holder.", "Daniel Hartigan")])
a.q("Who is the ecologist?", "role", ["Ecologist Dr Mei-Ling Foster"], [("Foster, a scientist at a rivers institute.", "Ecologist Dr Mei-Ling Foster")])
a.q("Who chairs the Lower Barwon Irrigators' Association?", "role", ["Graham Pietsch"], [("Pietsch, who farms cotton.", "Graham Pietsch")])
a.q("Who is the traditional owner?", "role", ["Traditional owner Uncle Roy Duncan"], [("Roy, a 78-year-old elder.", "Traditional owner Uncle Roy Duncan")])
a.q("Who is Uncle Roy's sister?", "role", ["Aunty Beryl Duncan, a founding"], [("Beryl, one of the council's original board members.", "Aunty Beryl Duncan, a founding")])
# misspelled
a.q("What did Roy Dunkan say?", "misspelled", ["Traditional owner Uncle Roy Duncan", "When I was a boy", "Water is not a gift"])
a.q("What did Beryl Duncen say?", "misspelled", ["Aunty Beryl Duncan, a founding", "met irrigators four times"])
a.q("What did Shaun McGradey say?", "misspelled", ["Shaun McGrady, said", "We have the licence"])
a.q("What did Mei-Ling Fostor say?", "misspelled", ["Ecologist Dr Mei-Ling Foster", "Give them water"])
a.q("What did Wirrandah Local Aboriginal Land Counsil say?", "misspelled", ["recognises that Aboriginal"])
# unanswerable
for t in ["How many megalitres do the irrigators downstream take each year?",
          "What is Shaun McGrady's salary as chief executive?",
          "When will the Land and Environment Court hear the appeal?",
          "How many waterbirds live at Mulla Lagoon now?",
          "What are the names of the other two lagoons?",
          "How many rangers does the land council employ?",
          "Who will pay for the pipeline and regulator?",
          "How many irrigators were consulted about the licence?",
          "Has the minister accepted the invitation to the smoking ceremony?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, "has won a licence"], facts=["lagoons", "Wirrandah"])
a.q("tl;dr", "overview", [1, "has won a licence", "Daniel Hartigan"], facts=["1,500 megalitres", "Barwon River"])
a.q("Give me the key facts", "overview", ["has won a licence", "Daniel Hartigan", "Traditional owner Uncle Roy Duncan"], facts=["Monday", "Daniel Hartigan", "1996"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(R, ["traditional owner", "Uncle", "elder"], True, ["Uncle Roy Duncan", "Uncle Roy", "Traditional owner Roy Duncan", "Uncle Roy Dunkan", "Roy", "the traditional owner", "Roy Dunkan", "Roy Duncen"])
a.person(B, ["founding director of the land council", "Aunty", "elder", "Uncle Roy's younger sister"], True, ["Aunty Beryl Duncan", "Aunty Beryl", "Director Beryl Duncan", "Beryl", "the founding director", "Uncle Roy's sister", "Beryl Dunkan", "Berryl Duncan"])
a.person(M, ["chief executive of the land council", "CEO"], True, ["McGrady", "Shaun", "the chief executive", "the CEO", "CEO Shaun McGrady", "Chief Executive Shaun McGrady", "Shaun McGradey", "Sean McGrady"])
a.person(L, ["land council", "412 members"], True, ["the land council", "Wirrandah land council", "Wirrandah Aboriginal Land Council", "Wirrandah Local Aboriginal Land Counsil", "Wirandah Local Aboriginal Land Council"])
a.person(SP, ["spokesperson", "minister's office"], True, ["the spokesperson", "the minister's spokesperson"])
a.person(F, ["ecologist", "Dr", "Inland Rivers Research Centre"], True, ["Dr Mei-Ling Foster", "Dr Foster", "Ecologist Mei-Ling Foster", "Foster", "Mei-Ling", "Mei Ling Foster", "the ecologist", "Mei-Ling Forster", "Mei-Lin Foster"])
a.person(RG, ["ranger", "anonymous"], True, ["the ranger", "the anonymous ranger"])
a.person(H, ["NSW Water Minister", "minister"], False, ["Hartigan", "Daniel", "the minister", "the Water Minister", "the NSW Water Minister", "Minister Daniel Hartigan", "Water Minister Daniel Hartigan", "Daniel Hartigann", "Danial Hartigan"])
a.person(P, ["cotton grower", "chair of the Lower Barwon Irrigators' Association"], False, ["Pietsch", "Graham", "Cotton grower Graham Pietsch", "the cotton grower", "the irrigators' chair", "Graham Pietch", "Graham Pietzsch"])
a.person("Lower Barwon Irrigators' Association", ["irrigators' association"], False, ["the irrigators' association", "Lower Barwon Irigators' Association"])
a.person("Tanya Kennedy", ["reporter"], False, ["Kennedy", "Tanya"])
for t, n in [("The licence allows the land council to take up to 5,100 megalitres a year.", "has won a licence"),
             ("The licence will refill four dry lagoons.", "has won a licence"),
             ("The minister approved the licence on Friday.", "Daniel Hartigan"),
             ("Uncle Roy Duncan first asked for water for the lagoons in 2006.", "Traditional owner Uncle Roy Duncan"),
             ("Uncle Roy Duncan is 87.", "Traditional owner Uncle Roy Duncan"),
             ("Aunty Beryl Duncan is Uncle Roy's daughter.", "Aunty Beryl Duncan, a founding"),
             ("The pipeline and regulator will cost $4.2 million.", "Shaun McGrady, said"),
             ("The water will be delivered each autumn.", "Shaun McGrady, said"),
             ("In dry years the council can take 900 megalitres.", "Under the licence"),
             ("The irrigators' association has lodged an appeal in the Land and Environment Court.", "Graham Pietsch"),
             ("The licence will be reviewed after ten years.", "A spokesperson for the minister"),
             ("The lagoons last held water in 2021.", "Ecologist Dr Mei-Ling Foster"),
             ("The Barwon stopped flowing at Wirrandah for 11 weeks.", "the big dry"),
             ("The land council has 214 members.", "412 members")]:
    a.claim(t, n)
a.claim("\"The licence is a fair outcome for the whole valley,\" Daniel Hartigan said.", "Daniel Hartigan", H)
a.claim("\"Irrigators will fight this all the way,\" Graham Pietsch said.", "Graham Pietsch", P)
a.claim("\"We expect water in the lagoons by Christmas,\" Shaun McGrady said.", "Shaun McGrady, said", M)
a.claim("\"The smoking ceremony will be for elders only,\" Uncle Roy Duncan said.", "smoking ceremony", R)
a.write()
