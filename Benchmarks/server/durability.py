#!/usr/bin/env python3
"""Crash durability of `helpdesk serve`: an acknowledged answer survives `kill -9`.

Each round: a few threads create sessions (POST /v1/sessions, random tree and language) and
answer their questions forward (POST /v1/sessions/{id}/answers: a random choice, a number, a
text, or null for "I don't know"), recording every answer acknowledged with 200: the session,
the key, the value sent, and from the response the fact as stored (`facts[key]`), the trace and
`shown`. At a random moment the server gets SIGKILL; it is started again on the same data folder
(on the same port when it can bind it, else on a new one) and every acknowledged answer of this
and all earlier rounds is checked with GET /v1/sessions/{id}:

  lost       the session is gone (404), or `facts[key]` is missing or has another value/source
  rewritten  the fact is there but the trace acknowledged is not a prefix of the trace now

Sessions acknowledged with 201 must also still exist. Beside them, a thread triages tickets
(POST /v1/triage with the agents' token) and every ticket acknowledged with its id must be
there after the restart (GET /agent/tickets/{id}, 200). Exit status 1 if anything acknowledged
was lost or rewritten (or the server could not be started again), else 0.

Usage: Benchmarks/server/durability.py [--bin PATH] [--rounds N] [--threads N]
           [--kill-after MIN MAX] [--max-seconds S] [--seed N] [--self-test] [-- SERVER ARGS...]
--self-test restarts on an empty data folder instead, to show the check reports every loss
(SQLite only: with --database the data is elsewhere).
SERVER_ARGS (env) and anything after `--` are added to `helpdesk serve`, e.g.
  SERVER_ARGS='--database postgres://helpdesk@127.0.0.1/helpdesk' Benchmarks/server/durability.py
Standard library only.
"""
import argparse
import http.client
import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TEXTS = ["エラーが表示されました", "パスワードが違います", "3文字以上、30文字以内で入力してください。",
         "The code has expired", "unknown error"]


class Server:
    def __init__(self, binary, data, knowledge, token, extra, logdir):
        self.binary, self.data, self.knowledge, self.token = binary, data, knowledge, token
        self.extra, self.logdir = extra, logdir
        self.proc, self.port, self.starts = None, None, 0

    def start(self, port=0, timeout=60):
        self.starts += 1
        out = os.path.join(self.logdir, f"server-{self.starts}.out")
        err = os.path.join(self.logdir, f"server-{self.starts}.err")
        env = dict(os.environ, HELPDESK_AGENT_TOKEN=self.token)
        cmd = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--data", self.data,
               "--knowledge", self.knowledge, "--rate-burst", "1000000", "--rate-refill", "1000000",
               *self.extra]
        with open(out, "w") as o, open(err, "w") as e:
            self.proc = subprocess.Popen(cmd, stdout=o, stderr=e, env=env, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(out) as f:
                m = re.search(r"^listening on http://127\.0\.0\.1:(\d+)", f.read(), re.M)
            if m:
                self.port = int(m.group(1))
                return True
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        with open(err) as f:
            tail = f.read()[-2000:]
        print(f"  server start (port {port}) failed: exit {self.proc.returncode}; stderr tail:\n{tail}")
        return False

    def kill9(self):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)


def call(port, method, path, body=None, timeout=15, token=None):
    """(status, object) — raises OSError/HTTPException when the server is not there."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data else {}
        if token:
            headers["Authorization"] = "Bearer " + token
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        try:
            obj = json.loads(raw) if raw else None
        except ValueError:
            obj = {"unparsed": raw[:200].decode("utf-8", "replace")}
        return resp.status, obj
    finally:
        conn.close()


def pick_answer(question, rng):
    if question.get("accepts_unknown") and rng.random() < 0.15:
        return None
    choices = question.get("choices") or []
    if choices:
        return rng.choice(choices)["value"]
    kind = question.get("type")
    if kind == "number":
        return rng.choice([0, 1, 3, 8, 15, 45, 120])
    if kind == "text":
        return rng.choice(TEXTS)
    return None  # secret: the server never asks one; null is the only value it takes


class Round:
    def __init__(self):
        self.lock = threading.Lock()
        self.sessions = []      # ids acknowledged with 201
        self.tickets = []       # triaged tickets' ids acknowledged
        self.acks = []          # acknowledged answers
        self.unexpected = []    # (method, path, status, error) other than 2xx before the kill
        self.failed_requests = 0


def worker(port, trees, rnd, stop, seed):
    rng = random.Random(seed)
    while not stop.is_set():
        tree, lang = rng.choice(trees), rng.choice(["ja", "en"])
        try:
            status, obj = call(port, "POST", "/v1/sessions", {"tree": tree, "lang": lang})
        except (OSError, http.client.HTTPException):
            with rnd.lock:
                rnd.failed_requests += 1
            return  # the server is gone
        if status != 201:
            with rnd.lock:
                rnd.unexpected.append(("POST", "/v1/sessions " + tree, status, (obj or {}).get("error")))
            continue
        sid = obj["id"]
        with rnd.lock:
            rnd.sessions.append(sid)
        while obj.get("status") == "question" and not stop.is_set():
            question = obj["question"]
            value = pick_answer(question, rng)
            path = f"/v1/sessions/{sid}/answers"
            try:
                status, reply = call(port, "POST", path, {"key": question["key"], "value": value})
            except (OSError, http.client.HTTPException):
                with rnd.lock:
                    rnd.failed_requests += 1
                return
            if status != 200:
                with rnd.lock:
                    rnd.unexpected.append(("POST", path, status, (reply or {}).get("error")))
                break
            stored = reply["facts"].get(question["key"])
            with rnd.lock:
                rnd.acks.append({"session": sid, "key": question["key"], "sent": value, "fact": stored,
                                 "trace": reply["trace"], "shown": reply["shown"],
                                 "steps": len(reply["trace"])})
            obj = reply


TICKETS = ["パスワードを忘れました。再発行の方法を教えてください。", "I lost my phone with the authenticator app on it.",
           "確認コードの有効期限が切れていますと表示されました", "The setup key is rejected as invalid.",
           "利用者管理システムでロックされました"]


def triage_worker(port, token, rnd, stop, seed):
    rng = random.Random(seed)
    while not stop.is_set():
        try:
            status, obj = call(port, "POST", "/v1/triage", {"text": rng.choice(TICKETS)}, token=token)
        except (OSError, http.client.HTTPException):
            with rnd.lock:
                rnd.failed_requests += 1
            return
        with rnd.lock:
            if status in (200, 201) and obj.get("id"):
                rnd.tickets.append(obj["id"])
            else:
                rnd.unexpected.append(("POST", "/v1/triage", status, (obj or {}).get("error")))


def verify_tickets(port, token, tickets):
    """Returns (missing, examples): acknowledged tickets the workbench no longer finds."""
    missing, examples = 0, []
    for tid in tickets:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            conn.request("GET", f"/agent/tickets/{tid}", headers={"Authorization": "Bearer " + token})
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        finally:
            conn.close()
        if status != 200:
            missing += 1
            if len(examples) < 5:
                examples.append(f"ticket {tid}: GET /agent/tickets/{tid} {status}")
    return missing, examples


def verify(port, acks, sessions):
    """Returns (lost, rewritten, missing_sessions, examples)."""
    current = {}
    examples = []
    missing_sessions = 0
    for sid in sorted(set(sessions) | {a["session"] for a in acks}):
        status, obj = call(port, "GET", f"/v1/sessions/{sid}", timeout=30)
        current[sid] = obj if status == 200 else None
        if status != 200 and sid in sessions:
            missing_sessions += 1
            if len(examples) < 5:
                examples.append(f"session {sid}: GET {status} {(obj or {}).get('error')}")
    lost = rewritten = 0
    for a in acks:
        obj = current[a["session"]]
        fact = obj["facts"].get(a["key"]) if obj else None
        if obj is None or fact is None or fact.get("value") != a["fact"].get("value") \
                or fact.get("source") != a["fact"].get("source"):
            lost += 1
            if len(examples) < 5:
                examples.append(f"lost: session {a['session']} {a['key']}={a['sent']!r}: acknowledged "
                                f"{a['fact']}, now {fact if obj else 'no session'}")
        elif obj["trace"][:len(a["trace"])] != a["trace"] or obj["shown"][:len(a["shown"])] != a["shown"]:
            rewritten += 1
            if len(examples) < 5:
                examples.append(f"rewritten: session {a['session']} after {a['key']}: acknowledged trace of "
                                f"{a['steps']} entries is not a prefix of the {len(obj['trace'])} now")
    return lost, rewritten, missing_sessions, examples


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=os.environ.get("HELPDESK_BIN"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--kill-after", type=float, nargs=2, default=[1.0, 4.0], metavar=("MIN", "MAX"),
                        help="seconds of load before the kill, drawn uniformly (default 1 4)")
    parser.add_argument("--max-seconds", type=float, default=600, help="stop after this many seconds")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--self-test", action="store_true",
                        help="check the checker: restart on a fresh, empty data folder instead, so every "
                             "acknowledged answer must be reported lost (exit 0 when they are)")
    parser.add_argument("--knowledge", default=os.path.join(ROOT, "Knowledge"))
    args = parser.parse_args(argv)
    if not args.bin:
        release = os.path.join(ROOT, ".build/release/helpdesk")
        args.bin = release if os.access(release, os.X_OK) else os.path.join(ROOT, ".build/debug/helpdesk")
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"durability.py: no helpdesk binary at {args.bin} (use --bin)")
    extra = shlex.split(os.environ.get("SERVER_ARGS", "")) + extra
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    started = time.monotonic()

    tmp = tempfile.mkdtemp(prefix="helpdesk-durability.")
    binary = os.path.join(tmp, "helpdesk")
    shutil.copy2(args.bin, binary)
    # `helpdesk serve` runs the helpdesk-server built beside it.
    shutil.copy2(os.path.join(os.path.dirname(os.path.abspath(args.bin)), "helpdesk-server"), os.path.join(tmp, "helpdesk-server"))
    data = os.path.join(tmp, "data")
    os.mkdir(data)
    server = Server(binary, data, args.knowledge, "durability-" + os.urandom(8).hex(), extra, tmp)
    print(f"== durability: {args.bin}, {args.rounds} rounds, {args.threads} threads, seed {seed}")
    print(f"   data {data}; extra server args: {' '.join(extra) or '(none)'}")
    failed = False
    all_acks, all_sessions, all_tickets = [], [], []
    restarts = 0
    try:
        if not server.start():
            sys.exit(1)
        status, trees = call(server.port, "GET", "/v1/trees")
        tree_ids = [t["id"] for t in trees["trees"]]
        for n in range(1, args.rounds + 1):
            if time.monotonic() - started > args.max_seconds:
                print(f"round {n}: skipped, over --max-seconds {args.max_seconds:.0f}")
                break
            rnd = Round()
            stop = threading.Event()
            threads = [threading.Thread(target=worker, args=(server.port, tree_ids, rnd, stop, rng.random()),
                                        daemon=True) for _ in range(args.threads)]
            threads.append(threading.Thread(target=triage_worker, args=(server.port, server.token, rnd, stop, rng.random()),
                                            daemon=True))
            for t in threads:
                t.start()
            delay = rng.uniform(*args.kill_after)
            time.sleep(delay)
            server.kill9()
            stop.set()
            for t in threads:
                t.join(timeout=30)
            old_port = server.port
            if args.self_test:
                server.data = os.path.join(tmp, f"empty-{n}")
                os.mkdir(server.data)
            if not server.start(port=old_port):
                print(f"  port {old_port} not available again; starting on a new port")
                if not server.start(port=0):
                    print(f"round {n}: the server did not start again on {data}")
                    failed = True
                    break
            restarts += 1
            all_acks += rnd.acks
            all_sessions += rnd.sessions
            all_tickets += rnd.tickets
            lost, rewritten, missing, examples = verify(server.port, rnd.acks, rnd.sessions)
            lost_all, rewritten_all, missing_all, examples_all = verify(server.port, all_acks, all_sessions)
            tickets_missing, ticket_examples = verify_tickets(server.port, server.token, all_tickets)
            print(f"round {n}: kill -9 after {delay:.1f} s; restarted on port {server.port}"
                  f"{' (same)' if server.port == old_port else ' (new)'}; "
                  f"sessions acknowledged {len(rnd.sessions)}, answers acknowledged {len(rnd.acks)}, "
                  f"lost {lost}, rewritten {rewritten}, sessions missing {missing}; "
                  f"all rounds so far: {len(all_acks)} answers, lost {lost_all}, rewritten {rewritten_all}, "
                  f"sessions missing {missing_all}; tickets acknowledged {len(rnd.tickets)}, all rounds "
                  f"{len(all_tickets)}, missing {tickets_missing}; requests cut by the kill {rnd.failed_requests}")
            if rnd.unexpected:
                print(f"  {len(rnd.unexpected)} unexpected statuses before the kill, e.g. {rnd.unexpected[:3]}")
            for line in (examples or examples_all) + ticket_examples:
                print("  " + line)
            if lost or rewritten or missing or lost_all or rewritten_all or missing_all or tickets_missing:
                failed = True
            if not rnd.acks:
                print("  (no answer was acknowledged in this round: the kill came too early)")
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    total = time.monotonic() - started
    if args.self_test:
        detected = failed and all_acks and all_tickets
        print(f"== self-test {'OK: the losses were detected' if detected else 'FAILED: no loss detected'}")
        sys.exit(0 if detected else 1)
    print(f"== {'FAILED' if failed else 'OK'}: {len(all_acks)} acknowledged answers in "
          f"{len(all_sessions)} sessions and {len(all_tickets)} triaged tickets over {restarts} kill -9 restarts, {total:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
