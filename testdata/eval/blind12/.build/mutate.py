"""Mutation check: corrupt a COPY of the set in .build/mut/, run validate.py on it, confirm every mutation is caught."""
import json, os, shutil, subprocess, sys, glob

BUILD = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(BUILD)
MUT = os.path.join(BUILD, "mut")


def fresh():
    shutil.rmtree(MUT, ignore_errors=True)
    os.makedirs(MUT)
    for f in glob.glob(os.path.join(SET, "*.txt")) + glob.glob(os.path.join(SET, "*.jsonl")):
        shutil.copy(f, MUT)


def rows(name):
    return [json.loads(l) for l in open(os.path.join(MUT, name), encoding="utf-8")]


def save(name, rs):
    with open(os.path.join(MUT, name), "w", encoding="utf-8") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def run(label, expected):
    p = subprocess.run([sys.executable, os.path.join(BUILD, "validate.py"), MUT], capture_output=True, text=True)
    out = p.stdout
    print(f"=== {label}: exit {p.returncode}")
    print(out)
    ok = p.returncode == 1
    for desc, needle in expected:
        hit = needle in out
        ok &= hit
        print(f"{'CAUGHT' if hit else 'MISSED'}: {desc} -> {needle!r}")
    return ok


all_ok = True
# ---- run A: eight mutations at once
fresh()
G, T, S, D = "grjotavik-hot-water-outage", "tepalcan-avocado-water-law", "sandmere-masters-round-seven", "doringkloof-slimes-dam-collapse"
q = rows(G + ".questions.jsonl"); q[0]["gold"] = [50]; save(G + ".questions.jsonl", q)            # 1 gold out of range
qt = rows(T + ".quotes.jsonl")
for r in qt:
    if r["paragraph"] == 15: r["paragraph"] = 16                                                     # 2 quote moved
save(T + ".quotes.jsonl", qt)
pp = rows(S + ".people.jsonl")
for r in pp:
    if r["name"] == "Dana Nurlanova": r["lookups"].append("Nurlanova")                               # 3 shared surname
save(S + ".people.jsonl", pp)
cl = rows(D + ".claims.jsonl"); cl[3]["text"] = "Fourteen homes were destroyed and 61 damaged."; save(D + ".claims.jsonl", cl)  # 4 claim = article
qg = rows(G + ".quotes.jsonl")
for r in qg:
    if r["paragraph"] == 27: r["text"] = r["text"].replace("40 tonnes", "400 tonnes")               # 5 quote text altered
save(G + ".quotes.jsonl", qg)
qs = rows(S + ".quotes.jsonl"); qs.append({"speaker": "Zeynep Aydın", "text": "The Patient Rook", "paragraph": 14}); save(S + ".quotes.jsonl", qs)  # 6 title in gold
qq = rows(T + ".questions.jsonl"); i = next(k for k, r in enumerate(qq) if r["kind"] == "unanswerable"); del qq[i]; save(T + ".questions.jsonl", qq)  # 7 question deleted
pd = rows(D + ".people.jsonl")
for r in pd:
    if r["name"] == "Lerato Mofokeng": r["lookups"].append("The MEC")                                # 8 case duplicate lookup
save(D + ".people.jsonl", pd)
all_ok &= run("run A (eight mutations)", [
    ("1 gold paragraph out of range", "gold paragraph 50 out of range"),
    ("1 paraphrase no longer in gold", "paraphrase paragraph not in gold"),
    ("2 quotation moved to the wrong paragraph", "quote not in paragraph 16"),
    ("2 moved quotation leaves its span unlisted", "unlisted quoted span in paragraph 15"),
    ("2 speakers gold no longer matches", "speakers gold"),
    ("3 shared surname as a lookup", "shared surname as lookup: 'Nurlanova'"),
    ("4 claim copied from the article", "claim verbatim in article"),
    ("5 quotation text altered", "quote not in paragraph 27"),
    ("5 altered quotation is not a whole span", "gold quote is not a whole span in paragraph 27"),
    ("6 book title added as a quotation", "title or scare quote in the gold: 'The Patient Rook'"),
    ("7 unanswerable question deleted", "45 questions, want 46"),
    ("7 kind count", "8 questions of kind unanswerable, want 9"),
    ("8 lookup differing only by case", "duplicate lookup after folding 'The MEC'"),
])
# ---- run B: paragraph structure, verbatim paraphrase, misspelled gold, invented quote without marks
fresh()
path = os.path.join(MUT, G + ".txt")
s = open(path, encoding="utf-8").read()
s = s.replace("to the town.\n\nTemperatures", "to the town.\nTemperatures", 1)                         # 9 two paragraphs merged into one block
open(path, "w", encoding="utf-8").write(s)
qq = rows(T + ".questions.jsonl")
qq[0]["paraphrase"][0]["text"] = "The state Congress passed the reform"                              # 10 paraphrase verbatim
m = next(r for r in qq if r["kind"] == "misspelled"); m["gold"] = [3]                                 # 11 misspelled gold wrong
save(T + ".questions.jsonl", qq)
cl = rows(S + ".claims.jsonl")
c = next(r for r in cl if r.get("kind") == "quote"); c["text"] = "Gulnara Nurlanova said the girls never draw."  # 12 invented quote without marks
save(S + ".claims.jsonl", cl)
all_ok &= run("run B (four mutations)", [
    ("9 paragraphs merged", "continues a block"),
    ("10 paraphrase copied from the article", "paraphrase is verbatim article text"),
    ("11 misspelled question's gold changed", "misspelled gold equals no who question's gold"),
    ("12 invented quotation without the article's marks", "invented quotation not in the article's marks"),
])
shutil.rmtree(MUT)
print("ALL MUTATIONS CAUGHT" if all_ok else "SOME MUTATION MISSED")
sys.exit(0 if all_ok else 1)
