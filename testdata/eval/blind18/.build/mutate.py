"""Breaks one thing of each kind in a temporary copy of the set (.build/mut/)
and checks that validate.py fails on it with the expected message. The set
itself is never touched. Exit 0 when every mutation was caught."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
MUT = os.path.join(HERE, "mut")
A, O, R, S = "apaseo-water-rationing", "okpara-flour-agm-fine", "romblon-ferry-typhoon-relief", "strathallan-bumblebee-night-light"

def load(stem, suf):
    return [json.loads(l) for l in open(os.path.join(MUT, stem + suf), encoding="utf-8") if l.strip()]

def save(stem, suf, rows):
    with open(os.path.join(MUT, stem + suf), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def edit(stem, suf, fn):
    rows = load(stem, suf)
    fn(rows)
    save(stem, suf, rows)

def edit_text(stem, old, new):
    p = os.path.join(MUT, stem + ".txt")
    t = open(p, encoding="utf-8").read()
    assert old in t, old
    open(p, "w", encoding="utf-8").write(t.replace(old, new, 1))

def first(rows, kind):
    return next(r for r in rows if r.get("kind") == kind)

def person(rows, name):
    return next(r for r in rows if r["name"] == name)

MUTATIONS = [
    ("gold paragraph out of range", "out of range",
     lambda: edit(A, ".questions.jsonl", lambda r: first(r, "fact").update(gold=[40]))),
    ("quotation text altered", "quote not in paragraph",
     lambda: edit(O, ".quotes.jsonl", lambda r: r[0].update(text="This board never fixed prices"))),
    ("quotation moved to the next paragraph", "quote not in paragraph",
     lambda: edit(R, ".quotes.jsonl", lambda r: r[5].update(paragraph=r[5]["paragraph"] + 1))),
    ("quotation speaker not in people (Ing. form)", "quote speaker not in people",
     lambda: edit(A, ".quotes.jsonl", lambda r: r[0].update(speaker="Ing. Rodrigo Salvatierra Ochoa"))),
    ("quotation speaker not in people (Engr. form)", "quote speaker not in people",
     lambda: edit(O, ".quotes.jsonl", lambda r: r[3].update(speaker="Engr. Adebayo Ogunleye"))),
    ("quotation speaker not in people (Gov. form with nickname)", "quote speaker not in people",
     lambda: edit(R, ".quotes.jsonl", lambda r: r[3].update(speaker='Gov. Ma. Cristina "Tina" Alcaraz'))),
    ("quotation speaker not in people (Professor form)", "quote speaker not in people",
     lambda: edit(S, ".quotes.jsonl", lambda r: r[0].update(speaker="Professor Helen Carrick"))),
    ("quotation dropped (middle paragraph of the three-paragraph curly speech)", "unlisted quoted span",
     lambda: edit(A, ".quotes.jsonl", lambda r: r.pop(1))),
    ("quotation dropped (second half of a split straight quotation)", "unlisted quoted span",
     lambda: edit(O, ".quotes.jsonl", lambda r: r.pop(4))),
    ("quotation dropped (Tagalog with a bracketed gloss)", "unlisted quoted span",
     lambda: edit(R, ".quotes.jsonl", lambda r: r.pop(6))),
    ("quotation dropped (pronoun-led 'She added,' in curly single marks)", "unlisted quoted span",
     lambda: edit(S, ".quotes.jsonl", lambda r: r.pop(2))),
    ("quotation dropped (organisation's partial)", "unlisted quoted span",
     lambda: edit(A, ".quotes.jsonl", lambda r: r.pop(9))),
    ("programme name added as a quotation", "title or scare quote in the gold",
     lambda: edit(A, ".quotes.jsonl", lambda r: r.insert(8, {"speaker": "María Fernanda Ibarra Cortés", "text": "Tandeo Justo", "paragraph": 16}))),
    ("nickname of a WhatsApp group added as a quotation", "title or scare quote in the gold",
     lambda: edit(O, ".quotes.jsonl", lambda r: r.append({"speaker": "Federal Competition and Consumer Protection Commission", "text": "the bakery committee", "paragraph": 21}))),
    ("typhoon name added as a quotation", "title or scare quote in the gold",
     lambda: edit(R, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Jericho M. Dizon", "text": "Luding", "paragraph": 3}))),
    ("nickname inside a name added as a quotation", "title or scare quote in the gold",
     lambda: edit(R, ".quotes.jsonl", lambda r: r.insert(3, {"speaker": "Cristina Alcaraz", "text": "Tina", "paragraph": 10}))),
    ("paper title added as a quotation", "title or scare quote in the gold",
     lambda: edit(S, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Helen Carrick", "text": "Night light shortens the working day of bumblebees", "paragraph": 4}))),
    ("scare term 'skyglow' added as a quotation", "title or scare quote in the gold",
     lambda: edit(S, ".quotes.jsonl", lambda r: r.insert(12, {"speaker": "Helen Carrick", "text": "skyglow", "paragraph": 21}))),
    ("lookup three edits away", "more than two edits",
     lambda: edit(O, ".people.jsonl", lambda r: person(r, "Sani Abdulkadir")["lookups"].append("Sani Abdelkaderr"))),
    ("duplicate lookup after folding", "duplicate lookup after folding",
     lambda: edit(R, ".people.jsonl", lambda r: person(r, "Teodoro Alcaraz")["lookups"].append("Rep Alcaraz"))),
    ("shared paternal surname Ibarra as lookup", "shared surname as lookup",
     lambda: edit(A, ".people.jsonl", lambda r: person(r, "Jorge Ibarra Núñez")["lookups"].append("Ibarra"))),
    ("shared surname Bakare as lookup", "shared surname as lookup",
     lambda: edit(O, ".people.jsonl", lambda r: person(r, "Bisola Bakare")["lookups"].append("Bakare"))),
    ("shared surname Alcaraz as lookup", "shared surname as lookup",
     lambda: edit(R, ".people.jsonl", lambda r: person(r, "Cristina Alcaraz")["lookups"].append("Alcaraz"))),
    ("shared surname Lennox as lookup", "shared surname as lookup",
     lambda: edit(S, ".people.jsonl", lambda r: person(r, "Ruth Lennox")["lookups"].append("Lennox"))),
    ("lookup owned by two people", "owned by",
     lambda: edit(S, ".people.jsonl", lambda r: person(r, "Alasdair Lennox")["lookups"].append("Dr Lennox"))),
    ("quoted flag flipped (reported-only treasurer)", "quoted flag wrong",
     lambda: edit(A, ".people.jsonl", lambda r: person(r, "Arturo Benítez Lara").update(quoted=True))),
    ("paraphrase sharing the paragraph's words", "paraphrase shares",
     lambda: edit(O, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="The FCCPC fined the company N2.4bn for fixing flour prices."))),
    ("paraphrase is article text", "paraphrase is verbatim article text",
     lambda: edit(S, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="made 23 per cent fewer foraging trips"))),
    ("paraphrase-kind question with the paragraph's words", "paraphrase question shares",
     lambda: edit(R, ".questions.jsonl", lambda r: first(r, "paraphrase").update(question="Did the crew give the children life jackets when the water was inside?"))),
    ("a question deleted", "questions of kind unanswerable",
     lambda: edit(A, ".questions.jsonl", lambda r: r.remove(first(r, "unanswerable")))),
    ("unanswerable marked answerable", "answerable flag wrong",
     lambda: edit(O, ".questions.jsonl", lambda r: first(r, "unanswerable").update(answerable=True))),
    ("misspelled question's gold changed to the other Ibarra's", "misspelled gold equals no who question",
     lambda: edit(A, ".questions.jsonl", lambda r: [q for q in r if q["question"] == "What did María Fernanda Ibarra Cortez say?"][0].update(gold=[12, 13]))),
    ("misspelled question's gold changed to the other Lennox's", "misspelled gold equals no who question",
     lambda: edit(S, ".questions.jsonl", lambda r: [q for q in r if q["question"] == "What did Ruth Lenox say?"][0].update(gold=[19, 20]))),
    ("misspelled name that is printed in the article", "misspelled name printed in the article",
     lambda: edit(R, ".questions.jsonl", lambda r: first(r, "misspelled").update(question="What did Arnel Pangilinan say?"))),
    ("overview fact not in its gold", "overview fact not in its gold",
     lambda: edit(S, ".questions.jsonl", lambda r: first(r, "overview").update(facts=["Harlaw University"]))),
    ("speakers names out of order", "speakers names",
     lambda: edit(O, ".questions.jsonl", lambda r: first(r, "speakers")["names"].reverse())),
    ("claim is article text", "claim verbatim in article",
     lambda: edit(R, ".claims.jsonl", lambda r: r[0].update(text="The Coast Guard said 212 of the 231 people on board had been rescued"))),
    ("invented quotation without marks", "invented quotation not in the article's marks",
     lambda: edit(S, ".claims.jsonl", lambda r: r[-1].update(text=r[-1]["text"].replace("‘", "").replace("’", "")))),
    ("claim near out of range", "claim near",
     lambda: edit(A, ".claims.jsonl", lambda r: r[0].update(near=25))),
    ("two paragraphs merged into one block", "continues a block",
     lambda: edit_text(A, "presentations”.\n\n", "presentations”.\n")),
    ("boilerplate line in an article", "reads as boilerplate",
     lambda: edit_text(O, "By Chinedu Okafor-Bello, Lagos", "Additional reporting by Chinedu Okafor-Bello, Lagos")),
    ("article of 31 paragraphs", "paragraphs, want 20-30",
     lambda: edit_text(S, "from next spring.", "from next spring.\n" + "\n".join(f"Line {i}." for i in range(4)))),
    ("broken JSON line", "does not parse",
     lambda: open(os.path.join(MUT, R + ".claims.jsonl"), "a", encoding="utf-8").write("{not json\n")),
]

caught = 0
for name, expect, apply in MUTATIONS:
    shutil.rmtree(MUT, ignore_errors=True)
    os.makedirs(MUT)
    for f in os.listdir(BASE):
        if f.endswith((".txt", ".jsonl")):
            shutil.copy(os.path.join(BASE, f), MUT)
    apply()
    r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), MUT], capture_output=True, text=True)
    hit = r.returncode == 1 and expect in r.stdout
    caught += hit
    lines = [l for l in r.stdout.splitlines() if expect in l][:1]
    print(f"{'CAUGHT' if hit else 'MISSED'}  {name}: rc={r.returncode} {lines[0] if lines else r.stdout.strip().splitlines()[-1]}")
shutil.rmtree(MUT, ignore_errors=True)
print(f"{caught}/{len(MUTATIONS)} mutations caught")
sys.exit(0 if caught == len(MUTATIONS) else 1)
