"""Recall and precision of the store's full-text search against a plain substring scan.

    python benchmarks/search_recall.py [FOLDER]      # default: seeds/

Extracts FOLDER into a temporary store, then for a set of terms compares the documents
``policymine search`` finds with those whose title or body holds the term as it stands (the
truth). Terms: every slogan, institution, keyword and indicator subject extracted from the
folder, and a fixed sample of dictionary words of two to four characters that occur in the
bodies (words a reader might type). Figures per way of searching:

- ``words``: the body's jieba words only (the first column of the index);
- ``words+fine``: what ``search`` does (words, and their dictionary sub-words);
- ``unicode61``, ``trigram``: SQLite's own FTS5 tokenizers on the raw text, for comparison.

Prints a JSON summary and the terms each way misses most often.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    from policymine.pipeline import Options, iter_records
    from policymine.search import BARRIER, Index
    from policymine.segment import get_segmenter
    from policymine.store import connect_readonly, write_store

    folder = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "seeds")
    seg = get_segmenter()
    records = [r for r in iter_records([folder], Options(tokens=True)) if "body" in r]
    tmp = Path(tempfile.mkdtemp()) / "recall.db"
    write_store(records, tmp, segmenter=seg)
    texts = {r["id"]: ((r.get("title") or "") + "\n" + r["body"]) for r in records}

    facts = set()
    for r in records:
        facts |= {s["text"] for s in r["slogans"]} | {i["name"] for i in r["institutions"]}
        facts |= {k["term"] for k in r["keywords"]} | {i["subject"] for i in r["indicators"] if i.get("subject")}
    rng = random.Random(15)
    vocab = sorted(w for w, f in seg.frequencies.items() if f and 2 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in w)
                   and any(w in t for t in texts.values()))  # fmt: skip
    words = set(rng.sample(vocab, min(300, len(vocab))))
    terms = sorted(facts | words)

    con = connect_readonly(tmp)
    index = Index(seg)
    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE VIRTUAL TABLE u USING fts5(id UNINDEXED, t)")
    raw.execute("CREATE VIRTUAL TABLE g USING fts5(id UNINDEXED, t, tokenize='trigram')")
    raw.executemany("INSERT INTO u VALUES (?, ?)", texts.items())
    raw.executemany("INSERT INTO g VALUES (?, ?)", texts.items())

    def found(way: str, term: str) -> set[str]:
        if way in ("unicode61", "trigram"):
            table = "u" if way == "unicode61" else "g"
            q = '"' + term.replace('"', '""') + '"'
            try:
                return {r[0] for r in raw.execute(f"SELECT id FROM {table} WHERE {table} MATCH ?", (q,))}
            except sqlite3.OperationalError:
                return set()
        coarse, fine = index.cut(term)
        if way == "words":  # the body's jieba words alone
            fts = f'words : "{" ".join(w for w in coarse if w != BARRIER)}"'
        elif way == "words+fine":
            fts = f'fine : "{" ".join(fine)}"' + (f' OR words : "{coarse[0]}"' if len(coarse) == 1 else "")
        else:
            fts = index.query('"' + term + '"').fts
        sql = "SELECT d.id FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid WHERE documents_fts MATCH ?"
        return {r[0] for r in con.execute(sql, (fts,))}

    summary, misses = {}, {}
    for way in ("words", "words+fine", "words+fine+sub", "unicode61", "trigram"):
        summary[way] = {}
        for part, subset in (("all", terms), ("facts", sorted(facts)), ("dictionary", sorted(words))):
            tp = fp = fn = 0
            missed = []
            for term in subset:
                truth = {i for i, t in texts.items() if term in t}
                got = found(way, term)
                tp += len(got & truth)
                fp += len(got - truth)
                fn += len(truth - got)
                if truth - got:
                    missed.append(term)
                if got - truth and part == "all" and way == "words+fine+sub":
                    print("false hit:", repr(term), sorted(got - truth), file=sys.stderr)
            summary[way][part] = {"recall": round(tp / (tp + fn), 4) if tp + fn else None,
                                  "precision": round(tp / (tp + fp), 4) if tp + fp else None,
                                  "pairs": tp + fn, "pairs_missed": fn, "false_hits": fp, "terms_missed": len(missed)}  # fmt: skip
            if part == "all":
                misses[way] = missed
    print(json.dumps({"folder": str(folder), "documents": len(records), "terms": len(terms), "fact_terms": len(facts),
                      "dictionary_words": len(words), "by_way": summary}, ensure_ascii=False, indent=1))  # fmt: skip
    print("missed by words+fine+sub:", " ".join(misses["words+fine+sub"]))
    print("missed by words only, found by words+fine:", " ".join(sorted(set(misses["words"]) - set(misses["words+fine+sub"]))[:60]))


if __name__ == "__main__":
    main()
