#!/usr/bin/env python3
"""Whole-process figures of the CLI (issue 9), for one or more helpdesk binaries side by side.

  batch  `helpdesk triage --batch` on 20,000 tickets: the labelled tickets of triage/dev, dev2,
         test and holdout repeated, one JSONL line each; tickets/s from the wall time, median of
         --batch-runs runs (the binaries take turns, so a busy moment hits them alike).
  cold   `helpdesk diagnose --json --tree setup-key-invalid` from start to exit with its first
         question printed; median, min and p90 of --cold-runs runs after 3 warm-ups, in turns.

Usage: Benchmarks/cli/whole_process.py BIN [BIN...] [--batch-runs N] [--cold-runs N] [--tickets N]
                                      [--knowledge DIR]
Knowledge: the bundled Knowledge/ (HELPDESK_KNOWLEDGE is set to it), or --knowledge DIR (to
compare with a build that refuses today's knowledge: `git archive REV Knowledge | tar -x -C DIR`).
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SETS = ["dev", "dev2", "test", "holdout"]


def tickets(n):
    texts = []
    for name in SETS:
        with open(os.path.join(ROOT, "Benchmarks", "triage", name + ".jsonl"), encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    fd, path = tempfile.mkstemp(suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": str(i), "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return path, len(texts)


def timed(args, env):
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {done.returncode}: {done.stderr.decode()[:500]}")
    return elapsed


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("bins", nargs="+")
    p.add_argument("--batch-runs", type=int, default=5)
    p.add_argument("--cold-runs", type=int, default=50)
    p.add_argument("--tickets", type=int, default=20000)
    p.add_argument("--knowledge", default=os.path.join(ROOT, "Knowledge"))
    a = p.parse_args()
    env = dict(os.environ, HELPDESK_KNOWLEDGE=os.path.abspath(a.knowledge))
    path, distinct = tickets(a.tickets)
    try:
        print(f"batch: {a.tickets} tickets ({distinct} labelled tickets repeated), {a.batch_runs} runs each, in turns")
        batch = {b: [] for b in a.bins}
        for _ in range(a.batch_runs):
            for b in a.bins:
                batch[b].append(timed([b, "triage", "--batch", path], env))
        for b in a.bins:
            t = sorted(batch[b])
            print(f"  {b}: median {a.tickets / statistics.median(t):,.0f} tickets/s "
                  f"(runs {', '.join(f'{a.tickets / x:,.0f}' for x in t)})")
        cold = {b: [] for b in a.bins}
        args = ["diagnose", "--json", "--tree", "setup-key-invalid"]
        for b in a.bins:
            for _ in range(3):
                timed([b] + args, env)
        for _ in range(a.cold_runs):
            for b in a.bins:
                cold[b].append(timed([b] + args, env) * 1000)
        print(f"cold diagnose --json: {a.cold_runs} runs each, in turns")
        for b in a.bins:
            t = sorted(cold[b])
            print(f"  {b}: median {statistics.median(t):.1f} ms, min {t[0]:.1f} ms, p90 {t[int(len(t) * 0.9)]:.1f} ms")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
