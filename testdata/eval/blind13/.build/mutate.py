"""Breaks one thing of each kind in a temporary copy of the set (.build/mut/)
and checks that validate.py fails on it with the expected message. The set
itself is never touched. Exit 0 when every mutation was caught."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
MUT = os.path.join(HERE, "mut")
C, S, W, N = "golden-sheaf-curling-final", "vila-serrana-storks-study", "orient-wire-asia-briefs", "nyabera-wetland-appeal"

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
     lambda: edit(N, ".questions.jsonl", lambda r: first(r, "fact").update(gold=[40]))),
    ("quotation text altered", "quote not in paragraph",
     lambda: edit(W, ".quotes.jsonl", lambda r: r[1].update(text=r[1]["text"].replace("11 days", "12 days")))),
    ("quotation moved to the wrong paragraph", "quote not in paragraph",
     lambda: edit(C, ".quotes.jsonl", lambda r: r[2].update(paragraph=r[2]["paragraph"] + 1))),
    ("quotation speaker not in people", "quote speaker not in people",
     lambda: edit(S, ".quotes.jsonl", lambda r: r[0].update(speaker="Ines Valadares"))),
    ("quotation dropped from the gold", "unlisted quoted span",
     lambda: edit(W, ".quotes.jsonl", lambda r: r.pop(4))),
    ("title added as a quotation", "title or scare quote in the gold",
     lambda: edit(S, ".quotes.jsonl", lambda r: r.insert(3, {"speaker": "Inês Valadares", "text": "Following the bins: acoustic cues and urban foraging in white storks", "paragraph": 9}))),
    ("scare quote added as a quotation", "title or scare quote in the gold",
     lambda: edit(N, ".quotes.jsonl", lambda r: r.insert(0, {"speaker": "Nyando Valley Sugar Company Limited", "text": "reclaimed land", "paragraph": 8}))),
    ("lookup three edits away", "more than two edits",
     lambda: edit(W, ".people.jsonl", lambda r: person(r, "Batbayar")["lookups"].append("Batbayyaarr"))),
    ("duplicate lookup after folding", "duplicate lookup after folding",
     lambda: edit(N, ".people.jsonl", lambda r: person(r, "Rosemary Chepkoech Too")["lookups"].append("Eng Rosemary Chepkoech Too"))),
    ("shared surname as lookup", "shared surname as lookup",
     lambda: edit(N, ".people.jsonl", lambda r: person(r, "Okoth Otieno")["lookups"].append("Otieno"))),
    ("lookup owned by two people", "owned by",
     lambda: edit(C, ".people.jsonl", lambda r: person(r, "Tess Kowalchuk")["lookups"].append("the lead"))),
    ("quoted flag flipped", "quoted flag wrong",
     lambda: edit(C, ".people.jsonl", lambda r: person(r, "Jordyn Pratt").update(quoted=True))),
    ("paraphrase sharing the paragraph's words", "paraphrase shares",
     lambda: edit(S, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="They tagged 46 adult storks nesting around the town."))),
    ("paraphrase is article text", "paraphrase is verbatim article text",
     lambda: edit(W, ".questions.jsonl", lambda r: first(r, "fact")["paraphrase"][0].update(text="Commuter trains on the southern coastal line will not run"))),
    ("paraphrase-kind question with the paragraph's words", "paraphrase question shares",
     lambda: edit(C, ".questions.jsonl", lambda r: first(r, "paraphrase").update(question="Who stole a single in the 11th end to beat Gauthier?"))),
    ("a question deleted", "questions of kind unanswerable",
     lambda: edit(S, ".questions.jsonl", lambda r: r.remove(first(r, "unanswerable")))),
    ("unanswerable marked answerable", "answerable flag wrong",
     lambda: edit(W, ".questions.jsonl", lambda r: first(r, "unanswerable").update(answerable=True))),
    ("misspelled question's gold changed", "misspelled gold equals no who question",
     lambda: edit(N, ".questions.jsonl", lambda r: first(r, "misspelled").update(gold=[19]))),
    ("overview fact not in its gold", "overview fact not in its gold",
     lambda: edit(C, ".questions.jsonl", lambda r: first(r, "overview").update(facts=["$12,000"]))),
    ("speakers names out of order", "speakers names",
     lambda: edit(W, ".questions.jsonl", lambda r: first(r, "speakers")["names"].reverse())),
    ("claim is article text", "claim verbatim in article",
     lambda: edit(S, ".claims.jsonl", lambda r: r[0].update(text="The study was funded by the Alentejo Regional Science Fund."))),
    ("invented quotation without marks", "invented quotation not in the article's marks",
     lambda: edit(C, ".claims.jsonl", lambda r: r[-1].update(text=r[-1]["text"].replace('"', "")))),
    ("claim near out of range", "claim near",
     lambda: edit(W, ".claims.jsonl", lambda r: r[0].update(near=0))),
    ("two paragraphs merged into one block", "continues a block",
     lambda: edit_text(S, "By Harriet Quayle\n\n", "By Harriet Quayle\n")),
    ("boilerplate line in an article", "reads as boilerplate",
     lambda: edit_text(W, "Orient Wire regional desk, Dec 1", "Follow us for more Orient Wire news")),
    ("broken JSON line", "does not parse",
     lambda: open(os.path.join(MUT, N + ".claims.jsonl"), "a", encoding="utf-8").write("{not json\n")),
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
