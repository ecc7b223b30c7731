from lib import Article
a = Article("okpara-flour-agm-fine")
K, O, OB, BB, S, GA, H = "Musa Danjuma Kwarra", "Adebayo Ogunleye", "Olatunde Bakare", "Bisola Bakare", "Sani Abdulkadir", "Godwin Anozie", "Kwarra Agro-Allied Holdings Ltd"
a.quote(K, "This board did not fix prices and will not accept that it did.")
a.quote(K, "We have paid the fine under protest because the law requires it, and our lawyers have filed an appeal at the Competition and Consumer Protection Tribunal.")
a.quote(K, "But I will not stand here and pretend that this has been a good year for you.")
a.quote(O, "Every tonne of wheat we buy is paid for in dollars")
a.quote(O, "and every bag of flour we sell is paid for in naira. That is the whole story of this year.")
a.quote(O, "We have not raised the price of a 50kg bag since October, and no competitor told us to keep it there.")
a.quote(OB, "a stain on a name our fathers trusted")
a.quote(BB, "If there is anything to find, we will find it, and you will read it before the next AGM")
a.quote(S, "If you did nothing wrong, why did you pay N2.4bn of our money?")
a.quote(GA, "too big to cut corners")
a.quote(H, "respects the decision of shareholders")
a.quote(H, "nominate new candidates with the independence the market expects")
# fact
a.q("How much was Okpara Flour Mills fined?", "fact", ["was fined N2.4bn"], [("Two point four billion naira.", 3)])
a.q("What share of votes was cast against re-electing the directors?", "fact", ["failed with 58 per cent"], [("Fifty-eight percent opposed them.", 4)])
a.q("How old is the company?", "fact", ["41-year history"], [("Four decades and one year.", 4)])
a.q("What final dividend did the company pay?", "fact", ["cut its final dividend to 45 kobo"], [("Forty-five kobo a share, down from 110 kobo.", 5)])
a.q("How much did profit after tax fall?", "fact", ["profit after tax fell 63 per cent"], [("By close to two-thirds, to 3.9 billion naira.", 5)])
a.q("When did Alhaji Musa Danjuma Kwarra become chairman?", "fact", ["who has led the board since 2014"], [("He has held the post since 2014.", 6)])
a.q("How many small investors does the Progressive Shareholders Forum say it represents?", "fact", ["about 11,000 small investors"], [("Roughly eleven thousand.", 13)])
a.q("How much of the company does Kwarra Agro-Allied Holdings own?", "fact", ["which owns 52.7 per cent"], [("A little over half, 52.7%.", 19)])
a.q("What sitting allowance did shareholders approve for non-executive directors?", "fact", ["N350,000 annual sitting allowance"], [("Three hundred and fifty thousand naira a year, up by a hundred thousand.", 22)])
a.q("How many employees does the company have?", "fact", ["4,800 employees"], [("Four thousand eight hundred staff across three sites.", 24)])
# who
a.q(f"What did {K} say?", "who", ["Alhaji Musa Danjuma Kwarra", "This board did not fix", "We have paid the fine", "But I will not stand here"],
    [("He insisted the directors never colluded on pricing.", 7), ("The penalty was settled reluctantly while a challenge goes to the tribunal.", 8)])
a.q(f"What did {O} say?", "who", ["Engr. Adebayo Ogunleye, blamed", "Every tonne of wheat", "We have not raised the price", "Engr. Ogunleye said no jobs"],
    [("Grain is bought in US currency but sold locally in naira.", 11), ("Nobody will be laid off in the current year.", 24)])
a.q(f"What did {OB} say?", "who", ["Otunba Olatunde Bakare"],
    [("He wants a forensic investigation of the accounts.", 13)])
a.q(f"What did {BB} say?", "who", ["Dr (Mrs) Bisola Bakare", "If there is anything to find"],
    [("External reviewers are examining three years of tariff choices.", 14)])
a.q(f"What did {S} say?", "who", ["Mallam Sani Abdulkadir"],
    [("He asked why an innocent company would hand over the penalty.", 16)])
a.q(f"What did {H} say?", "who", ["Kwarra Agro-Allied Holdings Ltd, which owns"],
    [("The majority owner accepts the vote and will put forward fresh, independent nominees.", 19)])
# role
a.q("Who is the chairman of the board?", "role", ["Alhaji Musa Danjuma Kwarra"], [("Kwarra, who also heads the majority owner.", 6)])
a.q("Who is the managing director of Okpara Flour Mills?", "role", ["Engr. Adebayo Ogunleye, blamed"], [("Adebayo Ogunleye, an engineer.", 10)])
a.q("Who leads the Progressive Shareholders Forum?", "role", ["Otunba Olatunde Bakare"], [("Otunba Bakare.", 13)])
a.q("Who chairs the audit committee?", "role", ["Dr (Mrs) Bisola Bakare"], [("Bisola, a physician.", 14)])
a.q("Who is the company secretary?", "role", ["Barr. Ngozi Eze-Williams"], [("Eze-Williams, a lawyer.", 25)])
a.q("Who is the retired banker who spoke?", "role", ["Chief Godwin Anozie"], [("Anozie, a former banker.", 17)])
# paraphrase
a.q("Why did earnings shrink, according to the chief executive?", "paraphrase", ["blamed the fall in profit"], [("Grain imports became far dearer in local currency.", 10)])
a.q("Has this ever happened to a board nominee before?", "paraphrase", ["the first time in the company"], [("No, it is unprecedented.", 4)])
a.q("How did the three millers coordinate?", "paraphrase", ["through a WhatsApp group"], [("Via a messaging chat, on nine or more occasions.", 21)])
a.q("Where will the challenge to the penalty be decided?", "paraphrase", ["next sitting in Abuja"], [("At a tribunal session in the capital.", 25)])
a.q("How did the market react on the day?", "paraphrase", ["closed 4.3 per cent lower"], [("The stock slid more than four percent to 38.50.", 23)])
# misspelled
a.q("What did Musa Danjuma Kwara say?", "misspelled", ["Alhaji Musa Danjuma Kwarra", "This board did not fix", "We have paid the fine", "But I will not stand here"])
a.q("What did Adebayo Ogunleyi say?", "misspelled", ["Engr. Adebayo Ogunleye, blamed", "Every tonne of wheat", "We have not raised the price", "Engr. Ogunleye said no jobs"])
a.q("What did Olatunde Bakarre say?", "misspelled", ["Otunba Olatunde Bakare"])
a.q("What did Bisola Bakari say?", "misspelled", ["Dr (Mrs) Bisola Bakare", "If there is anything to find"])
a.q("What did Sani Abdulkadri say?", "misspelled", ["Mallam Sani Abdulkadir"])
for t in ["How much is Engr. Adebayo Ogunleye paid as managing director?",
          "How many shareholders attended the annual general meeting?",
          "Which law firm filed the appeal at the Competition and Consumer Protection Tribunal?",
          "Which two directors argued against paying the fine?",
          "How much was Tiwa Milling Ltd fined?",
          "How much does a 50kg bag of Okpara flour cost?",
          "How much did the forensic audit firm charge?",
          "What did Hajiya Zainab Lawan say about losing her seat?",
          "How many tonnes of wheat does Okpara import each year?"]:
    a.q(t, "unanswerable")
for t in ["What is this article about?", "tl;dr", "Give me the gist of this story."]:
    a.q(t, "overview", [1, 3], facts=["voted down the re-election of two directors", "N2.4bn"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person(K, ["Alhaji", "chairman", "chairman of the board", "chairman of Kwarra Agro-Allied Holdings"], True,
         ["Alhaji Musa Danjuma Kwarra", "Alhaji Kwarra", "Alhaji Musa Kwarra", "Chairman Musa Danjuma Kwarra", "Musa Kwarra", "Musa", "the chairman", "the board chairman", "Musa Danjuma Kwara", "Musa Danjumma Kwarra"])
a.person(O, ["Engr.", "Engineer", "managing director", "chief executive officer", "MD/CEO"], True,
         ["Engr. Adebayo Ogunleye", "Engr. Ogunleye", "Engineer Adebayo Ogunleye", "Ogunleye", "Adebayo", "the managing director", "the chief executive", "the CEO", "Adebayo Ogunleyi", "Adebayo Ogunlaye"])
a.person(OB, ["Otunba", "president of the Progressive Shareholders Forum", "shareholder activist"], True,
         ["Otunba Olatunde Bakare", "Otunba Bakare", "the Otunba", "Olatunde", "the president of the Progressive Shareholders Forum", "the shareholder leader", "Olatunde Bakarre", "Olatunji Bakare"])
a.person(BB, ["Dr (Mrs)", "Dr", "independent non-executive director", "chair of the audit committee"], True,
         ["Dr (Mrs) Bisola Bakare", "Dr Bakare", "Dr Bisola Bakare", "Mrs Bakare", "Bisola", "the audit committee chair", "the independent director", "the chair of the audit committee", "Bisola Bakari", "Bisola Bakarre"])
a.person(S, ["Mallam", "Malam", "shareholder from Kano"], True,
         ["Mallam Sani Abdulkadir", "Mallam Sani", "Malam Sani Abdulkadir", "Abdulkadir", "Sani", "the Kano shareholder", "Sani Abdulkadri"])
a.person(GA, ["Chief", "retired banker", "shareholder"], True,
         ["Chief Godwin Anozie", "Chief Anozie", "Anozie", "Godwin", "the retired banker", "Godwin Anozi"])
a.person(H, ["core investor", "majority shareholder"], True,
         ["Kwarra Agro-Allied Holdings", "Kwarra Agro-Allied", "the core investor", "the majority shareholder", "Kwarra Agro-Alied Holdings"])
a.person("Okpara Flour Mills Plc", ["company", "flour miller"], False, ["Okpara Flour Mills", "Okpara", "the company"])
a.person("Federal Competition and Consumer Protection Commission", ["regulator"], False, ["FCCPC", "the regulator", "Federal Competition and Consumer Protection Comission"])
a.person("Ngozi Eze-Williams", ["Barr.", "Barrister", "company secretary"], False, ["Barr. Ngozi Eze-Williams", "Barrister Ngozi Eze-Williams", "Eze-Williams", "Ngozi", "the company secretary", "Ngozi Eze-Wiliams"])
a.person("Femi Adeyemi-Cole", ["Mr", "director who lost his seat"], False, ["Mr Femi Adeyemi-Cole", "Adeyemi-Cole"])
a.person("Zainab Lawan", ["Hajiya", "director who lost her seat"], False, ["Hajiya Zainab Lawan", "Hajiya Lawan", "Lawan"])
a.person("a director who asked not to be named", ["unnamed director", "unnamed source"], False, ["the unnamed director"])
a.person("Chinedu Okafor-Bello", ["reporter"], False, ["Okafor-Bello", "the reporter"])
# claims
a.claim("Okpara Flour Mills was fined N4.2bn by the FCCPC.", 3)
a.claim("The resolutions failed with 85 per cent of votes cast against.", 4)
a.claim("Shareholders had rejected a board nominee once before, in 2009.", 4)
a.claim("The final dividend was raised to N1.10 per share.", 5)
a.claim("Profit after tax fell 36 per cent.", 5)
a.claim("Alhaji Musa Danjuma Kwarra has chaired the board since 2004.", 6)
a.claim("The company has refused to pay the fine until the appeal is heard.", 8)
a.claim("Engr. Adebayo Ogunleye said the company raised the price of a 50kg bag in October.", 12)
a.claim("Dr (Mrs) Bisola Bakare is Otunba Olatunde Bakare's wife.", 14)
a.claim("Mallam Sani Abdulkadir bought his first Okpara shares in 2004.", 16)
a.claim("Kwarra Agro-Allied Holdings owns 25.7 per cent of the company.", 19)
a.claim("The FCCPC said the three millers agreed price increases on at least 19 occasions.", 21)
a.claim("Okpara's shares closed 4.3 per cent higher on Thursday.", 23)
a.claim("Engr. Ogunleye said 480 jobs would be cut this year.", 24)
a.claim('"We will pay back every naira of the fine from our own pockets," Alhaji Musa Danjuma Kwarra said.', 9, K)
a.claim('"I was against the fine from the start," Femi Adeyemi-Cole said.', 20, "Femi Adeyemi-Cole")
a.claim('"The appeal will be heard in September," Barr. Ngozi Eze-Williams said.', 25, "Ngozi Eze-Williams")
a.claim('"We did talk to our competitors about prices," Engr. Adebayo Ogunleye said.', 11, O)
a.write()
