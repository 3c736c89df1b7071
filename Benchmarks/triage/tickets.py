#!/usr/bin/env python3
"""Writes Knowledge/tickets/<tree>.yaml from labelled ticket sets, for triage to learn from.

    python3 Benchmarks/triage/tickets.py --helpdesk .build/release/helpdesk --out Knowledge/tickets \\
        Benchmarks/triage/fresh*.jsonl ...

Only sets that have been read go in: never the held-out set (holdout.jsonl, refused here) nor a
set not yet measured. A ticket whose text is also in the held-out set or in a set given with
--exclude (writers sometimes hit on the same short ticket) is left out, and so is a text already
taken. A ticket that holds something shaped like a secret (the redactor replaced
something in it, as `helpdesk triage --batch` reports) is left out: the knowledge holds no
secret, and lint refuses one. Tickets labelled with no tree of the knowledge are left out too.
At most --per-tree tickets of a tree are kept (triage trains at every load); which ones is
decided by a digest of each text, so the files change only where the sets do.
"""
import argparse, hashlib, json, os, shutil, subprocess, sys, tempfile, unicodedata

# Triage trains on the tickets at every load: a cap keeps that quick. Which tickets stay is
# decided by a digest of each one's text, so a ticket stays or goes whatever else is added.
CAP = 1200
HEADER = "# yaml-language-server: $schema=../schema.json\n# Written by Benchmarks/triage/tickets.py from the labelled sets it names; edit the sets, not this file.\n"

def normalized(text):
    """As helpdesk compares texts (`String.sameTextKey`): NFKC, runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--helpdesk", required=True, help="the helpdesk binary (its redactor decides what is secret)")
    ap.add_argument("--out", required=True, help="the knowledge's tickets folder")
    ap.add_argument("--per-tree", type=int, default=CAP, help=f"at most this many tickets of a tree (default {CAP})")
    ap.add_argument("--exclude", action="append", default=[], help="a set whose texts must not be learnt from (the held-out set always is)")
    ap.add_argument("sets", nargs="+", help="labelled JSONL sets")
    a = ap.parse_args()
    if any(os.path.basename(path) == "holdout.jsonl" for path in a.sets):
        sys.exit("tickets.py: holdout.jsonl is held out: it is never learnt from")
    examples = os.path.join(os.path.dirname(os.path.abspath(a.out)), "examples")
    if not os.path.isdir(examples):
        sys.exit(f"tickets.py: {a.out} is not the tickets folder of a knowledge (no {examples})")
    trees = {f[:-5] for f in os.listdir(examples) if f.endswith(".yaml")}
    held = {normalized(json.loads(line)["text"]) for path in [os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout.jsonl")] + a.exclude
            for line in open(path, encoding="utf-8")}
    tickets, names = [], {}
    for path in a.sets:
        name = os.path.basename(path)
        for line in open(path, encoding="utf-8"):
            o = json.loads(line)
            key = f"{name}:{o['id']}"
            names[key] = (o["tree"], o["lang"], o["text"])
            tickets.append(key)
    # Which tickets the redactor touches: those are left out.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for key in tickets:
            tmp.write(json.dumps({"id": key, "text": names[key][2]}, ensure_ascii=False) + "\n")
    # The knowledge without the tickets being rewritten: a redactor that has learnt a new shape
    # refuses old tickets that hold it, and would not load them.
    bare = tempfile.mkdtemp()
    knowledge = os.path.join(bare, "Knowledge")
    shutil.copytree(os.path.dirname(os.path.abspath(a.out)), knowledge, ignore=lambda d, names: ["tickets"] if os.path.abspath(d) == os.path.dirname(os.path.abspath(a.out)) else [])
    run = subprocess.run([a.helpdesk, "triage", "--knowledge", knowledge, "--batch", tmp.name, "--top", "1"], capture_output=True, text=True)
    os.unlink(tmp.name)
    shutil.rmtree(bare)
    if run.returncode != 0:
        sys.exit("tickets.py: helpdesk triage --batch failed: " + run.stderr.strip())
    secret = {r["id"] for r in map(json.loads, run.stdout.splitlines()) if r.get("redactions", 0) > 0}
    by_tree, left, taken = {}, {"secret": 0, "no tree": 0, "held out": 0, "again": 0}, set()
    for key in tickets:
        tree, lang, text = names[key]
        if key in secret: left["secret"] += 1; continue
        if tree not in trees: left["no tree"] += 1; continue
        if normalized(text) in held: left["held out"] += 1; continue
        if normalized(text) in taken: left["again"] += 1; continue
        taken.add(normalized(text))
        by_tree.setdefault(tree, []).append((hashlib.sha256(text.encode()).hexdigest(), lang, text))
    os.makedirs(a.out, exist_ok=True)
    for f in os.listdir(a.out):
        if f.endswith(".yaml"): os.unlink(os.path.join(a.out, f))
    written = 0
    for tree in sorted(by_tree):
        with open(os.path.join(a.out, tree + ".yaml"), "w", encoding="utf-8") as fh:
            fh.write(HEADER + "examples:\n")
            for _, lang, text in sorted(by_tree[tree])[: a.per_tree]:
                fh.write(f"  - {{lang: {lang}, text: {json.dumps(text, ensure_ascii=False)}}}\n")
                written += 1
    print(f"tickets.py: {written} tickets in {len(by_tree)} files; left out: {left['secret']} holding a secret, {left['no tree']} with no tree, "
          f"{left['held out']} also in a held-out set, {left['again']} written before", file=sys.stderr)

if __name__ == "__main__":
    main()
