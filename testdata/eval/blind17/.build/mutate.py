"""Breaks one thing of each kind in a temporary copy of the set (.build/mut/)
and checks that validate.py fails on it with the expected message. The set
itself is never touched. Exit 0 when every mutation was caught."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
MUT = os.path.join(HERE, "mut")
Z, W, H, T = "zebbug-fireworks-factory-permit", "wirrandah-lagoons-water-licence", "haberle-praezision-insolvency", "nonthaburi-call-centre-gang"

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
     lambda: edit(Z, ".questions.jsonl", lambda r: first(r, "fact").update(gold=[40]))),
    ("quotation text altered", "quote not in paragraph",
     lambda: edit(T, ".quotes.jsonl", lambda r: r[0].update(text="They did not need any guns"))),
    ("quotation moved to the wrong paragraph", "quote not in paragraph",
     lambda: edit(W, ".quotes.jsonl", lambda r: r[3].update(paragraph=r[3]["paragraph"] + 1))),
    ("quotation speaker not in people (Uncle form)", "quote speaker not in people",
     lambda: edit(W, ".quotes.jsonl", lambda r: r[0].update(speaker="Uncle Roy Duncan"))),
    ("quotation speaker not in people (Pol Lt Gen form)", "quote speaker not in people",
     lambda: edit(T, ".quotes.jsonl", lambda r: r[0].update(speaker="Pol Lt Gen Thanakorn Srisuwan"))),
    ("quotation speaker not in people (Dr.-Ing. form)", "quote speaker not in people",
     lambda: edit(H, ".quotes.jsonl", lambda r: r[3].update(speaker="Dr.-Ing. Sabine Weißgerber"))),
    ("quotation speaker not in people (Perit form)", "quote speaker not in people",
     lambda: edit(Z, ".quotes.jsonl", lambda r: r[3].update(speaker="Perit Ġorġ Azzopardi"))),
    ("quotation dropped (curly single with nested curly double)", "unlisted quoted span",
     lambda: edit(H, ".quotes.jsonl", lambda r: r.pop(2))),
    ("quotation dropped (middle paragraph of the three-paragraph curly speech)", "unlisted quoted span",
     lambda: edit(Z, ".quotes.jsonl", lambda r: r.pop(1))),
    ("quotation dropped (straight double with nested straight single)", "unlisted quoted span",
     lambda: edit(T, ".quotes.jsonl", lambda r: r.pop(3))),
    ("quotation dropped (pronoun-led 'He added,')", "unlisted quoted span",
     lambda: edit(W, ".quotes.jsonl", lambda r: r.pop(2))),
    ("study title added as a quotation", "title or scare quote in the gold",
     lambda: edit(Z, ".quotes.jsonl", lambda r: r.insert(6, {"speaker": "Ġorġ Azzopardi", "text": "A Village Between Two Fires", "paragraph": 12}))),
    ("plan title added as a quotation", "title or scare quote in the gold",
     lambda: edit(W, ".quotes.jsonl", lambda r: r.insert(7, {"speaker": "Wirrandah Local Aboriginal Land Council", "text": "Mulla Lagoons Healing Plan", "paragraph": 11}))),
    ("scare term 'the big dry' added as a quotation", "title or scare quote in the gold",
     lambda: edit(W, ".quotes.jsonl", lambda r: r.append({"speaker": "one of the land council's rangers", "text": "the big dry", "paragraph": 19}))),
    ("restructuring plan name added as a quotation", "title or scare quote in the gold",
     lambda: edit(H, ".quotes.jsonl", lambda r: r.insert(1, {"speaker": "Matthias Häberle", "text": "Präzision 2030", "paragraph": 6}))),
    ("nickname in marks added as a quotation", "title or scare quote in the gold",
     lambda: edit(T, ".quotes.jsonl", lambda r: r.insert(4, {"speaker": "Kittipong Wattanasiri", "text": "Tong", "paragraph": 13}))),
    ("lookup three edits away", "more than two edits",
     lambda: edit(T, ".people.jsonl", lambda r: person(r, "Orawan Thepsiri")["lookups"].append("Orawan Thepsirirri"))),
    ("duplicate lookup after folding", "duplicate lookup after folding",
     lambda: edit(H, ".people.jsonl", lambda r: person(r, "Ulrich Kröger")["lookups"].append("Prof Dr Kröger"))),
    ("shared surname Azzopardi as lookup", "shared surname as lookup",
     lambda: edit(Z, ".people.jsonl", lambda r: person(r, "Ċensu Azzopardi")["lookups"].append("Azzopardi"))),
    ("shared surname Duncan as lookup", "shared surname as lookup",
     lambda: edit(W, ".people.jsonl", lambda r: person(r, "Beryl Duncan")["lookups"].append("Duncan"))),
    ("shared surname Häberle as lookup", "shared surname as lookup",
     lambda: edit(H, ".people.jsonl", lambda r: person(r, "Matthias Häberle")["lookups"].append("Häberle"))),
    ("lookup owned by two people", "owned by",
     lambda: edit(W, ".people.jsonl", lambda r: person(r, "Daniel Hartigan")["lookups"].append("the spokesperson"))),
    ("quoted flag flipped (reported-only minister)", "quoted flag wrong",
     lambda: edit(Z, ".people.jsonl", lambda r: person(r, "Ramona Xuereb").update(quoted=True))),
    ("paraphrase sharing the paragraph's words", "paraphrase shares",
     lambda: edit(T, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="Cyber police arrested 14 people."))),
    ("paraphrase is article text", "paraphrase is verbatim article text",
     lambda: edit(H, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="The 92-year-old Mittelstand firm employs 640 people"))),
    ("paraphrase-kind question with the paragraph's words", "paraphrase question shares",
     lambda: edit(W, ".questions.jsonl", lambda r: first(r, "paraphrase").update(question="After how many years will the licence be reviewed by the minister?"))),
    ("a question deleted", "questions of kind unanswerable",
     lambda: edit(Z, ".questions.jsonl", lambda r: r.remove(first(r, "unanswerable")))),
    ("unanswerable marked answerable", "answerable flag wrong",
     lambda: edit(T, ".questions.jsonl", lambda r: first(r, "unanswerable").update(answerable=True))),
    ("misspelled question's gold changed to the other Azzopardi's", "misspelled gold equals no who question",
     lambda: edit(Z, ".questions.jsonl", lambda r: [q for q in r if q["question"] == "What did Ċensu Azopardi say?"][0].update(gold=[10, 11, 12, 22]))),
    ("misspelled name that is printed in the article", "misspelled name printed in the article",
     lambda: edit(W, ".questions.jsonl", lambda r: first(r, "misspelled").update(question="What did Uncle Roy say?"))),
    ("overview fact not in its gold", "overview fact not in its gold",
     lambda: edit(H, ".questions.jsonl", lambda r: first(r, "overview").update(facts=["IG Werkmetall"]))),
    ("speakers names out of order", "speakers names",
     lambda: edit(T, ".questions.jsonl", lambda r: first(r, "speakers")["names"].reverse())),
    ("claim is article text", "claim verbatim in article",
     lambda: edit(W, ".claims.jsonl", lambda r: r[0].update(text="The land council has 412 members."))),
    ("invented quotation without marks", "invented quotation not in the article's marks",
     lambda: edit(H, ".claims.jsonl", lambda r: r[-1].update(text=r[-1]["text"].replace("‘", "").replace("’", "")))),
    ("claim near out of range", "claim near",
     lambda: edit(Z, ".claims.jsonl", lambda r: r[0].update(near=23))),
    ("two paragraphs merged into one block", "continues a block",
     lambda: edit_text(H, "this stage’.\n\n", "this stage’.\n")),
    ("boilerplate line in an article", "reads as boilerplate",
     lambda: edit_text(T, "By Wassana Khemthong", "Reporting by Wassana Khemthong")),
    ("broken JSON line", "does not parse",
     lambda: open(os.path.join(MUT, W + ".claims.jsonl"), "a", encoding="utf-8").write("{not json\n")),
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
