"""Breaks one thing of each kind in a temporary copy of the set (.build/mut/)
and checks that validate.py fails on it with the expected message. The set
itself is never touched. Exit 0 when every mutation was caught."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
MUT = os.path.join(HERE, "mut")
U, B, G, K = "uhcw-1187-st-brendans-contract", "bellerive-renoviction-ruling", "belgrave-samaj-hall-roof", "kiyunga-market-relocation"

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
     lambda: edit(U, ".questions.jsonl", lambda r: first(r, "fact").update(gold=[40]))),
    ("quotation text altered", "quote not in paragraph",
     lambda: edit(K, ".quotes.jsonl", lambda r: r[1].update(text=r[1]["text"].replace("in the mud", "in mud")))),
    ("quotation moved to the wrong paragraph", "quote not in paragraph",
     lambda: edit(G, ".quotes.jsonl", lambda r: r[2].update(paragraph=r[2]["paragraph"] + 1))),
    ("quotation speaker not in people (title form)", "quote speaker not in people",
     lambda: edit(K, ".quotes.jsonl", lambda r: r[1].update(speaker="Ssalongo Peter Mukasa"))),
    ("quotation speaker not in people (honorific Me)", "quote speaker not in people",
     lambda: edit(B, ".quotes.jsonl", lambda r: r[4].update(speaker="Me Geneviève Trudel"))),
    ("quotation dropped from the gold (curly single with nested curly double)", "unlisted quoted span",
     lambda: edit(G, ".quotes.jsonl", lambda r: r.pop(1))),
    ("quotation dropped from the gold (unclosed straight double, middle of three paragraphs)", "unlisted quoted span",
     lambda: edit(U, ".quotes.jsonl", lambda r: r.pop(1))),
    ("quotation dropped from the gold (unclosed curly double)", "unlisted quoted span",
     lambda: edit(B, ".quotes.jsonl", lambda r: r.pop(0))),
    ("quotation dropped from the gold (guillemets)", "unlisted quoted span",
     lambda: edit(B, ".quotes.jsonl", lambda r: r.pop(2))),
    ("contract nickname added as a quotation", "title or scare quote in the gold",
     lambda: edit(U, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Rosa Delgado", "text": "the Blue Book", "paragraph": 5}))),
    ("bill title added as a quotation", "title or scare quote in the gold",
     lambda: edit(U, ".quotes.jsonl", lambda r: r.append({"speaker": "Marisol Ventura-Hughes", "text": "Safe Patient Limits Act", "paragraph": 20}))),
    ("French law title in guillemets added as a quotation", "title or scare quote in the gold",
     lambda: edit(B, ".quotes.jsonl", lambda r: r.insert(2, {"speaker": "Hélène Beaudry-Lacasse", "text": "Loi visant à protéger les locataires contre les évictions abusives", "paragraph": 9}))),
    ("Gujarati slogan added as a quotation", "title or scare quote in the gold",
     lambda: edit(G, ".quotes.jsonl", lambda r: r.insert(6, {"speaker": "Riya Vaghela", "text": "Ek Eent, Ek Parivar", "paragraph": 16}))),
    ("scare term after 'what she called' added as a quotation", "title or scare quote in the gold",
     lambda: edit(K, ".quotes.jsonl", lambda r: r.insert(9, {"speaker": "Grace Atim Olweny", "text": "political mobilisation", "paragraph": 15}))),
    ("lookup three edits away", "more than two edits",
     lambda: edit(K, ".people.jsonl", lambda r: person(r, "Grace Atim Olweny")["lookups"].append("Grace Atim Olwenyiya"))),
    ("duplicate lookup after folding", "duplicate lookup after folding",
     lambda: edit(B, ".people.jsonl", lambda r: person(r, "Luc Gagnon")["lookups"].append("Mr Gagnon"))),
    ("shared surname Delgado as lookup", "shared surname as lookup",
     lambda: edit(U, ".people.jsonl", lambda r: person(r, "Martin Delgado")["lookups"].append("Delgado"))),
    ("shared surname Gagnon as lookup", "shared surname as lookup",
     lambda: edit(B, ".people.jsonl", lambda r: person(r, "Thérèse Gagnon")["lookups"].append("Gagnon"))),
    ("shared surname Patel as lookup", "shared surname as lookup",
     lambda: edit(G, ".people.jsonl", lambda r: person(r, "Nisha Patel")["lookups"].append("Patel"))),
    ("shared surname Mukasa as lookup", "shared surname as lookup",
     lambda: edit(K, ".people.jsonl", lambda r: person(r, "Harriet Mukasa")["lookups"].append("Mukasa"))),
    ("lookup owned by two people", "owned by",
     lambda: edit(G, ".people.jsonl", lambda r: person(r, "Riya Vaghela")["lookups"].append("Dr Vaghela"))),
    ("quoted flag flipped (reported-only senator)", "quoted flag wrong",
     lambda: edit(U, ".people.jsonl", lambda r: person(r, "Marisol Ventura-Hughes").update(quoted=True))),
    ("paraphrase sharing the paragraph's words", "paraphrase shares",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="More than 600 vendors will move to the new market."))),
    ("paraphrase is article text", "paraphrase is verbatim article text",
     lambda: edit(B, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="The tenants had been paying between $780 and $1,140"))),
    ("paraphrase-kind question with the paragraph's words", "paraphrase question shares",
     lambda: edit(G, ".questions.jsonl", lambda r: first(r, "paraphrase").update(question="Which two trustees voted against closing the hall?"))),
    ("a question deleted", "questions of kind unanswerable",
     lambda: edit(U, ".questions.jsonl", lambda r: r.remove(first(r, "unanswerable")))),
    ("unanswerable marked answerable", "answerable flag wrong",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "unanswerable").update(answerable=True))),
    ("misspelled question's gold changed to the other Patel's", "misspelled gold equals no who question",
     lambda: edit(G, ".questions.jsonl", lambda r: [q for q in r if q["question"] == "What did Hasmuk Patel say?"][0].update(gold=[12, 13]))),
    ("misspelled name that is printed in the article", "misspelled name printed in the article",
     lambda: edit(B, ".questions.jsonl", lambda r: first(r, "misspelled").update(question="What did Justice Beaudry-Lacasse say?"))),
    ("overview fact not in its gold", "overview fact not in its gold",
     lambda: edit(K, ".questions.jsonl", lambda r: first(r, "overview").update(facts=["Hajji Musa Kigozi"]))),
    ("speakers names out of order", "speakers names",
     lambda: edit(U, ".questions.jsonl", lambda r: first(r, "speakers")["names"].reverse())),
    ("claim is article text", "claim verbatim in article",
     lambda: edit(G, ".claims.jsonl", lambda r: r[0].update(text="So far £115,000 has been pledged."))),
    ("invented quotation without marks", "invented quotation not in the article's marks",
     lambda: edit(B, ".claims.jsonl", lambda r: r[-1].update(text=r[-1]["text"].replace("« ", "").replace(" »", "")))),
    ("claim near out of range", "claim near",
     lambda: edit(K, ".claims.jsonl", lambda r: r[0].update(near=0))),
    ("two paragraphs merged into one block", "continues a block",
     lambda: edit_text(U, "She told the crowd:\n\n", "She told the crowd:\n")),
    ("boilerplate line in an article", "reads as boilerplate",
     lambda: edit_text(K, "By Moses Ssekandi", "Reporting by Moses Ssekandi")),
    ("broken JSON line", "does not parse",
     lambda: open(os.path.join(MUT, G + ".claims.jsonl"), "a", encoding="utf-8").write("{not json\n")),
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
