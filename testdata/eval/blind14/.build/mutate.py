"""Breaks one thing of each kind in a temporary copy of the set (.build/mut/)
and checks that validate.py fails on it with the expected message. The set
itself is never touched. Exit 0 when every mutation was caught."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
MUT = os.path.join(HERE, "mut")
V, K, G, F = "sirapang-volcano-evacuation", "skarva-ferry-contract", "asempa-cocoa-union", "cordell-springs-elevator-fire"

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
     lambda: edit(V, ".questions.jsonl", lambda r: first(r, "fact").update(gold=[40]))),
    ("quotation text altered", "quote not in paragraph",
     lambda: edit(G, ".quotes.jsonl", lambda r: r[0].update(text=r[0]["text"].replace("best beans", "finest beans")))),
    ("quotation moved to the wrong paragraph", "quote not in paragraph",
     lambda: edit(F, ".quotes.jsonl", lambda r: r[2].update(paragraph=r[2]["paragraph"] + 1))),
    ("quotation speaker not in people", "quote speaker not in people",
     lambda: edit(K, ".quotes.jsonl", lambda r: r[0].update(speaker="Dr Alasdair Fyfe"))),
    ("quotation dropped from the gold (straight single marks)", "unlisted quoted span",
     lambda: edit(K, ".quotes.jsonl", lambda r: r.pop(9))),
    ("quotation dropped from the gold (unclosed curly)", "unlisted quoted span",
     lambda: edit(V, ".quotes.jsonl", lambda r: r.pop(3))),
    ("ship name added as a quotation", "title or scare quote in the gold",
     lambda: edit(K, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Western Seaboard Ferries", "text": "Sgarbh", "paragraph": 5}))),
    ("nickname added as a quotation", "title or scare quote in the gold",
     lambda: edit(F, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Ronald Pflueger", "text": "Ron", "paragraph": 6}))),
    ("slogan added as a quotation", "title or scare quote in the gold",
     lambda: edit(V, ".quotes.jsonl", lambda r: r.insert(9, {"speaker": "Ratna Sumarni", "text": "Siap untuk Sirapang", "paragraph": 19}))),
    ("lookup three edits away", "more than two edits",
     lambda: edit(G, ".people.jsonl", lambda r: person(r, "Aminata Koné")["lookups"].append("Amintaa Kooney"))),
    ("duplicate lookup after folding", "duplicate lookup after folding",
     lambda: edit(G, ".people.jsonl", lambda r: person(r, "Kwabena Owusu Mensah")["lookups"].append("Mr Mensah"))),
    ("shared surname as lookup", "shared surname as lookup",
     lambda: edit(K, ".people.jsonl", lambda r: person(r, "Catriona MacLeod")["lookups"].append("MacLeod"))),
    ("shared surname behind Jr./Sr. as lookup", "shared surname as lookup",
     lambda: edit(F, ".people.jsonl", lambda r: person(r, "Dale Hoskins Sr.")["lookups"].append("Hoskins"))),
    ("lookup owned by two people", "owned by",
     lambda: edit(V, ".people.jsonl", lambda r: person(r, "Lestari Wibisono")["lookups"].append("Agus"))),
    ("quoted flag flipped", "quoted flag wrong",
     lambda: edit(F, ".people.jsonl", lambda r: person(r, "Marcy Olvera").update(quoted=True))),
    ("paraphrase sharing the paragraph's words", "paraphrase shares",
     lambda: edit(G, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="It sold 1,200 tonnes of certified beans."))),
    ("paraphrase is article text", "paraphrase is verbatim article text",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="A £148 million contract for two new ferries"))),
    ("paraphrase-kind question with the paragraph's words", "paraphrase question shares",
     lambda: edit(F, ".questions.jsonl", lambda r: first(r, "paraphrase").update(question="Why is the elevator known to locals as Big Blue?"))),
    ("a question deleted", "questions of kind unanswerable",
     lambda: edit(V, ".questions.jsonl", lambda r: r.remove(first(r, "unanswerable")))),
    ("unanswerable marked answerable", "answerable flag wrong",
     lambda: edit(G, ".questions.jsonl", lambda r: first(r, "unanswerable").update(answerable=True))),
    ("misspelled question's gold changed to the other MacLeod's", "misspelled gold equals no who question",
     lambda: edit(K, ".questions.jsonl", lambda r: [q for q in r if q["question"] == "What did Ian MacLeod say?"][0].update(gold=[12]))),
    ("misspelled name that is a prefix of the printed name", "misspelled name printed in the article",
     lambda: edit(G, ".questions.jsonl", lambda r: first(r, "misspelled").update(question="What did Kwabena Owusu Mensa say?"))),
    ("overview fact not in its gold", "overview fact not in its gold",
     lambda: edit(F, ".questions.jsonl", lambda r: first(r, "overview").update(facts=["310,000 bushels"]))),
    ("speakers names out of order", "speakers names",
     lambda: edit(V, ".questions.jsonl", lambda r: first(r, "speakers")["names"].reverse())),
    ("claim is article text", "claim verbatim in article",
     lambda: edit(K, ".claims.jsonl", lambda r: r[0].update(text="On the island, the news was met with relief, and with some anger at the timetable."))),
    ("invented quotation without marks", "invented quotation not in the article's marks",
     lambda: edit(G, ".claims.jsonl", lambda r: r[-1].update(text=r[-1]["text"].replace('"', "")))),
    ("claim near out of range", "claim near",
     lambda: edit(F, ".claims.jsonl", lambda r: r[0].update(near=0))),
    ("two paragraphs merged into one block", "continues a block",
     lambda: edit_text(F, "By Jenna Ruiz | KVRT 7 News\n\n", "By Jenna Ruiz | KVRT 7 News\n")),
    ("boilerplate line in an article", "reads as boilerplate",
     lambda: edit_text(G, "By Kofi Ansah-Larbi, B&FT Correspondent, Sefwi Asempa", "Reporting by Kofi Ansah-Larbi, B&FT Correspondent")),
    ("broken JSON line", "does not parse",
     lambda: open(os.path.join(MUT, V + ".claims.jsonl"), "a", encoding="utf-8").write("{not json\n")),
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
