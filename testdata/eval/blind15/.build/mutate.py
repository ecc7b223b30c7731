"""Breaks one thing of each kind in a temporary copy of the set (.build/mut/)
and checks that validate.py fails on it with the expected message. The set
itself is never touched. Exit 0 when every mutation was caught."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
MUT = os.path.join(HERE, "mut")
C, J, H, K = "cwm-rhydian-quarry-homes", "jacaranda-fc-closed-doors", "halloran-vaituhi-house-posts", "kot-sultan-flour-quota"

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
     lambda: edit(C, ".questions.jsonl", lambda r: first(r, "fact").update(gold=[40]))),
    ("quotation text altered", "quote not in paragraph",
     lambda: edit(K, ".quotes.jsonl", lambda r: r[0].update(text=r[0]["text"].replace("a favour", "any favour")))),
    ("quotation moved to the wrong paragraph", "quote not in paragraph",
     lambda: edit(H, ".quotes.jsonl", lambda r: r[2].update(paragraph=r[2]["paragraph"] + 1))),
    ("quotation speaker not in people", "quote speaker not in people",
     lambda: edit(K, ".quotes.jsonl", lambda r: r[0].update(speaker="Ch. Arshad Mehmood Waraich"))),
    ("quotation dropped from the gold (curly single marks)", "unlisted quoted span",
     lambda: edit(C, ".quotes.jsonl", lambda r: r.pop(3))),
    ("quotation dropped from the gold (unclosed straight double)", "unlisted quoted span",
     lambda: edit(J, ".quotes.jsonl", lambda r: r.pop(0))),
    ("quotation dropped from the gold (unclosed curly double)", "unlisted quoted span",
     lambda: edit(H, ".quotes.jsonl", lambda r: r.pop(4))),
    ("club nickname added as a quotation", "title or scare quote in the gold",
     lambda: edit(J, ".quotes.jsonl", lambda r: r.insert(2, {"speaker": "Jacarandá Futebol Clube", "text": "Tubarão do Norte", "paragraph": 8}))),
    ("Welsh slogan added as a quotation", "title or scare quote in the gold",
     lambda: edit(C, ".quotes.jsonl", lambda r: r.insert(9, {"speaker": "one councillor who voted in favour", "text": "Nid yw’r cwm ar werth", "paragraph": 18}))),
    ("exhibition title added as a quotation", "title or scare quote in the gold",
     lambda: edit(H, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Imogen Rathbone", "text": "Carved Ancestors: Oceania in Dunmere", "paragraph": 6}))),
    ("scare term added as a quotation", "title or scare quote in the gold",
     lambda: edit(K, ".quotes.jsonl", lambda r: r.insert(10, {"speaker": "Tahir Jamil", "text": "flour crisis", "paragraph": 20}))),
    ("lookup three edits away", "more than two edits",
     lambda: edit(K, ".people.jsonl", lambda r: person(r, "Amna Bokhari")["lookups"].append("Amnaa Bukharey"))),
    ("duplicate lookup after folding", "duplicate lookup after folding",
     lambda: edit(H, ".people.jsonl", lambda r: person(r, "Imogen Rathbone")["lookups"].append("Dr. Rathbone"))),
    ("shared surname as lookup", "shared surname as lookup",
     lambda: edit(H, ".people.jsonl", lambda r: person(r, "Geoffrey Rathbone")["lookups"].append("Rathbone"))),
    ("shared surname behind Filho as lookup", "shared surname as lookup",
     lambda: edit(J, ".people.jsonl", lambda r: person(r, "Márcia Vasconcelos")["lookups"].append("Vasconcelos"))),
    ("shared surname Jones as lookup", "shared surname as lookup",
     lambda: edit(C, ".people.jsonl", lambda r: person(r, "Mair Jones")["lookups"].append("Jones"))),
    ("lookup owned by two people", "owned by",
     lambda: edit(K, ".people.jsonl", lambda r: person(r, "Nadeem Waraich")["lookups"].append("Arshad"))),
    ("quoted flag flipped", "quoted flag wrong",
     lambda: edit(J, ".people.jsonl", lambda r: person(r, "Caíque").update(quoted=True))),
    ("paraphrase sharing the paragraph's words", "paraphrase shares",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="The daily quota of government wheat was cut to 1,650 tonnes."))),
    ("paraphrase is article text", "paraphrase is verbatim article text",
     lambda: edit(H, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="The trustees of the Halloran Museum of World Cultures in Dunmere voted unanimously"))),
    ("paraphrase-kind question with the paragraph's words", "paraphrase question shares",
     lambda: edit(C, ".questions.jsonl", lambda r: first(r, "paraphrase").update(question="Which trust looks after the quarry's old incline and drum house?"))),
    ("a question deleted", "questions of kind unanswerable",
     lambda: edit(J, ".questions.jsonl", lambda r: r.remove(first(r, "unanswerable")))),
    ("unanswerable marked answerable", "answerable flag wrong",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "unanswerable").update(answerable=True))),
    ("misspelled question's gold changed to the other Rathbone's", "misspelled gold equals no who question",
     lambda: edit(H, ".questions.jsonl", lambda r: [q for q in r if q["question"] == "What did Imogen Rathborne say?"][0].update(gold=[9, 10]))),
    ("misspelled name that is printed in the article", "misspelled name printed in the article",
     lambda: edit(C, ".questions.jsonl", lambda r: first(r, "misspelled").update(question="What did Eurig Wyn say?"))),
    ("overview fact not in its gold", "overview fact not in its gold",
     lambda: edit(J, ".questions.jsonl", lambda r: first(r, "overview").update(facts=["Fúria Verde"]))),
    ("speakers names out of order", "speakers names",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "speakers")["names"].reverse())),
    ("claim is article text", "claim verbatim in article",
     lambda: edit(H, ".claims.jsonl", lambda r: r[0].update(text="That plan has alarmed conservators."))),
    ("invented quotation without marks", "invented quotation not in the article's marks",
     lambda: edit(C, ".claims.jsonl", lambda r: r[-1].update(text=r[-1]["text"].replace("‘", "").replace("’", "")))),
    ("claim near out of range", "claim near",
     lambda: edit(J, ".claims.jsonl", lambda r: r[0].update(near=0))),
    ("two paragraphs merged into one block", "continues a block",
     lambda: edit_text(J, "the club said:\n\n", "the club said:\n")),
    ("boilerplate line in an article", "reads as boilerplate",
     lambda: edit_text(K, "Our Correspondent", "Reporting by Our Correspondent")),
    ("broken JSON line", "does not parse",
     lambda: open(os.path.join(MUT, H + ".claims.jsonl"), "a", encoding="utf-8").write("{not json\n")),
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
