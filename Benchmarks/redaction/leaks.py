#!/usr/bin/env python3
"""Pasted secrets that slip past the redactor: an adversarial battery, counted.

    python3 Benchmarks/redaction/leaks.py .build/release/helpdesk [--knowledge Knowledge] [--show]
    python3 Benchmarks/redaction/leaks.py BIN --battery Benchmarks/redaction/battery2.jsonl \
        --decoys Benchmarks/redaction/decoys.jsonl
    python3 Benchmarks/redaction/leaks.py BIN --battery Benchmarks/redaction/battery3.jsonl \
        --decoys Benchmarks/redaction/decoys3.jsonl

battery.jsonl holds 300 tickets (150 passwords, 80 codes, 70 setup keys; half Japanese), each with
the secret as it stands in its text. They were written by a helper who saw neither the code nor the
knowledge, asked for shapes a redactor forgets (tables, key-value lists, quoted replies, letters-only
and digits-only passwords, codes and keys split by a line break, …). A secret leaks when it, or its
characters without spaces, hyphens and line breaks, stands in the text `helpdesk triage --batch`
gives back. battery2.jsonl is a second battery of the same make (300), and decoys.jsonl 150
tickets that hold no secret but many look-alikes (ticket, staff and order numbers, OMUIDs, dates,
postal codes, error codes, device names); both written by another helper who saw neither code nor
knowledge, and measured before they were read. battery3.jsonl and decoys3.jsonl, and battery4.jsonl and
decoys4.jsonl, are a third and a fourth pair of the same make (300 and 150 each), written blind for
the forty-ninth session; battery5.jsonl/decoys5.jsonl (slanted to pasting accidents: forms, tables,
quoted mails, chat logs) and battery6.jsonl/decoys6.jsonl (slanted to passphrases, values no cue
stands beside, values split or interrupted) a fifth and a sixth, for the fiftieth; battery7–12.jsonl and
decoys7–12.jsonl six more of that session (slanted to values described in passing, Japanese writers,
an everyday mix, second-language writers, and secrets in long mails beside look-alikes), each measured
once with the session's redactor of the time before it was read; battery13–18.jsonl and decoys13–18.jsonl
six more of the fifty-first (slanted to hurried phone and chat writing, to values described by what they
are or under unusual labels, to pasted exports and forms, to values told by comparison, correction or
spelt out character by character, to sentence frames of the writer's own, and to Japanese writers),
measured the same way; battery19–24.jsonl and decoys19–24.jsonl six more of the fifty-second (slanted to
staff mails and forwarded threads, to chat logs, to second-language writers, to passwords that are
ordinary words and phrases, to values read out, corrected or spelt in either language, and to secrets
placed where least expected among harmless numbers), and battery25–30.jsonl/decoys25–30.jsonl six more
of that session with the six slants of battery13–18 again, all measured the same way. --decoys counts the decoys the redactor touches
(six digits standing alone are taken for a code by design). The figure is a measure of what is left to do, not a test: some shapes (a password named
by no cue and shaped like a word) cannot be told from ordinary text.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def triage(a, path):
    """`helpdesk triage --batch` on a JSONL file of {id, text}: its records."""
    run = subprocess.run([a.helpdesk, "triage", "--knowledge", a.knowledge, "--batch", path, "--top", "1"], capture_output=True, text=True)
    os.unlink(path)
    if run.returncode != 0:
        sys.exit("leaks.py: helpdesk triage --batch failed: " + run.stderr.strip()[:500])
    return list(map(json.loads, run.stdout.splitlines()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("helpdesk")
    ap.add_argument("--knowledge", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "Knowledge"))
    ap.add_argument("--show", action="store_true", help="print each leak")
    ap.add_argument("--battery", default=os.path.join(HERE, "battery.jsonl"), help="the battery (default battery.jsonl)")
    ap.add_argument("--decoys", help="tickets that hold no secret (decoys.jsonl): count those the redactor touches")
    a = ap.parse_args()
    battery = [json.loads(line) for line in open(a.battery, encoding="utf-8")]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for n, case in enumerate(battery):
            tmp.write(json.dumps({"id": str(n), "text": case["text"]}, ensure_ascii=False) + "\n")
    out = {r["id"]: r["text"] for r in triage(a, tmp.name)}
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
    if a.decoys:
        decoys = [json.loads(line) for line in open(a.decoys, encoding="utf-8")]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
            for n, case in enumerate(decoys):
                tmp.write(json.dumps({"id": str(n), "text": case["text"]}, ensure_ascii=False) + "\n")
        touched = [(decoys[int(r["id"])]["id"], r["text"]) for r in triage(a, tmp.name) if r.get("redactions", 0) > 0]
        print(f"decoys touched {len(touched)} of {len(decoys)} (they hold no secret)")
        if a.show:
            for id, text in touched:
                print(f"  {id}: {text[:160]!r}")


if __name__ == "__main__":
    main()
