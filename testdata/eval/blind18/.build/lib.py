"""Helpers for the blind18 gold generators: paragraphs by the n-th non-empty
line rule, paragraph numbers from anchor strings, JSONL writers."""
import json, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def paras(path):
    return [l.strip() for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]


class Article:
    def __init__(self, stem, base=BASE):
        self.stem, self.base = stem, base
        self.paras = paras(os.path.join(base, stem + ".txt"))
        self.questions, self.quotes, self.people, self.claims = [], [], [], []

    def p(self, anchor):
        hits = [i + 1 for i, t in enumerate(self.paras) if anchor in t]
        assert len(hits) == 1, (self.stem, anchor, hits)
        return hits[0]

    def gold(self, anchors):
        return sorted({a if isinstance(a, int) else self.p(a) for a in anchors})

    # quotations: text must be unique in the article unless an anchor is given
    def quote(self, speaker, text, anchor=None):
        n = self.p(anchor) if anchor else self.p(text)
        assert text in self.paras[n - 1], (speaker, text)
        self.quotes.append({"speaker": speaker, "text": text, "paragraph": n})

    def q(self, question, kind, gold=(), para=(), facts=None, names=None):
        g = self.gold(gold)
        d = {"question": question, "gold": g, "answerable": bool(g), "kind": kind}
        if para:
            d["paraphrase"] = [{"text": t, "paragraph": self.p(a) if isinstance(a, str) else a} for t, a in para]
        if facts is not None:
            d["facts"] = facts
        if names is not None:
            d["names"] = names
        self.questions.append(d)

    def person(self, name, roles, quoted, lookups):
        self.people.append({"name": name, "roles": roles, "quoted": quoted, "lookups": [name] + lookups})

    def claim(self, text, near, speaker=None):
        d = {"text": text, "near": self.p(near) if isinstance(near, str) else near}
        if speaker:
            d["speaker"] = speaker
            d["kind"] = "quote"
        self.claims.append(d)

    def speakers_question(self):
        order, gold = [], set()
        for qt in self.quotes:
            gold.add(qt["paragraph"])
            if qt["speaker"] not in order:
                order.append(qt["speaker"])
        self.q("Who is quoted in this article?", "speakers", sorted(gold), names=order)

    def write(self):
        def dump(suffix, rows):
            with open(os.path.join(self.base, self.stem + suffix), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump(".questions.jsonl", self.questions)
        dump(".quotes.jsonl", self.quotes)
        dump(".people.jsonl", self.people)
        dump(".claims.jsonl", self.claims)
        print(self.stem, len(self.questions), "questions,", len(self.quotes), "quotes,",
              len(self.people), "people,", sum(len(p["lookups"]) for p in self.people), "lookups,",
              len(self.claims), "claims")
