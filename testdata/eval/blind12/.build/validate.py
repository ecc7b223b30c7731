"""Structural check of the blind12 gold files against their articles (written for this set).

Usage: python3 validate.py [ROOT]   (ROOT defaults to the set directory)
Prints OK and exits 0, or lists every problem and exits 1. Runs no engine.
"""
import json, os, re, sys, unicodedata

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ARTICLES = {
    "grjotavik-hot-water-outage": {
        "marks": "straight",
        "not_quotes": [(16, "Slope Stability Above the Hverabotn Pipeline"), (31, "the Kettle"), (32, "warm corners")],
        "shared": ["Jónsdóttir", "Jonsdottir"],
    },
    "tepalcan-avocado-water-law": {
        "marks": "curly",
        "not_quotes": [(1, "Water First"), (4, "Agua Primero"), (17, "Water Balance of the Tzintla Basin,"), (21, "green gold"), (31, "the green wall,")],
        "shared": ["Sánchez", "Sanchez", "Olvera", "Sánchez Olvera", "Sanchez Olvera"],
    },
    "sandmere-masters-round-seven": {
        "marks": "curly-single",
        "not_quotes": [(14, "The Patient Rook"), (19, "Hippopotamus")],
        "shared": ["Nurlanova"],
    },
    "doringkloof-slimes-dam-collapse": {
        "marks": "straight",
        "not_quotes": [(27, "Mining With Care"), (28, "Walls of Sand"), (30, "self-regulation")],
        "shared": ["van der Merwe", "Merwe"],
    },
}
OPENING = {"straight": '"', "curly": "“", "curly-single": "‘"}
KIND_COUNTS = {"fact": 10, "who": 6, "role": 6, "paraphrase": 5, "misspelled": 5,
               "unanswerable": 9, "overview": 3, "speakers": 1, "headline": 1}
N_QUESTIONS, N_CLAIMS, N_INVENTED = 46, 14, 4
PARA_RANGE, WORD_RANGE = (30, 45), (850, 1300)

# article/paragraph.go's boilerplate expression, in Python
BOILERPLATE = re.compile(r"(?i)^(" + "|".join([
    r"click here\b", r"read more\b", r"(sign up|subscribe)\b.*\b(newsletter|updates|here|now)\b",
    r"(additional )?(reporting|writing|editing) by\b", r"our standards:", r"(©|\(c\)|copyright)\s",
    r"all rights reserved", r"follow (us|@)", r"share (this|on)\b", r"advertisement$",
    r"(image|photo|video)( credit)?:", r"related( coverage| stories| articles)?:", r"get the latest\b",
    r"(this story|this article) (has been|was) (updated|corrected)"]) + r")")

STOP = set("""a an the of to in on at for and or but is are was were be been being by with from as that this it its
his her their our your my we you they he she i me him them what who whom which when where why how did do does
say said says about after before than then there here not no yes into out up down over under new one two can will
would could should has have had so if all any some more most much many very just also only s""".split())

problems = []


def bad(stem, msg):
    problems.append(f"{stem}: {msg}")


def paragraphs(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, prev_blank = [], True
    for i, line in enumerate(lines):
        if line.strip():
            if not prev_blank:
                raise ValueError(f"line {i+1} continues a block (blocks must be single lines)")
            out.append(line.strip())
            prev_blank = False
        else:
            prev_blank = True
    return out


def spans(text, style):
    """Quoted spans of one paragraph in the article's own marks; an unclosed mark runs to the end."""
    out = []
    if style == "straight":
        pos = [i for i, c in enumerate(text) if c == '"']
        for k in range(0, len(pos), 2):
            end = pos[k + 1] if k + 1 < len(pos) else len(text)
            out.append(text[pos[k] + 1:end])
    elif style == "curly":
        start = None
        for i, c in enumerate(text):
            if c == "“" and start is None:
                start = i + 1
            elif c == "”" and start is not None:
                out.append(text[start:i]); start = None
        if start is not None:
            out.append(text[start:])
    elif style == "curly-single":
        start = None
        for i, c in enumerate(text):
            if c == "‘" and start is None:
                start = i + 1
            elif c == "’" and start is not None:
                nxt = text[i + 1] if i + 1 < len(text) else " "
                if not nxt.isalpha():  # an apostrophe sits before a letter (didn’t, sister’s)
                    out.append(text[start:i]); start = None
        if start is not None:
            out.append(text[start:])
    return out


def norm_span(s):
    s = s.strip()
    return s[:-1] if s.endswith(",") else s


def fold(s):
    s = s.casefold().replace("’", "").replace("'", "")
    s = re.sub(r"[.,]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return [w for w in re.findall(r"[^\W_]+", s.casefold()) if w not in STOP]


def stem_word(w):
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def load(path, stem):
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    bad(stem, f"{os.path.basename(path)} line {n} is blank"); continue
                rows.append(json.loads(line))
    except Exception as e:  # noqa
        bad(stem, f"{os.path.basename(path)} does not parse: {e}")
    return rows


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check(stem, cfg):
    base = os.path.join(ROOT, stem)
    try:
        paras = paragraphs(base + ".txt")
    except Exception as e:  # noqa
        bad(stem, f"article: {e}"); return
    text = "\n".join(paras)
    N = len(paras)
    nwords = len(text.split())
    if not PARA_RANGE[0] <= N <= PARA_RANGE[1]:
        bad(stem, f"{N} paragraphs, want {PARA_RANGE}")
    if not WORD_RANGE[0] <= nwords <= WORD_RANGE[1]:
        bad(stem, f"{nwords} words, want {WORD_RANGE}")
    for i, p in enumerate(paras, 1):
        if BOILERPLATE.match(p):
            bad(stem, f"paragraph {i} reads as boilerplate: {p[:40]!r}")
    style = cfg["marks"]
    allspans = {i: [norm_span(s) for s in spans(p, style)] for i, p in enumerate(paras, 1)}
    notq = {(n, norm_span(t)) for n, t in cfg["not_quotes"]}
    for n, t in cfg["not_quotes"]:
        if not (1 <= n <= N and t in paras[n - 1]):
            bad(stem, f"listed not-quotation {t!r} missing from paragraph {n}")

    # ---- quotes
    quotes = load(base + ".quotes.jsonl", stem)
    seen = set()
    for r in quotes:
        if set(r) != {"speaker", "text", "paragraph"} or not isinstance(r.get("speaker"), str) \
                or not isinstance(r.get("text"), str) or not is_int(r.get("paragraph")):
            bad(stem, f"quote has wrong shape: {r}"); continue
        n, t = r["paragraph"], r["text"]
        if not 1 <= n <= N:
            bad(stem, f"quote paragraph {n} out of range"); continue
        if t not in paras[n - 1]:
            bad(stem, f"quote not in paragraph {n}: {t[:50]!r}")
        if norm_span(t) not in allspans[n]:
            bad(stem, f"gold quote is not a whole span in paragraph {n}: {t[:50]!r}")
        if (n, norm_span(t)) in notq or any(norm_span(t) == norm_span(x) for _, x in cfg["not_quotes"]):
            bad(stem, f"title or scare quote in the gold: {t!r} (paragraph {n})")
        if (n, t) in seen:
            bad(stem, f"duplicate quote {t[:40]!r}")
        seen.add((n, t))
    gold_spans = {(r.get("paragraph"), norm_span(r.get("text", ""))) for r in quotes}
    for n, ss in allspans.items():
        for s in ss:
            if (n, s) not in gold_spans and (n, s) not in notq:
                bad(stem, f"unlisted quoted span in paragraph {n}: {s[:50]!r}")
    speakers = []
    for r in sorted(quotes, key=lambda r: r.get("paragraph", 0)):
        if r.get("speaker") not in speakers:
            speakers.append(r.get("speaker"))
    quote_paras = sorted({r.get("paragraph") for r in quotes})

    # ---- people
    people = load(base + ".people.jsonl", stem)
    names, owner = {}, {}
    shared = {fold(s) for s in cfg["shared"]}
    for r in people:
        if set(r) != {"name", "roles", "quoted", "lookups"} or not isinstance(r.get("name"), str) \
                or not isinstance(r.get("roles"), list) or not isinstance(r.get("quoted"), bool) \
                or not isinstance(r.get("lookups"), list):
            bad(stem, f"person has wrong shape: {r}"); continue
        name = r["name"]
        names[name] = r
        if not r["roles"] or not all(isinstance(x, str) and x for x in r["roles"]):
            bad(stem, f"{name}: roles missing")
        if not r["lookups"] or r["lookups"][0] != name:
            bad(stem, f"{name}: first lookup is not the name")
        if name.casefold() not in text.casefold():
            bad(stem, f"{name}: name not printed in the article")
        if r["quoted"] != (name in speakers):
            bad(stem, f"{name}: quoted flag {r['quoted']} is wrong")
        mine = set()
        for l in r["lookups"]:
            if not isinstance(l, str) or l != l.strip() or "  " in l or not l:
                bad(stem, f"{name}: padded or empty lookup {l!r}"); continue
            f = fold(l)
            if f in mine:
                bad(stem, f"{name}: duplicate lookup after folding {l!r}")
            mine.add(f)
            if f in owner and owner[f] != name:
                bad(stem, f"lookup {l!r} owned by {owner[f]} and {name}")
            owner[f] = name
            if f in shared:
                bad(stem, f"shared surname as lookup: {l!r} ({name})")
    for s in speakers:
        if s not in names:
            bad(stem, f"quotation speaker {s!r} is not a listed person")

    # ---- questions
    qs = load(base + ".questions.jsonl", stem)
    if len(qs) != N_QUESTIONS:
        bad(stem, f"{len(qs)} questions, want {N_QUESTIONS}")
    counts = {}
    who_golds = []
    for r in qs:
        if r.get("kind") == "who":
            who_golds.append(r.get("gold"))
    texts = set()
    for r in qs:
        keys = set(r)
        if not {"question", "gold", "answerable", "kind"} <= keys or keys - {"question", "gold", "answerable", "kind", "paraphrase", "facts", "names"}:
            bad(stem, f"question has wrong keys: {sorted(keys)}"); continue
        q, gold, ans, kind = r["question"], r["gold"], r["answerable"], r["kind"]
        if not isinstance(q, str) or not isinstance(gold, list) or not all(is_int(x) for x in gold) or not isinstance(ans, bool):
            bad(stem, f"question has wrong types: {q!r}"); continue
        if fold(q) in texts:
            bad(stem, f"duplicate question {q!r}")
        texts.add(fold(q))
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KIND_COUNTS:
            bad(stem, f"unknown kind {kind!r}")
        if ans != (kind != "unanswerable"):
            bad(stem, f"answerable flag wrong: {q!r}")
        if ans != bool(gold):
            bad(stem, f"gold does not match answerable: {q!r}")
        if gold != sorted(set(gold)):
            bad(stem, f"gold not sorted/unique: {q!r}")
        for n in gold:
            if not 1 <= n <= N:
                bad(stem, f"gold paragraph {n} out of range: {q!r}")
        needs_para = kind in ("fact", "who", "role", "paraphrase")
        if needs_para != ("paraphrase" in r):
            bad(stem, f"paraphrase list {'missing' if needs_para else 'unexpected'}: {q!r}")
        for p in r.get("paraphrase", []):
            if set(p) != {"text", "paragraph"} or not is_int(p.get("paragraph")) or not isinstance(p.get("text"), str):
                bad(stem, f"paraphrase has wrong shape: {p}"); continue
            if p["paragraph"] not in gold:
                bad(stem, f"paraphrase paragraph not in gold: {q!r} ({p['paragraph']} not in {gold})")
            if p["text"].strip(" .").casefold() in text.casefold():
                bad(stem, f"paraphrase is verbatim article text: {p['text']!r}")
        if kind == "overview":
            facts = r.get("facts")
            if not facts or not all(isinstance(f, str) for f in facts):
                bad(stem, f"overview without facts: {q!r}")
            for f in facts or []:
                if not any(1 <= n <= N and f in paras[n - 1] for n in gold):
                    bad(stem, f"overview fact {f!r} not in its gold paragraphs")
        elif "facts" in r:
            bad(stem, f"facts on a {kind} question")
        if kind == "speakers":
            if gold != quote_paras:
                bad(stem, f"speakers gold {gold} != quotation paragraphs {quote_paras}")
            if r.get("names") != speakers:
                bad(stem, f"speakers names {r.get('names')} != quotation speakers {speakers}")
        elif "names" in r:
            bad(stem, f"names on a {kind} question")
        if kind == "headline" and gold != [1]:
            bad(stem, "headline gold is not [1]")
        if kind == "misspelled":
            if gold not in who_golds:
                bad(stem, f"misspelled gold equals no who question's gold: {q!r}")
            m = re.match(r"What did (.+) say\?$", q)
            if m and m.group(1).casefold() in text.casefold():
                bad(stem, f"misspelled name is printed in the article: {m.group(1)!r}")
        if kind == "paraphrase":
            gw = {stem_word(w) for n in gold for w in words(paras[n - 1])}
            shared_w = {stem_word(w) for w in words(q)} & gw
            if len(shared_w) > 2:
                bad(stem, f"paraphrase question shares {len(shared_w)} content words with its gold: {q!r} {sorted(shared_w)}")
    for k, want in KIND_COUNTS.items():
        if counts.get(k, 0) != want:
            bad(stem, f"{counts.get(k, 0)} questions of kind {k}, want {want}")
    aw = {stem_word(w) for w in words(text)}
    topical = sum(1 for r in qs if r.get("kind") == "unanswerable" and {stem_word(w) for w in words(r["question"])} & aw)
    if topical < 7:
        bad(stem, f"only {topical} unanswerable questions reuse the article's words")

    # ---- claims
    claims = load(base + ".claims.jsonl", stem)
    plain = [c for c in claims if "kind" not in c]
    inv = [c for c in claims if "kind" in c]
    if len(plain) != N_CLAIMS or len(inv) != N_INVENTED:
        bad(stem, f"{len(plain)} claims and {len(inv)} invented quotations, want {N_CLAIMS} and {N_INVENTED}")
    para_texts = {p["text"] for r in qs for p in r.get("paraphrase", [])}
    for c in claims:
        keys = set(c)
        if keys not in ({"text", "near"}, {"text", "near", "speaker", "kind"}) or not isinstance(c.get("text"), str) or not is_int(c.get("near")):
            bad(stem, f"claim has wrong shape: {c}"); continue
        if not 1 <= c["near"] <= N:
            bad(stem, f"claim near {c['near']} out of range")
        if c["text"].strip(" .").casefold() in text.casefold():
            bad(stem, f"claim verbatim in article: {c['text']!r}")
        if c["text"] in para_texts:
            bad(stem, f"claim equals a paraphrase: {c['text']!r}")
        if "kind" in c:
            if c["kind"] != "quote":
                bad(stem, f"claim kind {c['kind']!r}")
            if c["speaker"] not in names:
                bad(stem, f"invented quotation speaker {c['speaker']!r} not a listed person")
            if OPENING[style] not in c["text"]:
                bad(stem, f"invented quotation not in the article's marks: {c['text']!r}")
            inner = spans(c["text"], style)
            if not inner or any(norm_span(s) in text for s in inner):
                bad(stem, f"invented quotation is article text: {c['text']!r}")
    return {"paragraphs": N, "words": nwords, "quotes": len(quotes), "questions": len(qs), "kinds": counts,
            "people": len(people), "lookups": sum(len(p.get("lookups", [])) for p in people),
            "claims": len(plain), "invented": len(inv),
            "with_paraphrase": sum(1 for r in qs if "paraphrase" in r)}


summary = {}
for stem, cfg in ARTICLES.items():
    summary[stem] = check(stem, cfg)
for stem, s in summary.items():
    if s:
        print(f"{stem}: {s['paragraphs']} paragraphs, {s['words']} words, {s['quotes']} quotes, {s['questions']} questions "
              f"({', '.join(f'{k} {v}' for k, v in s['kinds'].items())}; {s['with_paraphrase']} with paraphrase), "
              f"{s['people']} people, {s['lookups']} lookups, {s['claims']} claims, {s['invented']} invented quotations")
if problems:
    for p in problems:
        print("FAIL", p)
    sys.exit(1)
print("OK")
