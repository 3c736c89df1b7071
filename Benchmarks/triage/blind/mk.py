#!/usr/bin/env python3
"""Makes the folders of a blind round: eight writers' briefs, each for a set of 160 tickets.

    python3 Benchmarks/triage/blind/mk.py START [--root /work] [--index ../shared/knowledge-index.md]

writes ROOT/blindSTART … ROOT/blindSTART+7, each with BRIEF.md (this folder's, with the set's
number, id prefix and emphasis filled in), labelling.md (the entry and fact tables of the
knowledge index and the labelling rule of ../README.md: all a writer may read besides the two
FAQ pages) and validate.py. A writer (a helper who has read nothing of the project) is given one
folder: "Follow the brief in ROOT/blindN/BRIEF.md exactly". Measure the sets once, with a binary
and knowledge copied before the writers start, before anyone reads them.
"""
import argparse, os, shutil

EMPHASES = [
    "an everyday mix of the busiest weeks (April, October), each ticket told its own way",
    "wrong guesses at the cause, with the deciding facts told only in passing",
    "very short chats and one-liners, and a few long rambling mails",
    "second-language writers (Chinese, Korean, Vietnamese, English speakers) writing Japanese or English",
    "phone typing: no punctuation, slips, kana-only or romaji Japanese, emoji-free but hurried",
    "writers who ask for the wrong remedy or a neighbouring entry's remedy",
    "forwarded tickets: an office, a lab secretary or a parent writing for someone else",
    "the common intents told the least typical ways you can think of, step by step through what was seen",
    "formal letters and polite staff mails with background first and the trouble late",
    "troubles told mid-way: what was already tried, what worked, what did not",
]

def section(text, start, end):
    return text[text.index(start):text.index(end)]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(os.path.dirname(here)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("start", type=int, help="the first set's number (fresh<START>)")
    ap.add_argument("--root", default="/work", help="where the blind<N> folders go (default /work)")
    ap.add_argument("--index", default=os.path.join(os.path.dirname(repo), "shared", "knowledge-index.md"))
    a = ap.parse_args()
    index = open(a.index, encoding="utf-8").read()
    readme = open(os.path.join(os.path.dirname(here), "README.md"), encoding="utf-8").read()
    labelling = ("# What you may read besides the two pages\n\n" + section(index, "## Trees", "## Facts everyone")
                 + "\n" + section(index, "## Facts everyone", "## Finding codes") + "\n" + section(readme, "## Labelling rule", "## Composition"))
    brief = open(os.path.join(here, "BRIEF.md"), encoding="utf-8").read()
    for n in range(a.start, a.start + 8):
        k = n - 710  # fresh710 was xaa: the ids' prefixes go on from there
        prefix = "x" + chr(97 + k // 26) + chr(97 + k % 26)
        folder = os.path.join(a.root, f"blind{n}")
        os.makedirs(folder, exist_ok=True)
        emphasis = EMPHASES[n % len(EMPHASES)]
        text = brief.replace("{N}", str(n)).replace("{P}", prefix).replace("{EMPHASIS}", emphasis)
        open(os.path.join(folder, "BRIEF.md"), "w", encoding="utf-8").write(text)
        open(os.path.join(folder, "labelling.md"), "w", encoding="utf-8").write(labelling)
        shutil.copy(os.path.join(here, "validate.py"), folder)
        print(folder, prefix, emphasis)

main()
