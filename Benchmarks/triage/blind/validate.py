#!/usr/bin/env python3
"""Checks a blind ticket set against the brief's composition."""
import collections, json, re, sys

COMMON = {"forgot": "password-forgotten", "locked": "password-change-howto", "lost-phone": "two-factor-device-lost",
          "code-expired": "code-expired", "invalid-key": "setup-key-invalid", "no-otp-screen": "two-factor-test-fails"}
COUNTS = {t: 13 for t in COMMON.values()}
COUNTS.update({t: 6 for t in ["two-factor-login-fails", "login-fails", "password-change-error"]})
COUNTS.update({t: 5 for t in ["reset-mail-not-arriving", "otp-not-received", "two-factor-new-device", "student-number-unknown"]})
COUNTS.update({t: 3 for t in ["password-reset-error", "two-factor-reset"]})
OTHER = ["activation-closed-midway", "staff-number-unknown", "staff-number-rejected", "temp-password-mismatch",
         "temp-password-notified", "omuid-temp-password-forgotten", "password-change-login-fails", "logged-in-with-other-omuid",
         "recovery-email-which", "recovery-email-none", "code-resend", "password-change-pending", "two-factor-without-smartphone",
         "two-factor-on-pc", "two-factor-setup-login-fails", "two-factor-setup-unsure", "two-factor-multiple-devices",
         "activation-repeat", "contact-helpdesk"]
COUNTS.update({t: 2 for t in OTHER})
assert sum(COUNTS.values()) == 160

def main(path):
    prefix = re.sub(r"^.*fresh(\d+)\.jsonl$", r"\1", path)
    problems, rows = [], []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            problems.append(f"line {n}: empty line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            problems.append(f"line {n}: not JSON ({e})"); continue
        if set(o) != {"id", "lang", "tree", "intent", "text"}:
            problems.append(f"line {n}: keys must be id, lang, tree, intent, text (got {sorted(o)})")
        rows.append((n, o))
    ids = collections.Counter(o.get("id") for _, o in rows)
    pre = {re.sub(r"\d{3}$", "", str(i)) for i in ids}
    if len(pre) != 1:
        problems.append(f"ids must share one prefix (got {sorted(pre)})")
    for i, c in ids.items():
        if c > 1: problems.append(f"id {i} used {c} times")
        if not re.fullmatch(r"[a-z]+\d{3}", str(i)): problems.append(f"id {i}: prefix + three digits")
    texts = collections.Counter(" ".join(str(o.get("text", "")).split()) for _, o in rows)
    for t, c in texts.items():
        if c > 1: problems.append(f"text used {c} times: {t[:60]}")
    for n, o in rows:
        if o.get("lang") not in ("ja", "en"): problems.append(f"line {n}: lang must be ja or en")
        tree, intent = o.get("tree"), o.get("intent")
        if tree not in COUNTS: problems.append(f"line {n}: unknown tree {tree!r}")
        want = next((k for k, v in COMMON.items() if v == tree), tree)
        if intent != want: problems.append(f"line {n}: intent for {tree} must be {want!r} (got {intent!r})")
        if not str(o.get("text", "")).strip(): problems.append(f"line {n}: empty text")
    trees = collections.Counter(o.get("tree") for _, o in rows)
    for t, c in COUNTS.items():
        if trees[t] != c: problems.append(f"{t}: {trees[t]} tickets, the brief asks {c}")
    ja = sum(1 for _, o in rows if o.get("lang") == "ja")
    if not 85 <= ja <= 95: problems.append(f"{ja} ja tickets: the brief asks 85-95")
    if len(rows) != 160: problems.append(f"{len(rows)} tickets: the brief asks 160")
    for p in problems: print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1

sys.exit(main(sys.argv[1]))
