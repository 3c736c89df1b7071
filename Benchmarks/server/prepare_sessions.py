#!/usr/bin/env python3
"""Creates sessions for the `answers` load run (Benchmarks/server/load.sh).

Picks a tree whose first question has choices (`--tree`, else `start` if it fits, else the first
tree of GET /v1/trees that fits, found by one probe POST each), creates COUNT sessions there from a
few threads and writes one line per session to OUT:

    <session id> <question key> <choice value>

The choice value is the question's first choice; answers.lua sends it, then takes it back, and so
on. Standard library only.
"""
import argparse
import json
import sys
import threading
import urllib.error
import urllib.request


def call(base, method, path, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def first_question(obj):
    if obj is None or obj.get("status") != "question":
        return None
    question = obj.get("question") or {}
    choices = question.get("choices") or []
    if not choices:
        return None
    return question["key"], choices[0]["value"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--out", required=True)
    parser.add_argument("--tree", help="the tree to start the sessions at")
    parser.add_argument("--lang", default="ja")
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    base = args.url.rstrip("/")

    if args.tree:
        candidates = [args.tree]
    else:
        status, trees = call(base, "GET", "/v1/trees")
        if status != 200:
            sys.exit(f"GET /v1/trees: {status}")
        ids = [t["id"] for t in trees["trees"]]
        candidates = (["start"] if "start" in ids else []) + [i for i in ids if i != "start"]

    tree = None
    for candidate in candidates:
        status, obj = call(base, "POST", "/v1/sessions", {"tree": candidate, "lang": args.lang})
        if status == 201 and first_question(obj):
            tree = candidate
            break
    if tree is None:
        sys.exit(f"no tree among {candidates} starts with a question that has choices")

    lines = []
    errors = []
    lock = threading.Lock()
    remaining = [args.count]

    def worker():
        while True:
            with lock:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            status, obj = call(base, "POST", "/v1/sessions", {"tree": tree, "lang": args.lang})
            fq = first_question(obj) if status == 201 else None
            with lock:
                if fq:
                    lines.append(f"{obj['id']} {fq[0]} {fq[1]}\n")
                else:
                    errors.append(status)

    threads = [threading.Thread(target=worker) for _ in range(max(1, args.threads))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        sys.exit(f"{len(errors)} session creations failed (statuses {sorted(set(errors))})")
    with open(args.out, "w") as f:
        f.writelines(lines)
    key, value = lines[0].split()[1:]
    print(f"sessions: {len(lines)} at tree '{tree}', first question '{key}', answered with '{value}'")


if __name__ == "__main__":
    main()
