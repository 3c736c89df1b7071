#!/usr/bin/env python3
"""Pasted secrets that slip past the redactor: an adversarial battery, counted.

    python3 Benchmarks/redaction/leaks.py .build/release/helpdesk [--knowledge Knowledge] [--show]

battery.jsonl holds 300 tickets (150 passwords, 80 codes, 70 setup keys; half Japanese), each with
the secret as it stands in its text. They were written by a helper who saw neither the code nor the
knowledge, asked for shapes a redactor forgets (tables, key-value lists, quoted replies, letters-only
and digits-only passwords, codes and keys split by a line break, …). A secret leaks when it, or its
characters without spaces, hyphens and line breaks, stands in the text `helpdesk triage --batch`
gives back. The figure is a measure of what is left to do, not a test: some shapes (a password named
by no cue and shaped like a word) cannot be told from ordinary text.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("helpdesk")
    ap.add_argument("--knowledge", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "Knowledge"))
    ap.add_argument("--show", action="store_true", help="print each leak")
    a = ap.parse_args()
    battery = [json.loads(line) for line in open(os.path.join(HERE, "battery.jsonl"), encoding="utf-8")]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for n, case in enumerate(battery):
            tmp.write(json.dumps({"id": str(n), "text": case["text"]}, ensure_ascii=False) + "\n")
    run = subprocess.run([a.helpdesk, "triage", "--knowledge", a.knowledge, "--batch", tmp.name, "--top", "1"], capture_output=True, text=True)
    os.unlink(tmp.name)
    if run.returncode != 0:
        sys.exit("leaks.py: helpdesk triage --batch failed: " + run.stderr.strip()[:500])
    out = {r["id"]: r["text"] for r in map(json.loads, run.stdout.splitlines())}
    gone = str.maketrans("", "", " -\u3000\n\t")
    leaks = {}
    for n, case in enumerate(battery):
        text, secret = out[str(n)], case["secret"]
        if secret in text or secret.translate(gone) in text.translate(gone):
            leaks.setdefault(case["kind"], []).append((case["id"], secret, text))
    counts = {kind: sum(1 for c in battery if c["kind"] == kind) for kind in ("password", "code", "key")}
    total = sum(len(v) for v in leaks.values())
    print(f"leaked {total} of {len(battery)}: " + ", ".join(f"{kind} {len(leaks.get(kind, []))}/{counts[kind]}" for kind in counts))
    if a.show:
        for kind, cases in leaks.items():
            for id, secret, text in cases:
                print(f"  {id} {kind} {secret!r}: {text[:160]!r}")


if __name__ == "__main__":
    main()
