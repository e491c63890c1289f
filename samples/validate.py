#!/usr/bin/env python3
"""Consistency check for the fictional sample corpus: gold.tsv <-> corpus/ <-> outlets.json.

Usage: python3 samples/validate.py   (exit code 0 when everything is consistent)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
JSONL = "feeds/wire-digest.jsonl"
errors = []


def err(msg):
    errors.append(msg)


outlets = json.load(open(os.path.join(HERE, "outlets.json"), encoding="utf-8"))
domains = {d for o in outlets for d in o["domains"]}
channels = {c for o in outlets for c in o.get("telegram", [])}
names = {o["name"] for o in outlets}
by_name = {o["name"]: o["id"] for o in outlets}
types = {"state-owned", "public-broadcaster", "independent", "agency", "channel", "aggregator"}
for o in outlets:
    if o["type"] not in types:
        err(f"outlet {o['id']}: bad type {o['type']}")

# gold
gold = {}
with open(os.path.join(HERE, "gold.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    if header != ["doc", "story", "lang", "notes"]:
        err(f"gold.tsv header is {header}")
    for n, line in enumerate(f, 2):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 4:
            err(f"gold.tsv line {n}: {len(cols)} columns")
            continue
        if cols[0] in gold:
            err(f"gold.tsv: duplicate doc {cols[0]}")
        gold[cols[0]] = {"story": cols[1], "lang": cols[2],
                         "notes": [] if cols[3] == "-" else cols[3].split(";")}

# corpus documents: text and URLs
docs = {}
for dirpath, _, files in os.walk(CORPUS):
    for fn in files:
        rel = os.path.relpath(os.path.join(dirpath, fn), CORPUS)
        if rel == JSONL:
            continue
        if not rel.endswith(".txt"):
            err(f"unexpected file in corpus: {rel}")
            continue
        docs[rel] = open(os.path.join(dirpath, fn), encoding="utf-8").read()

records = {}
with open(os.path.join(CORPUS, JSONL), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{JSONL} line {n}: {e}")
            continue
        missing = {"id", "title", "text", "url", "source", "published", "lang"} - r.keys()
        if missing:
            err(f"{JSONL} line {n}: missing {missing}")
        if r.get("source") not in names:
            err(f"{JSONL} {r.get('id')}: source {r.get('source')!r} not in outlets.json")
        records[JSONL + "#" + r["id"]] = r

URL_RE = re.compile(r"https?://[^\s]+")


def urls_of(text):
    lines = text.split("\n")
    out = []
    for i, l in enumerate(lines):
        if l.strip() == "Original url:" and i + 2 < len(lines) + 1:
            u = lines[i + 1].strip()
            nxt = lines[i + 2].strip() if i + 2 < len(lines) else ""
            if nxt and not nxt.startswith("http") and "://" not in nxt:
                u += nxt  # URL broken across two lines
            out.append(u)
    out += [u for u in URL_RE.findall(text) if u not in out]
    return out


def check_url(where, u):
    m = re.match(r"https?://([^/]+)(/.*)?$", u)
    if not m:
        return err(f"{where}: unparsable url {u}")
    host = m.group(1).removeprefix("www.")
    if host == "t.me":
        ch = (m.group(2) or "/").split("/")[1]
        if ch not in channels:
            err(f"{where}: telegram channel {ch} not in outlets.json")
    elif host not in domains:
        err(f"{where}: domain {host} not in outlets.json")


def date_of(text):
    m = re.match(r" date (\d{4}-\d{2}-\d{2}) ", text)
    if m:
        return m.group(1)
    for u in urls_of(text):
        m = re.search(r"/(\d{4})/(\d{2})/(\d{2})/", u)
        if m and "t.me" not in u:
            return "-".join(m.groups())
    return None


WORD = re.compile(r"\w+", re.UNICODE)
info = {}
for rel, text in docs.items():
    for u in urls_of(text):
        check_url(rel, u)
    body = text.split("\nOriginal url:")[0]
    body = "\n".join(l for l in body.split("\n")
                     if not URL_RE.match(l.strip()) and not l.startswith("Related article:"))
    info[rel] = {"date": date_of(text), "words": len(WORD.findall(body)),
                 "outlet": rel.split("/")[0]}
for key, r in records.items():
    check_url(key, r["url"])
    info[key] = {"date": r["published"][:10], "words": len(WORD.findall(r["title"] + " " + r["text"])),
                 "outlet": by_name[r["source"]]}

# gold <-> corpus
for key in info:
    if key not in gold:
        err(f"no gold row for {key}")
for key in gold:
    if key not in info:
        err(f"gold row for missing doc {key}")
stories = {g["story"] for g in gold.values()} - {"-"}
for key, g in gold.items():
    for note in g["notes"]:
        kind, _, arg = note.partition(":")
        if kind in ("wire-copy-of", "near-duplicate-of") and arg not in gold:
            err(f"{key}: {kind} target {arg} unknown")
        elif kind == "twin-event-of" and arg not in stories:
            err(f"{key}: twin event {arg} unknown")
        elif kind not in ("wire-copy-of", "near-duplicate-of", "truncated-title", "broken-url",
                          "telegram", "late-related-link", "date-from-url-only", "twin-event-of"):
            err(f"{key}: unknown note {note}")
for key, i in info.items():
    if not 80 <= i["words"] <= 300:
        err(f"{key}: {i['words']} words (want 80-300)")
    if i["date"] is None:
        err(f"{key}: no date")

# report
per = collections.defaultdict(list)
for key, g in gold.items():
    per[g["story"]].append(key)
print(f"{'story':32} {'docs':>4} {'en':>3} {'ru':>3} {'outlets':>7}  dates")
for story in sorted(per):
    keys = per[story]
    langs = collections.Counter(gold[k]["lang"] for k in keys)
    outs = {info[k]["outlet"] for k in keys if k in info}
    dates = sorted(info[k]["date"] for k in keys if k in info and info[k]["date"])
    print(f"{story:32} {len(keys):4} {langs['en']:3} {langs['ru']:3} {len(outs):7}  "
          f"{dates[0]}..{dates[-1]}")
    if story != "-" and (not 3 <= len(keys) <= 8 or len(outs) < 2):
        err(f"story {story}: {len(keys)} docs from {len(outs)} outlets")
words = sorted(i["words"] for i in info.values())
print(f"\nwords per document: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
langs = collections.Counter(g["lang"] for g in gold.values())
print(f"{len(docs)} .txt files, {len(records)} JSONL records, {len(stories)} stories, "
      f"{len(per.get('-', []))} singletons, languages {dict(langs)}")
feat = collections.Counter(n.split(":")[0] for g in gold.values() for n in g["notes"])
print("features:", dict(feat))
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
