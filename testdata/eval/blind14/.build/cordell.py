from lib import Article
a = Article("cordell-springs-elevator-fire")
P4, P5, P6, P7, P8, P9 = "A fire tore through", "Crews from five departments", "came in at 10:48", "When we pulled up", "He says firefighters", "140 feet"
P10, P11, P12, P13, P14, P15 = "father and son", "Sgt. Marcy Olvera", "His son was treated", "spoke to KVRT 7 by phone", "Dad went back in", "back at work by planting"
P16, P17, P18, P19, P20, P21 = "310,000 bushels", "Trent Albers tells", "Our first thought", "built in 1958", "fire marshal", "Vic Dorsey"
P22, P23, P24, P25, P26 = "the whole sky turn orange", "Rincón Café", "Her verdict", "Highway 91", "through Wednesday"
a.quote("Ronald Pflueger", "When we pulled up, the headhouse was already fully involved, and we had grain dust in the air, which is about the worst thing you can have")
a.quote("Ronald Pflueger", "We weren't going to put anybody up 140 feet in that.")
a.quote("Dale R. Hoskins Jr.", "Dad went back in for the night guy's truck keys, that's all it was.")
a.quote("Dale R. Hoskins Jr.", "He's already telling the nurses he'll be back at work by planting, and I believe him")
a.quote("Trent Albers", "Our first thought is with Dale and his family")
a.quote("Trent Albers", "and our second is with the farmers who trusted us with this harvest.")
a.quote("one neighbor", "the whole sky turn orange")
a.quote("María Ibáñez-Ortega", "Big Blue was ugly, but it was our ugly.")
a.q("When did the first call come in?", "fact", [P6], [("Twelve minutes before eleven at night.", P6)])
a.q("How far away was the smoke visible?", "fact", [P4], [("Twenty miles off.", P4)])
a.q("How many departments fought the fire?", "fact", [P5], [("Crews from five agencies battled it.", P5)])
a.q("How long did crews fight the fire?", "fact", [P5], [("Upward of seven hours.", P5)])
a.q("How old is Dale Hoskins Sr.?", "fact", [P10], [("Sixty-one.", P10)])
a.q("Where was the elder Hoskins flown?", "fact", [P11], [("To a medical center in the state capital.", P11)])
a.q("How much grain was stored at the site?", "fact", [P16], [("Roughly three hundred and ten thousand bushels of maize and soy.", P16)])
a.q("When was the elevator built?", "fact", [P19], [("In the late 1950s, 1958 to be exact.", P19)])
a.q("When did Highway 91 reopen?", "fact", [P25], [("Around seven on Tuesday morning.", P25)])
a.q("How long will crews stay on scene?", "fact", [P26], [("Until midweek, watching for flare-ups.", P26)])
a.q("What did Ronald Pflueger say?", "who", [P6, P7, P8, P9, P26], [
    ("He said the alarm was raised shortly before eleven.", P6),
    ("He said the top of the building was ablaze when firefighters arrived and dust floating about made it extremely dangerous.", P7),
    ("He said they chose to sacrifice the upper section to save the storage and railway line.", P8),
    ("He said no one would be sent that high into the blaze.", P9),
    ("He said firefighters will remain until midweek to catch any flare-ups.", P26)])
a.q("What did Dale R. Hoskins Jr. say?", "who", [P14, P15], [
    ("He said his father returned into the building only to fetch the night worker's car keys.", P14),
    ("He said his father is vowing to be back on the job by spring sowing, and he trusts that.", P15)])
a.q("What did Trent Albers say?", "who", [P17, P18, P19], [
    ("He said the co-op cannot yet tell how much of the crop is salvageable.", P17),
    ("He said the company's thoughts go first to the injured worker's relatives and then to growers who stored crops there.", P18),
    ("He said the structure dates from the late fifties and was checked by inspectors in the spring.", P19)])
a.q("What did María Ibáñez-Ortega say?", "who", [P23, P24], [
    ("She opened her diner ahead of time to give firefighters complimentary drinks.", P23),
    ("She said the structure was unattractive yet it belonged to the town.", P24)])
a.q("What did Marcy Olvera say?", "who", [P11, P12], [
    ("She said the older man was airlifted with injuries from the flames and remains in a grave but steady state.", P11),
    ("She said the younger man breathed in fumes, was seen by doctors and sent home.", P12)])
a.q("What did Vic Dorsey do?", "who", [P21], [("He posted online that the town will help the grain co-op find somewhere to keep crops for now.", P21)])
a.q("Who is the fire chief?", "role", [P6], [("Pflueger leads the town's firefighters.", P6)])
a.q("Who is the PVFC general manager?", "role", [P17], [("Trent Albers runs the co-op.", P17)])
a.q("Who is the sheriff's sergeant?", "role", [P11], [("Marcy Olvera of the county's law enforcement.", P11)])
a.q("Who owns the Rincón Café?", "role", [P23], [("Ibáñez-Ortega runs the diner.", P23)])
a.q("Who is the city councilmember whose ward includes the elevator?", "role", [P21], [("Vic Dorsey represents that district.", P21)])
a.q("Who watched the sky from Elm Street?", "role", [P22], [("A woman living nearby who asked to stay anonymous.", P22)])
a.q("Why do residents call the silo by a colour?", "paraphrase", [P5], [("Because its metal storage tanks are painted.", P5)])
a.q("How old is the injured son?", "paraphrase", [P10], [("Thirty-four.", P10)])
a.q("What made the blaze so dangerous when firefighters arrived?", "paraphrase", [P7], [("Fine particles of crop floating around.", P7)])
a.q("What route did the city shut?", "paraphrase", [P25], [("The main road east of the railway is still blocked.", P25)])
a.q("Who got the worst injuries?", "paraphrase", [P11], [("The older of the two men, airlifted with burned limbs.", P11)])
a.q("What did Ronald Plueger say?", "misspelled", [P6, P7, P8, P9, P26])
a.q("What did Trent Alberts say?", "misspelled", [P17, P18, P19])
a.q("What did Maria Ibanez-Ortega say?", "misspelled", [P23, P24])
a.q("What did Dale Hoskens Jr. say?", "misspelled", [P14, P15])
a.q("What did Marcy Olivera say?", "misspelled", [P11, P12])
for t in ["What caused the fire at the elevator?",
          "How much will it cost to rebuild Big Blue?",
          "How many firefighters were at the scene?",
          "What is the name of the night guy whose truck keys Dale Hoskins Sr. went back for?",
          "How much grain was destroyed in the fire?",
          "When will Main Street reopen?",
          "Where will the cooperative store the rest of the harvest?",
          "How long has Dale Hoskins Sr. worked at the elevator?",
          "How much does a coffee cost at the Rincón Café?"]:
    a.q(t, "unanswerable")
a.q("What is this article about?", "overview", [1, P4], facts=["grain elevator", "injuring two workers"])
a.q("tl;dr", "overview", [1, P4, P5], facts=["Big Blue", "seven hours"])
a.q("Give me the key facts", "overview", [P4, P5, P10, P16], facts=["late Monday night", "five departments", "310,000 bushels"])
a.speakers_question()
a.q("What is the headline?", "headline", [1])
a.person("Ronald Pflueger", ["Cordell Springs Fire Chief"], True, ["Fire Chief Ronald Pflueger", "Chief Pflueger", "Ron Pflueger", "Pflueger", "Ronald", "Ron", "the fire chief", "the chief", "Ronald Plueger", "Ron Pfleuger"])
a.person("Dale R. Hoskins Jr.", ["injured worker", "son of Dale Hoskins Sr."], True, ["Dale Hoskins Jr.", "Hoskins Jr.", "Dale R. Hoskins", "the son", "Dale Hoskens Jr.", "Dale R. Hoskin Jr."])
a.person("Dale Hoskins Sr.", ["injured worker", "father of Dale R. Hoskins Jr."], False, ["Hoskins Sr.", "the elder Hoskins", "the father", "Dale Hoskens Sr."])
a.person("Marcy Olvera", ["Sheriff's Sgt.", "Tallgrass County Sheriff's Office"], False, ["Sgt. Marcy Olvera", "Sgt. Olvera", "Olvera", "Marcy", "the sergeant", "Marcy Olivera", "Marci Olvera"])
a.person("Trent Albers", ["PVFC general manager"], True, ["Albers", "Trent", "the general manager", "the PVFC general manager", "Trent Alberts", "Trant Albers"])
a.person("Vic Dorsey", ["City Councilmember"], False, ["Councilmember Vic Dorsey", "Dorsey", "Vic", "the councilmember", "Vic Dorsay", "Vick Dorsey"])
a.person("one neighbor", ["neighbor on Elm Street", "unnamed source"], True, ["the neighbor"])
a.person("María Ibáñez-Ortega", ["owner of the Rincón Café"], True, ["Ibáñez-Ortega", "María", "Maria Ibanez-Ortega", "Maria Ibanez", "the café owner", "María Ibáñes-Ortega", "María Ibáñez-Ortego"])
a.person("Jenna Ruiz", ["KVRT 7 News reporter"], False, ["Ruiz", "Jenna", "Jena Ruiz"])
a.person("Platte Valley Farmers Cooperative", ["owns the elevator"], False, ["PVFC", "the cooperative", "Platte Valley Farmer Cooperative"])
for t, n in [("The smoke could be seen for 200 miles.", P4),
             ("Crews from nine departments fought the fire.", P5),
             ("The first call came in at 8:48 p.m.", P6),
             ("Firefighters sent a crew up the elevator to fight the fire from the top.", P8),
             ("Dale Hoskins Sr. is 71.", P10),
             ("Dale R. Hoskins Jr. was flown to a hospital in Omaha.", P11),
             ("The elder Hoskins is in critical condition.", P11),
             ("Three other workers were inside the elevator.", P16),
             ("About 130,000 bushels of wheat were stored on the site.", P16),
             ("The elevator was built in 1985.", P19),
             ("The state fire marshal's office has ruled the fire an accident.", P20),
             ("Vic Dorsey said the city would pay to rebuild the elevator.", P21),
             ("María Ibáñez-Ortega closed her café on Tuesday because of the smoke.", P23),
             ("Main Street has reopened, but Highway 91 remains closed.", P25)]:
    a.claim(t, n)
a.claim("Sgt. Marcy Olvera said: “We are treating the fire as suspicious.”", P11, "Marcy Olvera")
a.claim("Vic Dorsey wrote: “The city will rebuild Big Blue.”", P21, "Vic Dorsey")
a.claim("“Every farmer will be paid in full for lost grain,” Albers said.", P18, "Trent Albers")
a.claim("“This was arson, plain and simple,” Pflueger said.", P7, "Ronald Pflueger")
a.write()
