"""Shared helpers for the blind12 generators (written for this set)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def paragraphs(stem, root=ROOT):
    """Paragraph n is the n-th non-empty line; assert blank-line blocks are single lines."""
    with open(os.path.join(root, stem + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    prev_blank = True
    for i, line in enumerate(lines):
        if line.strip():
            if not prev_blank:
                raise SystemExit(f"{stem}: line {i+1} continues a block; every block must be one line")
            out.append(line.strip())
            prev_blank = False
        else:
            prev_blank = True
    return out


class Article:
    def __init__(self, stem):
        self.stem = stem
        self.paras = paragraphs(stem)
        self.text = "\n".join(self.paras)

    def p(self, anchor):
        """The one paragraph number whose text contains anchor."""
        hits = [i + 1 for i, t in enumerate(self.paras) if anchor in t]
        if len(hits) != 1:
            raise SystemExit(f"{self.stem}: anchor {anchor!r} found in paragraphs {hits}")
        return hits[0]

    def ps(self, *anchors):
        return sorted({self.p(a) for a in anchors})


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


class Gold:
    """Collects the four gold files of one article, then writes them."""

    def __init__(self, stem):
        self.a = Article(stem)
        self.stem = stem
        self.quotes, self.questions, self.people, self.claims = [], [], [], []

    # quotations: (speaker, text, anchor or paragraph number)
    def quote(self, speaker, text, where=None):
        n = where if isinstance(where, int) else self.a.p(where if where else text)
        self.quotes.append({"speaker": speaker, "text": text, "paragraph": n})

    def q(self, kind, question, gold_anchors=(), paraphrase=(), facts=None, names=None, gold=None):
        if gold is None:
            gold = self.a.ps(*gold_anchors) if gold_anchors else []
        row = {"question": question, "gold": gold, "answerable": kind != "unanswerable", "kind": kind}
        if paraphrase:
            row["paraphrase"] = [{"text": t, "paragraph": (n if isinstance(n, int) else self.a.p(n))} for t, n in paraphrase]
        if facts is not None:
            row["facts"] = facts
        if names is not None:
            row["names"] = names
        self.questions.append(row)
        return row

    def who_gold(self, question):
        for r in self.questions:
            if r["question"] == question:
                return r["gold"]
        raise SystemExit(f"no question {question!r}")

    def speakers_question(self, question="Who is quoted in this article?"):
        gold = sorted({r["paragraph"] for r in self.quotes})
        names = []
        for r in sorted(self.quotes, key=lambda r: r["paragraph"]):
            if r["speaker"] not in names:
                names.append(r["speaker"])
        self.q("speakers", question, gold=gold, names=names)

    def person(self, name, roles, lookups):
        quoted = any(r["speaker"] == name for r in self.quotes)
        self.people.append({"name": name, "roles": roles, "quoted": quoted, "lookups": [name] + lookups})

    def claim(self, text, near):
        n = near if isinstance(near, int) else self.a.p(near)
        self.claims.append({"text": text, "near": n})

    def invented(self, text, near, speaker):
        n = near if isinstance(near, int) else self.a.p(near)
        self.claims.append({"text": text, "near": n, "speaker": speaker, "kind": "quote"})

    def write(self):
        base = os.path.join(ROOT, self.stem)
        write_jsonl(base + ".quotes.jsonl", self.quotes)
        write_jsonl(base + ".questions.jsonl", self.questions)
        write_jsonl(base + ".people.jsonl", self.people)
        write_jsonl(base + ".claims.jsonl", self.claims)
        print(f"{self.stem}: {len(self.quotes)} quotes, {len(self.questions)} questions, "
              f"{len(self.people)} people, {sum(len(p['lookups']) for p in self.people)} lookups, {len(self.claims)} claims")
