from lib import Article
a = Article("sirapang-volcano-evacuation")
A6 = "What we are seeing now"
# quotations
a.quote("Agus Wibisono", "What we are seeing now is not the same mountain we saw in 2019")
a.quote("Agus Wibisono", "The swarm of deep earthquakes has become shallow, and the ground on the south flank has risen by almost 9 centimeters in ten days.")
a.quote("Agus Wibisono", "We cannot tell people when it will erupt. We can only tell them where not to be.")
a.quote("Ratna Sumarni", "Nobody should think of this as a holiday from the farm. The task force will bring rice, water and blankets to every shelter, and we will keep a list of every family.")
a.quote("Ratna Sumarni", "If you have gone back up the mountain to feed your goats, come down before dark")
a.quote("Lestari Wibisono", "One of them told me, ‘I would rather give birth under the mountain than in a school,’ and I understand her. Two are due this week, so we have asked the health office for an ambulance to stay here")
a.quote("Darsono", "The cloves will not wait for the mountain. But my grandchildren cannot wait either")
a.quote("a police officer at the Wuwuk checkpoint", "to check on their cattle and their televisions")
a.quote("Hanako Ōtsuki", "cautious, and correct")
a.quote("Hanako Ōtsuki", "The pattern in the data fits a magma body moving upward. It does not tell you whether it will stop")
a.quote("PT Tirta Bumi Energi", "temporarily withdrawn non-essential staff")
a.quote("Agus Wibisono", "Level IV is not a prediction. It is a promise that we are watching every hour")

P3, P4, P5, P6, P7, P8 = "More than 11,000 people", "placed on “Awas”", "exclusion zone around the crater", A6, "Agus, who has watched", "He was blunt"
P9, P10, P11, P12, P13, P14 = "declared a 14-day", "Nobody should think", "feed your goats", "11,412 evacuees", "village midwife Lestari", "Many farmers left"
P15, P16, P17, P18, P19, P20 = "Om Hen", "asked not to be named", "cautious, and correct", "The pattern in the data", "Siap untuk Sirapang", "40-megawatt"
P21, P22, P23 = "30 tonnes of rice", "Pinaras airstrip", "review the alert level"

# fact
a.q("How many people have been moved to shelters?", "fact", [P3, P12], [("Upward of eleven thousand slope dwellers are now sleeping away from home.", P3), ("Official counts put the total a little above eleven thousand four hundred.", P12)])
a.q("What alert level is Mount Sirapang on?", "fact", [P4], [("It sits on the top rung of the scale, the fourth.", P4)])
a.q("When was the volcano raised to Level III?", "fact", [P4], [("Five days before the top alert, on the twenty-fourth of November, it had gone to the third rung.", P4)])
a.q("How far does the exclusion zone now reach?", "fact", [P5], [("Nobody may stay within seven kilometres of the summit.", P5)])
a.q("How many villages are inside the widened zone?", "fact", [P5], [("Eleven settlements on two sides of the peak.", P5)])
a.q("When did Mount Sirapang last erupt?", "fact", [P6, P7], [("The previous big blast came in early 2019.", P7)])
a.q("How many of the evacuees are children?", "fact", [P12], [("Roughly two thousand one hundred and eighty of those sheltering are minors.", P12)])
a.q("How long is the emergency response period?", "fact", [P9], [("A fortnight, announced by the local leader that evening.", P9)])
a.q("When will the BPBV review the alert level?", "fact", [P23], [("The agency plans to reassess on the sixth of December unless the ground quits rising sooner.", P23)])
a.q("How big is the geothermal plant?", "fact", [P20], [("It generates forty megawatts and lies nine kilometres from the summit.", P20)])
# who
a.q("What did Agus Wibisono say?", "who", [P6, P8, P23], [
    ("He said the peak now behaves differently from the last time it blew, with quakes rising closer to the surface and the slope bulging.", P6),
    ("He warned that nobody can forecast the timing, only mark the places to avoid.", P8),
    ("He called the top alert a pledge of constant watch rather than a forecast.", P23)])
a.q("What did Ratna Sumarni say?", "who", [P10, P11], [
    ("She said evacuees should not treat the shelters as time off and promised supplies and a register of households.", P10),
    ("She urged anyone who returned uphill for livestock to descend before nightfall.", P11)])
a.q("What did Lestari Wibisono say?", "who", [P13], [("She reported a handful of expectant mothers at the school gym and asked for a standby medical vehicle.", P13)])
a.q("What did Hanako Ōtsuki say?", "who", [P17, P18], [
    ("She backed the agency's move as prudent and right.", P17),
    ("She said the readings suggest molten rock is rising but cannot show if it will halt.", P18)])
a.q("What did Darsono say?", "who", [P14], [("He said his spice crop won't hold off for the volcano, and neither will the safety of his family's youngest.", P14)])
a.q("What did Hendrik Lumowa do?", "who", [P15], [("He reported that a few dozen households stayed put overnight but had descended by midday after a patrol with megaphones.", P15)])
# role
a.q("Who is the Bungkal regent?", "role", [P9], [("Ratna Sumarni runs the district.", P9)])
a.q("Who heads the BPBV's observation post?", "role", [P6], [("Agus Wibisono leads the monitoring station.", P6)])
a.q("Who is the village midwife?", "role", [P13], [("Lestari Wibisono looks after expectant mothers.", P13)])
a.q("Who is the village head of Wuwuk?", "role", [P15], [("Hendrik Lumowa, whom locals call by a nickname.", P15)])
a.q("Who spoke anonymously at the checkpoint?", "role", [P16], [("An officer who could not be identified because he lacked clearance to talk to reporters.", P16)])
a.q("Who is the governor of North Sulawesi?", "role", [P21], [("Rudolf Pangemanan heads the province.", P21)])
# paraphrase
a.q("How many mums-to-be has the nurse at the biggest refuge looked after?", "paraphrase", [P13], [("Nine, since the first evening.", P13)])
a.q("What did the power firm do with staff it did not need?", "paraphrase", [P20], [("It pulled them off site for now, and said electricity for the district would keep flowing.", P20)])
a.q("How high did the ash cloud climb last time the peak blew?", "paraphrase", [P7], [("Four kilometres up.", P7)])
a.q("Which firm runs the heat-from-the-earth power station near the summit?", "paraphrase", [P20], [("Tirta Bumi, a private energy company.", P20)])
a.q("How much food is the province sending?", "paraphrase", [P21], [("Thirty metric tons of the staple grain.", P21)])
# misspelled
a.q("What did Agus Wibisno say?", "misspelled", [P6, P8, P23])
a.q("What did Lestari Wibisona say?", "misspelled", [P13])
a.q("What did Ratna Sumarny say?", "misspelled", [P10, P11])
a.q("What did Hanako Otsuki say?", "misspelled", [P17, P18])
a.q("What did Darsno say?", "misspelled", [P14])
# unanswerable
for t in ["How much will the 14-day emergency response cost the regency?",
          "What is Agus Wibisono's salary at the BPBV?",
          "How many people died in the March 2019 eruption?",
          "When will residents be allowed to return to their villages?",
          "How many goats have been lost on the mountain?",
          "What did the health office say about the ambulance request?",
          "How many flights use Pinaras airstrip each week?",
          "Why did the BPBV wait until 4:40 p.m. to raise the alert?",
          "How much is a kilogram of cloves worth?"]:
    a.q(t, "unanswerable")
# overview, speakers, headline
a.q("What is this article about?", "overview", [1, P3], facts=["11,000", "highest of four levels"])
a.q("tl;dr", "overview", [1, P3, P5], facts=["Mount Sirapang", "7 km"])
a.q("Give me the key facts", "overview", [P3, P4, P9, P12], facts=["Level IV", "23 shelters", "11,412 evacuees"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
# people
a.person("Agus Wibisono", ["head of the BPBV’s Sirapang observation post"], True, ["Agus", "the head of the observation post", "Agus Wibisno", "Agus Wibisonno"])
a.person("Ratna Sumarni", ["Bungkal Regent", "Hj.", "chairs the regency’s emergency task force"], True, ["Regent Ratna Sumarni", "Bungkal Regent Hj. Ratna Sumarni", "Hj. Ratna Sumarni", "Ratna", "Sumarni", "the regent", "the Bungkal regent", "Ratna Sumarny", "Ratna Sumami"])
a.person("Lestari Wibisono", ["village midwife"], True, ["Lestari", "the midwife", "the village midwife", "Lestari Wibisona", "Lestary Wibisono"])
a.person("Darsono", ["clove grower from Wuwuk village"], True, ["the clove grower", "Darsno", "Darsona"])
a.person("Hendrik Lumowa", ["Wuwuk’s village head"], False, ["Om Hen", "Hendrik", "Lumowa", "the village head", "Hendrick Lumowa", "Hendrik Lumova"])
a.person("a police officer at the Wuwuk checkpoint", ["police officer", "unnamed source"], True, ["the police officer", "the officer at the checkpoint"])
a.person("Hanako Ōtsuki", ["Prof.", "volcanologist at Japan’s Tohoku Arc Research Institute"], True, ["Prof. Hanako Ōtsuki", "Prof. Ōtsuki", "Ōtsuki", "Hanako", "Hanako Otsuki", "Otsuki", "the volcanologist", "Hanako Ootsuki", "Hanako Otsuky"])
a.person("PT Tirta Bumi Energi", ["operator of a 40-megawatt geothermal plant"], True, ["Tirta Bumi Energi", "the geothermal company", "the geothermal plant operator", "Tirta Bumi Energy", "PT Tirta Bumi Enrgi"])
a.person("Rudolf Pangemanan", ["North Sulawesi Governor"], False, ["Governor Rudolf Pangemanan", "Pangemanan", "Rudolf", "the governor", "Rudolph Pangemanan", "Rudolf Pangemanen"])
a.person("Dian Puspitasari", ["reporter, The Nusantara Courier"], False, ["Puspitasari", "Dian", "the reporter", "Dian Puspitsari"])
a.person("Volcanic Hazard Monitoring Agency", ["raised the volcano’s alert level"], False, ["BPBV", "the agency", "Volcanic Hazard Monitoring Agncy"])
# claims
for t, n in [("More than 21,000 people have been moved to shelters.", P3),
             ("The BPBV raised the volcano to Level IV at 4:40 a.m.", P4),
             ("The exclusion zone was widened from five to 12 kilometers.", P5),
             ("The ground on the south flank has risen by 19 centimeters.", P6),
             ("Agus Wibisono has watched the volcano for 12 years.", P7),
             ("The 2019 eruption kept 6,200 people from their homes for seven months.", P7),
             ("The regent declared a 30-day emergency response period.", P9),
             ("The shelters hold about 600 children.", P12),
             ("Lestari Wibisono is Agus Wibisono's sister.", P13),
             ("The ambulance the midwife asked for arrived on Monday.", P13),
             ("All 40 families in Wuwuk left on Sunday night.", P15),
             ("Prof. Ōtsuki called the BPBV's decision premature.", P17),
             ("The geothermal plant was shut down and the regency lost power.", P20),
             ("Pinaras airstrip was closed on Monday because of ash.", P22)]:
    a.claim(t, n)
a.claim("Governor Rudolf Pangemanan said: “The province will rebuild every house the mountain takes.”", P21, "Rudolf Pangemanan")
a.claim("Hendrik Lumowa said: “My people trust the mountain more than the government.”", P15, "Hendrik Lumowa")
a.claim("“The eruption will come within days,” Agus Wibisono said.", P23, "Agus Wibisono")
a.claim("PT Tirta Bumi Energi said the plant was “in no danger whatsoever from the volcano”.", P20, "PT Tirta Bumi Energi")
a.write()
