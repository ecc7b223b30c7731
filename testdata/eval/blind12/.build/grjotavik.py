from lib import Gold

g = Gold("grjotavik-hot-water-outage")
SIG, RAG, THO, CPC = "Sigríður Jónsdóttir", "Ragnar Þór Hallsson", "Þórunn Ævarsdóttir", "Westfjords Civil Protection Committee"
KAT, OLA, CREW, GUN = "Katrín Jónsdóttir", "Ólafur Einarsson", "a member of one of the repair crews", "Gunnar Björnsson"

# --- quotations
g.quote(SIG, "holding together, but only just")
g.quote(SIG, "We have opened the school gym and the church hall as warm shelters, and 140 people slept there last night")
g.quote(SIG, "Nobody should be embarrassed to come. This is what the halls are for.")
g.quote(RAG, "If the weather holds, we expect water back in the first homes by Wednesday evening")
g.quote(RAG, "but I will not promise a time I cannot keep.")
g.quote(RAG, "The slope is still moving. Every metre we dig, we have to check twice.")
g.quote(THO, "We warned about this slope in 2018. The report said the pipe should be moved or protected within ten years, and eight of those years have passed.")
g.quote(CPC, "Residents of Efstagata and Brekkustígur must not return to their homes until the slope has been assessed again. Police will keep the upper part of the town closed overnight.")
g.quote(CPC, "We ask everyone to check on elderly neighbours, to keep doors and windows closed and not to use gas heaters or barbecues indoors. Carbon monoxide is a greater danger than the cold.")
g.quote(KAT, "The care home was given its own boiler after a winter like this one in the 1990s. Someone remembered, and we are grateful")
g.quote(OLA, "This plant has never stopped for more than a day since it opened. We have 40 tonnes of cod waiting in the cold store, and the cold store, at least, is working")
g.quote(CREW, "We have daylight for five hours a day. The rest of the time we work under floodlights, and we can hear the slope")
g.quote(SIG, "Twice we were told the money was not there. I hope a week in the cold changes the arithmetic")
g.quote(GUN, "My wife and I lived through the winter of 1995 here with no hot water for six days. Back then people said, 'Pack a bag and go south.' Nobody went. We are not frightened. We are just cold")

# --- questions: fact (10)
g.q("fact", "How many people have been left without hot water?", ["About 2,300 people"],
    [("Roughly two thousand three hundred residents have had no heating since the weekend began.", "About 2,300 people")])
g.q("fact", "How cold did it get in the town?", ["fell to -14°C"],
    [("On Sunday night the thermometer showed fourteen degrees below zero.", "fell to -14°C")])
g.q("fact", "What temperature is the water when it leaves the boreholes?", ["leaves the boreholes"],
    [("Around eighty-five degrees at the source, cooling to roughly seventy by the time it reaches houses.", "leaves the boreholes")])
g.q("fact", "At what time did the landslide happen?", ["came down at 04:17"],
    [("It struck at seventeen minutes past four in the morning on Saturday.", "came down at 04:17")])
g.q("fact", "How much will the repair cost?", ["at least ISK 180 million"],
    [("No less than one hundred and eighty million krónur, according to the utility's distribution chief.", "at least ISK 180 million")])
g.q("fact", "How far has the slope moved?", ["moved 12 centimetres"],
    [("Twelve centimetres over the day up to Monday morning, after thirty-one the previous day.", "moved 12 centimetres")])
g.q("fact", "How many homes were evacuated?", ["Thirty-two homes"],
    [("Households on two streets, 32 of them, had to leave on Saturday morning.", "Thirty-two homes")])
g.q("fact", "How many workers at the fish plant have been sent home?", ["85 staff"],
    [("Eighty-five employees are at home and still receive their whole wage.", "85 staff")])
g.q("fact", "How many electric heaters have been handed out?", ["About 600 electric heaters"],
    [("Roughly six hundred, many gathered from nearby towns.", "About 600 electric heaters")])
g.q("fact", "When was the pipe from Hverabotn laid?", ["laid in 1981"],
    [("It was put in the ground in 1981.", "laid in 1981")])

# who (6)
g.q("who", "What did Sigríður Jónsdóttir say?", ["holding together, but only just", "140 people slept", "applied twice for state funding", "Twice we were told"],
    [("She said about a hundred and forty residents spent the night in the two shelters and nobody should feel ashamed to use them.", "140 people slept"),
     ("She said the council's two bids for government money to reroute the line were refused.", "applied twice for state funding")])
g.q("who", "What did Ragnar Þór Hallsson say?", ["head of distribution at Vestfjarðaveitur, says", "we expect water back", "he put it more bluntly", "ISK 180 million"],
    [("He hoped to reconnect the first houses on Wednesday night if conditions allow, but would not commit to an hour.", "we expect water back"),
     ("He told a local radio station that the ground was still sliding and each metre of digging had to be checked again.", "he put it more bluntly")])
g.q("who", "What did Þórunn Ævarsdóttir say?", ["has been on the slope since", "We warned about this slope"],
    [("She said instruments showed the ground shifted twelve centimetres in a day, less than the day before.", "has been on the slope since"),
     ("She said scientists had flagged the danger back in 2018.", "We warned about this slope")])
g.q("who", "What did Katrín Jónsdóttir say?", ["the nurse in charge, says", "Someone remembered"],
    [("The nurse said eleven old people who live by themselves were moved to the care home, which has a boiler of its own.", "the nurse in charge, says")])
g.q("who", "What did Ólafur Einarsson say?", ["Its manager, Ólafur Einarsson, says", "40 tonnes of cod"],
    [("He said the plant had never been idle longer than a day and forty tonnes of fish are sitting in cold storage.", "40 tonnes of cod")])
g.q("who", "What happened to Hrafnhildur Jónsdóttir?", ["91-year-old Hrafnhildur"],
    [("The ninety-one-year-old was airlifted to hospital suffering from the cold and is now stable.", "91-year-old Hrafnhildur")])

# role (6)
g.q("role", "Who is the mayor of Grjótavík?", ["Mayor Sigríður Jónsdóttir"],
    [("Sigríður Jónsdóttir leads the municipality.", "Mayor Sigríður Jónsdóttir")])
g.q("role", "What did the utility's head of distribution say?", ["head of distribution at Vestfjarðaveitur, says", "we expect water back", "he put it more bluntly", "ISK 180 million"],
    [("He said new pipe cannot go in until the geologists are sure the ground has settled.", "head of distribution at Vestfjarðaveitur, says")])
g.q("role", "Who is the geologist watching the slope?", ["has been on the slope since"],
    [("Þórunn Ævarsdóttir of the natural hazards institute has been there since Saturday.", "has been on the slope since")])
g.q("role", "What did the civil protection committee say?", ["Civil Protection Committee said:", "Residents of Efstagata", "We ask everyone", "the committee says"],
    [("It told people from the two upper streets to stay away until a fresh assessment, with police sealing the area at night.", "Residents of Efstagata"),
     ("It warned that fumes from gas heaters were more dangerous than the low temperatures.", "We ask everyone")])
g.q("role", "Who manages the fish processing plant?", ["Its manager, Ólafur Einarsson, says"],
    [("Ólafur Einarsson runs Grjót hf., the town's biggest employer.", "Its manager, Ólafur Einarsson, says")])
g.q("role", "What did the repair crew member who would not be named say?", ["A member of one of the repair crews"],
    [("He said the men work half-day shifts, mostly under artificial light, and can hear the ground shifting.", "A member of one of the repair crews")])

# paraphrase (5)
g.q("paraphrase", "Where can residents go for shelter at night?", ["140 people slept"],
    [("Two public buildings, the school's sports room and the parish hall, have been turned into refuges.", "140 people slept")])
g.q("paraphrase", "Why did the factory stop?", ["needs hot water to clean its lines"],
    [("Without hot water it cannot wash its processing equipment.", "needs hot water to clean its lines")])
g.q("paraphrase", "Had experts predicted this?", ["We warned about this slope", "Slope Stability Above"],
    [("Yes, a study eight years ago urged that the line be relocated or shielded within a decade.", "We warned about this slope")])
g.q("paraphrase", "What is the danger of burning fuel inside a house?", ["We ask everyone"],
    [("Poisonous fumes, which officials consider a bigger threat than the frost.", "We ask everyone")])
g.q("paraphrase", "Can people still go swimming?", ["The swimming pool"],
    [("No, the pool is shut because it relies on the same geothermal supply.", "The swimming pool")])

# misspelled (5)
for wrong, right in [("Sigridur Jonsdottir", SIG), ("Ragnar Thor Hallson", RAG), ("Thorunn Aevarsdottir", THO),
                     ("Katrin Jonsdottir", KAT), ("Olafur Einarson", OLA)]:
    g.q("misspelled", f"What did {wrong} say?", gold=g.who_gold(f"What did {right} say?"))

# unanswerable (9)
for text in ["How much did the 2018 report on the slope cost the municipality?",
             "What did Hrafnhildur Jónsdóttir say about the outage?",
             "What did Einar Ólafsson say about the plant stopping?",
             "How many people live in the care home?",
             "When will the Infrastructure Minister decide whether to pay for the new route?",
             "How much do residents pay for the electricity to run the borrowed heaters?",
             "How deep is the pipe from Hverabotn buried?",
             "Which company made the steel sections for the new pipe?",
             "How many people work for Vestfjarðaveitur?"]:
    g.q("unanswerable", text)

# overview (3), speakers, headline
g.q("overview", "What is this article about?", ["moving slope stalls", "About 2,300 people"], facts=["without hot water", "landslide"])
g.q("overview", "tl;dr", ["moving slope stalls", "About 2,300 people", "we expect water back"], facts=["2,300 people", "Wednesday evening"])
g.q("overview", "Give me the key facts", ["About 2,300 people", "fell to -14°C", "came down at 04:17"], facts=["-14°C", "04:17", "60-metre section"])
g.speakers_question()
g.q("headline", "What's the headline?", gold=[1])

# --- people
g.person(SIG, ["mayor of Grjótavík"], ["Sigríður", "Mayor Sigríður Jónsdóttir", "the mayor", "Sigridur Jonsdottir", "Sigríður Jónsdótir"])
g.person(RAG, ["head of distribution at Vestfjarðaveitur"], ["Ragnar Þór", "Hallsson", "the head of distribution", "Ragnar Thor Hallsson", "Ragnar Þór Halsson"])
g.person(THO, ["geologist at the Icelandic Institute of Natural Hazards"], ["Þórunn", "Ævarsdóttir", "the geologist", "Thorunn Aevarsdottir", "Þórun Ævarsdóttir"])
g.person(CPC, ["civil protection committee"], ["the civil protection committee", "the committee", "Westfjord Civil Protection Committee"])
g.person(KAT, ["nurse in charge at the town's clinic"], ["Katrín", "the nurse in charge", "the nurse", "Katrin Jonsdottir", "Katrín Jónsdotir"])
g.person("Hrafnhildur Jónsdóttir", ["91-year-old resident flown to hospital with hypothermia"], ["Hrafnhildur", "Hrafnhildur Jonsdottir", "the 91-year-old resident", "Hrafnhildur Jónsdottir"])
g.person(OLA, ["manager of Grjót hf.", "Einar Ólafsson's son"], ["Ólafur", "Einarsson", "the plant manager", "Olafur Einarsson", "Ólafur Einarson"])
g.person("Einar Ólafsson", ["founded Grjót hf. in 1974", "chairs its board", "Ólafur Einarsson's father"], ["Einar", "Ólafsson", "the company's founder", "Einar Olafsson", "Ólafur Einarsson's father"])
g.person(CREW, ["repair crew member", "did not want to be named", "unnamed"], ["the repair crew member", "the unnamed crew member"])
g.person(GUN, ["78-year-old resident at the church hall"], ["Gunnar", "Björnsson", "Gunnar Bjornsson", "Gunnar Björnson"])
g.person("Guðni Steinarsson", ["Infrastructure Minister"], ["Guðni", "Steinarsson", "the infrastructure minister", "Gudni Steinarsson", "Minister Steinarsson"])
g.person("Ásdís Hrafnsdóttir", ["byline"], ["Hrafnsdóttir", "the reporter", "Asdis Hrafnsdottir"])
g.person("Vestfjarðaveitur", ["utility"], ["the utility", "Vestfjardaveitur", "Vestfjarðaveita"])
g.person("Grjót hf.", ["fish processing plant", "largest employer in the town"], ["Grjót", "the fish processing plant", "Grjot hf."])
g.person("Icelandic Institute of Natural Hazards", ["institute"], ["the institute", "Icelandic Institute for Natural Hazards"])

# --- claims (14) and invented quotations (4)
for text, near in [
    ("About 3,200 people in Grjótavík have been without hot water since Saturday.", "About 2,300 people"),
    ("Temperatures in the town fell to -41°C on Sunday night.", "fell to -14°C"),
    ("The pipe from Hverabotn was laid in 1991.", "laid in 1981"),
    ("The landslide came down at 14:17 on Saturday.", "came down at 04:17"),
    ("The landslide carried away a 600-metre section of the pipe.", "came down at 04:17"),
    ("The repair is expected to cost ISK 18 million.", "at least ISK 180 million"),
    ("Sensors show the slope moved 31 centimetres in the 24 hours to Monday morning, up from 12 centimetres the day before.", "moved 12 centimetres"),
    ("The 2018 report said the pipe should be moved within five years.", "We warned about this slope"),
    ("The state agreed in 2023 to pay for the new route.", "applied twice for state funding"),
    ("Katrín Jónsdóttir is the mayor's sister.", "(Most Icelanders"),
    ("Hrafnhildur Jónsdóttir was flown to the hospital in Reykjavík.", "91-year-old Hrafnhildur"),
    ("Grjót hf. has laid off 85 staff without pay.", "85 staff"),
    ("The swimming pool has been turned into a warm shelter.", "The swimming pool"),
    ("Infrastructure Minister Guðni Steinarsson has promised to pay for the new route.", "Infrastructure Minister Guðni"),
]:
    g.claim(text, near)
g.invented('"The municipality ignored every warning we gave it," Þórunn says.', "We warned about this slope", THO)
g.invented('"We will have hot water in every home by Tuesday," Ragnar Þór says.', "we expect water back", RAG)
g.invented('"I have never been so cold in my life," Hrafnhildur Jónsdóttir said.', "91-year-old Hrafnhildur", "Hrafnhildur Jónsdóttir")
g.invented('"The state will pay for the new route in full," Infrastructure Minister Guðni Steinarsson said.', "Infrastructure Minister Guðni", "Guðni Steinarsson")
g.write()
