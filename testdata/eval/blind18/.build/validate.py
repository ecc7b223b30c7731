"""Structural checks of the blind18 set (no engine is run).
Usage: python3 validate.py [SETDIR]   (default: the directory above .build)
Prints every problem and exits 1 if there is any, else prints OK."""
import json, os, re, sys, unicodedata

BASE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# per article: quotation-mark style and the spans in those marks that are NOT quotations
ARTICLES = {
    "apaseo-water-rationing": ("curly-double", ["Tandeo Justo", "huachicol de agua"]),
    "okpara-flour-agm-fine": ("straight-double", ["the bakery committee"]),
    "romblon-ferry-typhoon-relief": ("straight-double", ["Luding", "Tina", "Teddy", "Ligtas na Biyahe, Ligtas na Tahanan"]),
    "strathallan-bumblebee-night-light": ("curly-single", ["Night light shortens the working day of bumblebees", "skyglow"]),
}
# shared first (paternal) surnames of Spanish double surnames, which the last-token rule cannot see
EXTRA_SHARED = {"apaseo-water-rationing": {"ibarra"}}
OPEN = {"curly-double": "“", "straight-double": '"', "curly-single": "‘", "straight-single": "'", "curly-double+guillemets": "“«"}
KINDS = {"fact": 10, "who": 6, "role": 6, "paraphrase": 5, "misspelled": 5, "unanswerable": 9, "overview": 3, "speakers": 1, "headline": 1}
WITH_PARA = {"fact", "who", "role", "paraphrase"}
STOP = set("""a an the and or but of in on at to for from by with without about into onto over under after before
than then as is are was were be been being has have had do does did done it its it's this that these those there
their they them he she his her him we our us you your i me my who whom whose what which when where why how
not no nor so if also only just still yet very much many more most some any all each every other another such
said says say saying told tell asked ask would will could can may might must should shall one two per own
up out off again once here now too whether while within though although because since until""".split())
BOILER = re.compile(r"(?i)^(" + "|".join([
    r"click here\b", r"read more\b", r"(sign up|subscribe)\b.*\b(newsletter|updates|here|now)\b",
    r"(additional )?(reporting|writing|editing) by\b", r"our standards:", r"(©|\(c\)|copyright)\s",
    r"all rights reserved", r"follow (us|@)", r"share (this|on)\b", r"advertisement$",
    r"(image|photo|video)( credit)?:", r"related( coverage| stories| articles)?:", r"get the latest\b",
    r"(this story|this article) (has been|was) (updated|corrected)"]) + ")")

errors = []
def err(stem, msg):
    errors.append(f"{stem}: {msg}")

LETTERS = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ß": "ss"})

def strip_accents(s):
    # letters that do not decompose (Turkish dotless i, ø, ł, đ; Maltese ħ; German ß) are mapped too
    return "".join(c for c in unicodedata.normalize("NFD", s.translate(LETTERS)) if unicodedata.category(c) != "Mn")

def fold(s):
    s = s.lower().replace("’", "").replace("'", "").replace(".", "").replace(",", "")
    return " ".join(s.split())

def stem(w):
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("es") and w[:-2].endswith(("ch", "sh", "x", "ss")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w

def content(text):
    text = re.sub(r"(?<=\d),(?=\d)", "", text.lower())
    toks = re.findall(r"[^\W_]+", text)
    return {stem(t) for t in toks if t not in STOP and (len(t) > 1 or t.isdigit())}

def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def read_lines(stem, suffix):
    path = os.path.join(BASE, stem + suffix)
    rows = []
    try:
        for i, line in enumerate(open(path, encoding="utf-8"), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except Exception as e:
                    err(stem, f"{suffix} line {i} does not parse: {e}")
    except OSError as e:
        err(stem, f"missing {suffix}: {e}")
    return rows

def spans(par, style):
    """Spans between the article's own quotation marks in one paragraph; an
    unclosed span runs to the end of the paragraph."""
    out = []
    if style == "straight-double":
        pos = [m.start() for m in re.finditer('"', par)]
        for k in range(0, len(pos), 2):
            end = pos[k + 1] if k + 1 < len(pos) else len(par)
            out.append(par[pos[k] + 1:end])
    elif style == "curly-double+guillemets":
        out = spans(par, "curly-double")
        i = 0
        while True:
            s = par.find("«", i)
            if s < 0:
                break
            e = par.find("»", s + 1)
            e = len(par) if e < 0 else e
            out.append(par[s + 1:e].strip())
            i = e + 1
    elif style == "curly-double":
        i = 0
        while True:
            s = par.find("“", i)
            if s < 0:
                break
            e = par.find("”", s + 1)
            e = len(par) if e < 0 else e
            out.append(par[s + 1:e])
            i = e + 1
    elif style == "straight-single":
        # an opening ' starts the paragraph or follows a space, an opening
        # double mark or a bracket, and is followed by a non-space; a closing
        # ' is not followed by a letter (so island's, ship's are apostrophes)
        i, L = 0, len(par)
        while i < L:
            if par[i] == "'" and (i == 0 or par[i - 1] in ' ("') and i + 1 < L and not par[i + 1].isspace():
                j, e = i + 1, L
                while j < L:
                    if par[j] == "'" and not (j + 1 < L and par[j + 1].isalpha()):
                        e = j
                        break
                    j += 1
                out.append(par[i + 1:e])
                i = e + 1
            else:
                i += 1
    else:
        i = 0
        while True:
            s = par.find("‘", i)
            if s < 0:
                break
            e, j = len(par), s + 1
            while True:
                k = par.find("’", j)
                if k < 0:
                    break
                if k + 1 < len(par) and par[k + 1].isalpha():
                    j = k + 1
                    continue
                e = k
                break
            out.append(par[s + 1:e])
            i = e + 1
    return out

def check(sname, style, notquotes):
    raw = open(os.path.join(BASE, sname + ".txt"), encoding="utf-8").read()
    lines = raw.split("\n")
    # single-line blocks when the text uses blank lines
    if any(not l.strip() for l in lines[1:-1]):
        for i in range(1, len(lines)):
            if lines[i].strip() and lines[i - 1].strip():
                err(sname, f"line {i+1} continues a block (blank-line text must have single-line blocks)")
    paras = [l.strip() for l in lines if l.strip()]
    n = len(paras)
    words = sum(len(p.split()) for p in paras)
    if not 20 <= n <= 30:
        err(sname, f"{n} paragraphs, want 20-30")
    if not 400 <= words <= 900:
        err(sname, f"{words} words, want 400-900")
    for i, p in enumerate(paras, 1):
        if BOILER.match(p):
            err(sname, f"paragraph {i} reads as boilerplate")
    text_fold = fold(raw)
    # a one-word nickname in marks inside a name (Ronald “Ron” Pflueger) is skipped
    text_fold_nick = fold(re.sub(r"\s[“\"‘'][^”\"’'\s]{1,12}[”\"’']\s", " ", raw))
    art_words = set(re.findall(r"[^\W_]+", strip_accents(raw.lower())))
    inrange = lambda k: isinstance(k, int) and 1 <= k <= n

    quotes = read_lines(sname, ".quotes.jsonl")
    questions = read_lines(sname, ".questions.jsonl")
    people = read_lines(sname, ".people.jsonl")
    claims = read_lines(sname, ".claims.jsonl")

    # people
    names = {}
    for p in people:
        if set(p) != {"name", "roles", "quoted", "lookups"}:
            err(sname, f"people keys {sorted(p)}")
            continue
        if not (isinstance(p["name"], str) and isinstance(p["roles"], list) and p["roles"] and isinstance(p["quoted"], bool) and isinstance(p["lookups"], list)):
            err(sname, f"people types wrong for {p.get('name')}")
            continue
        if p["name"] in names:
            err(sname, f"person listed twice: {p['name']}")
        names[p["name"]] = p
        if fold(p["name"]) not in text_fold and fold(p["name"]) not in text_fold_nick:
            err(sname, f"canonical name not printed in the article: {p['name']}")
        if not p["lookups"] or p["lookups"][0] != p["name"]:
            err(sname, f"first lookup is not the name: {p['name']}")
    # shared surnames
    last = {}
    for nm in names:
        if nm[:1].isupper() and len(nm.split()) >= 2:
            toks = [t for t in nm.split() if fold(t) not in ("jr", "sr", "ii", "iii", "filho", "neto", "junior")]
            last.setdefault(fold(toks[-1]), []).append(nm)
    shared = {s for s, v in last.items() if len(v) > 1} | EXTRA_SHARED.get(sname, set())
    owner = {}
    for nm, p in names.items():
        seen = set()
        name_toks = [strip_accents(t) for t in re.findall(r"[^\W_]+(?:-[^\W_]+)*", nm.lower())]
        role_toks = set(re.findall(r"[^\W_]+", strip_accents(" ".join(p["roles"]).lower())))
        for lk in p["lookups"]:
            f = fold(lk)
            if f != lk.lower().replace("’", "").replace("'", "").replace(".", "").replace(",", "") and " ".join(f.split()) != f:
                pass
            if lk != lk.strip() or "  " in lk:
                err(sname, f"padded lookup {lk!r}")
            if f in seen:
                err(sname, f"duplicate lookup after folding: {lk!r} ({nm})")
            seen.add(f)
            if f in owner and owner[f] != nm:
                err(sname, f"lookup {lk!r} owned by {owner[f]} and {nm}")
            owner[f] = nm
            if f in shared:
                err(sname, f"shared surname as lookup: {lk!r} ({nm})")
            if lk[:1].isupper() and f not in text_fold:
                # not printed: a misspelling, a form without diacritics, or a title form
                cost = 0
                for t in re.findall(r"[^\W_]+(?:-[^\W_]+)*", strip_accents(lk.lower())):
                    if t in art_words or t in role_toks or all(x in art_words for x in t.split("-")):
                        continue
                    d = min([edits(t, x) for x in name_toks] or [99])
                    cost += d
                if os.environ.get("DEBUG"):
                    print("  unprinted lookup", repr(lk), "cost", cost, "of", nm)
                if cost > 2:
                    err(sname, f"lookup {lk!r} is more than two edits from a name part of {nm}")
    # quotations
    qparas = []
    for q in quotes:
        if set(q) != {"speaker", "text", "paragraph"} or not isinstance(q.get("paragraph"), int):
            err(sname, f"quote keys/types {q}")
            continue
        k = q["paragraph"]
        if not inrange(k):
            err(sname, f"quote paragraph {k} out of range")
            continue
        if q["speaker"] not in names:
            err(sname, f"quote speaker not in people: {q['speaker']}")
        if q["text"] not in paras[k - 1]:
            err(sname, f"quote not in paragraph {k}: {q['text'][:50]!r}")
        sp = spans(paras[k - 1], style)
        if q["text"] not in sp and q["text"] + "," not in sp:
            err(sname, f"gold quote is not a whole span in paragraph {k}: {q['text'][:50]!r}")
        if q["text"] in notquotes or q["text"].rstrip(",") in notquotes:
            err(sname, f"title or scare quote in the gold: {q['text']!r}")
        qparas.append(k)
    if qparas != sorted(qparas):
        err(sname, "quotes not in paragraph order")
    gold_spans = {(q.get("paragraph"), q.get("text")) for q in quotes}
    for i, p in enumerate(paras, 1):
        for s in spans(p, style):
            if (i, s) in gold_spans or (i, s.rstrip(",")) in gold_spans:
                continue
            if s in notquotes or s.rstrip(",") in notquotes:
                continue
            err(sname, f"unlisted quoted span in paragraph {i}: {s[:50]!r}")
    for nq in notquotes:
        if not any(nq in s or nq + "," in s for p in paras for s in spans(p, style)):
            err(sname, f"listed not-quotation missing from the article's marks: {nq!r}")
    quoted = {q.get("speaker") for q in quotes}
    for nm, p in names.items():
        if p["quoted"] != (nm in quoted):
            err(sname, f"quoted flag wrong for {nm}")
    # questions
    counts = {}
    who_gold = {}
    paraphrases = set()
    for q in questions:
        kind = q.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        base = {"question", "gold", "answerable", "kind"}
        extra = set(q) - base
        if not base <= set(q):
            err(sname, f"question keys {sorted(q)}")
            continue
        allowed = {"paraphrase"} if kind in WITH_PARA else {"facts"} if kind == "overview" else {"names"} if kind == "speakers" else set()
        if extra != allowed:
            err(sname, f"question {q['question']!r} extra keys {sorted(extra)}, want {sorted(allowed)}")
        g = q["gold"]
        if not isinstance(g, list) or g != sorted(set(g)):
            err(sname, f"gold not sorted/unique: {q['question']!r}")
        for k in g:
            if not inrange(k):
                err(sname, f"gold paragraph {k} out of range: {q['question']!r}")
        if q["answerable"] != (kind != "unanswerable") or q["answerable"] != bool(g):
            err(sname, f"answerable flag wrong: {q['question']!r}")
        for e in q.get("paraphrase", []):
            if set(e) != {"text", "paragraph"}:
                err(sname, f"paraphrase keys {sorted(e)}")
                continue
            k = e["paragraph"]
            paraphrases.add(e["text"])
            if k not in g:
                err(sname, f"paraphrase paragraph not in gold: {q['question']!r} ¶{k}")
            if not inrange(k):
                continue
            if e["text"].rstrip(".") in raw:
                err(sname, f"paraphrase is verbatim article text: {e['text']!r}")
            sh = content(e["text"]) & content(paras[k - 1])
            if len(sh) > 2:
                err(sname, f"paraphrase shares {len(sh)} content words with ¶{k} {sorted(sh)}: {e['text']!r}")
        if kind == "paraphrase":
            for k in g:
                if inrange(k):
                    sh = content(q["question"]) & content(paras[k - 1])
                    if len(sh) > 2:
                        err(sname, f"paraphrase question shares {len(sh)} words with ¶{k} {sorted(sh)}: {q['question']!r}")
        if kind == "overview":
            for f in q.get("facts", []):
                if not any(inrange(k) and f in paras[k - 1] for k in g):
                    err(sname, f"overview fact not in its gold: {f!r}")
        if kind == "speakers":
            if g != sorted(set(qparas)):
                err(sname, "speakers gold is not the quotation paragraphs")
            order = []
            for qq in quotes:
                if qq.get("speaker") not in order:
                    order.append(qq.get("speaker"))
            if q.get("names") != order:
                err(sname, "speakers names are not the quotation speakers in order")
        if kind == "headline" and g != [1]:
            err(sname, "headline gold is not [1]")
        if kind == "who":
            m = re.match(r"(?:What did|Who is) (?:the )?(.+?)(?: say| do)?(?: about .*)?\?$", q["question"])
            if m:
                who_gold.setdefault(m.group(1), []).append(g)
    # misspelled questions
    for q in questions:
        if q.get("kind") != "misspelled":
            continue
        m = re.match(r"(?:What did|Who is) (?:the )?(.+?)(?: say| do)?(?: about .*)?\?$", q["question"])
        nm = m.group(1) if m else ""
        if not nm or fold(nm) in text_fold:
            err(sname, f"misspelled name printed in the article or not found: {q['question']!r}")
        best, bestd = None, 99
        for cand in names:
            d = sum(min([edits(t, strip_accents(x.lower())) for x in cand.split()] or [99]) for t in strip_accents(nm.lower()).split())
            d2 = edits(strip_accents(nm.lower()), strip_accents(cand.lower()))
            d = min(d, d2)
            if d < bestd:
                best, bestd = cand, d
        if os.environ.get("DEBUG"):
            print("  misspelled", repr(nm), "->", best, bestd)
        if bestd > 2:
            err(sname, f"misspelled name more than two edits from any person: {q['question']!r}")
        targets = [g for wq, gs in who_gold.items() if best and (wq == best or wq in best) for g in gs]
        if q["gold"] not in targets:
            err(sname, f"misspelled gold equals no who question's gold of {best}: {q['question']!r}")
    for kind, want in KINDS.items():
        if counts.get(kind, 0) != want:
            err(sname, f"{counts.get(kind, 0)} questions of kind {kind}, want {want}")
    if len(questions) != sum(KINDS.values()):
        err(sname, f"{len(questions)} questions, want {sum(KINDS.values())}")
    art_content = content(raw)
    topical = sum(1 for q in questions if q.get("kind") == "unanswerable" and content(q["question"]) & art_content)
    if topical < 7:
        err(sname, f"only {topical} topical unanswerable questions")
    # claims
    plain = inv = 0
    for c in claims:
        keys = set(c)
        if keys == {"text", "near"}:
            plain += 1
        elif keys == {"text", "near", "speaker", "kind"} and c["kind"] == "quote":
            inv += 1
            if c["speaker"] not in names:
                err(sname, f"invented quotation speaker not in people: {c['speaker']}")
            if not any(m in c["text"] for m in OPEN[style]):
                err(sname, f"invented quotation not in the article's marks: {c['text']!r}")
        else:
            err(sname, f"claim keys {sorted(keys)}")
            continue
        if not inrange(c["near"]):
            err(sname, f"claim near {c['near']} out of range")
        if c["text"].rstrip(".") in raw:
            err(sname, f"claim verbatim in article: {c['text']!r}")
        if c["text"] in paraphrases:
            err(sname, f"claim equals a paraphrase: {c['text']!r}")
    if plain != 14 or inv != 4:
        err(sname, f"{plain} claims and {inv} invented quotations, want 14 and 4")
    return dict(paras=n, words=words, quotes=len(quotes), questions=len(questions),
                unanswerable=counts.get("unanswerable", 0), people=len(people),
                lookups=sum(len(p.get("lookups", [])) for p in people), claims=plain, invented=inv,
                paraphrases=sum(len(q.get("paraphrase", [])) for q in questions))

stats = {}
for sname, (style, nq) in ARTICLES.items():
    try:
        stats[sname] = check(sname, style, nq)
    except Exception as e:
        err(sname, f"check crashed: {e!r}")
extra = sorted(f for f in os.listdir(BASE) if f.endswith(".txt") and f[:-4] not in ARTICLES)
if extra:
    errors.append(f"unexpected articles: {extra}")
for s, d in stats.items():
    print(s, " ".join(f"{k}={v}" for k, v in d.items()))
if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print("OK")
