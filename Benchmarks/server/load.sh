#!/usr/bin/env bash
# Load test of `helpdesk serve` with wrk: two runs against one fresh server.
#
#   triage   POST /v1/triage with a rotation of 20 tickets (ja/en) and the agents' bearer token
#            (triage.lua).
#   answers  500 sessions created first (prepare_sessions.py), then per session POST /answers
#            with a valid choice and POST /back in turn, round-robin, never two requests in
#            flight for one session (answers.lua).
#
# Each run prints requests/s, latency p50/p90/p99 (ms), responses by status, non-2xx and socket
# errors, and the server's RSS (VmRSS) sampled every 5 s. The server is started on a fresh temp
# data folder with the rate limit out of the way, and stopped at the end whatever happens.
#
# Usage: Benchmarks/server/load.sh [--duration SECONDS] [--quick] [--bin PATH] [--threads N]
#            [--connections N] [--sessions N] [--tree ID] [--only triage|answers] [-- SERVER ARGS...]
#   --duration  seconds per run (default 60); --quick = 5 s
#   --bin       the helpdesk binary (default $HELPDESK_BIN, else .build/release/helpdesk, else
#               .build/debug/helpdesk); it is copied to the temp folder first, with the
#               helpdesk-server beside it (which `helpdesk serve` runs)
#   --threads / --connections   wrk's -t / -c (default 1 / 16; the machine has 2 cores)
#   SERVER_ARGS (env) and anything after `--` are added to `helpdesk serve`, e.g.
#     SERVER_ARGS='--database postgres://helpdesk@127.0.0.1/helpdesk' Benchmarks/server/load.sh
#   KEEP_TMP=1 keeps the temp folder (server log, sessions file, RSS samples).
# Needs wrk, curl and python3. Exit status: 0 when both runs had no non-2xx and no socket errors.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

DURATION=60
BIN="${HELPDESK_BIN:-}"
THREADS=1
CONNECTIONS=16
SESSIONS=500
TREE=""
ONLY=""
EXTRA_ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --quick) DURATION=5; shift ;;
        --bin) BIN="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --sessions) SESSIONS="$2"; shift 2 ;;
        --tree) TREE="$2"; shift 2 ;;
        --only) ONLY="$2"; shift 2 ;;
        --) shift; EXTRA_ARGS=("$@"); break ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "load.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
if [[ -z "$BIN" ]]; then
    if [[ -x "$ROOT/.build/release/helpdesk" ]]; then BIN="$ROOT/.build/release/helpdesk"; else BIN="$ROOT/.build/debug/helpdesk"; fi
fi
[[ -x "$BIN" ]] || { echo "load.sh: no helpdesk binary at $BIN (use --bin)" >&2; exit 2; }
for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "load.sh: $tool is not installed" >&2; exit 2; }
done
# shellcheck disable=SC2206
SERVER_EXTRA=(${SERVER_ARGS:-} "${EXTRA_ARGS[@]}")

TMP="$(mktemp -d "${TMPDIR:-/tmp}/helpdesk-load.XXXXXX")"
SERVER_PID=""
SAMPLER_PID=""
SAMPLER_START=0
cleanup() {
    local status=$?
    if [[ -n "$SAMPLER_PID" ]]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ "${KEEP_TMP:-}" == 1 ]]; then echo "temp folder kept: $TMP"; else rm -rf "$TMP"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cp "$BIN" "$TMP/helpdesk"
cp "$(dirname "$BIN")/helpdesk-server" "$TMP/helpdesk-server" || { echo "load.sh: no helpdesk-server beside $BIN" >&2; exit 2; }
TOKEN="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export HELPDESK_AGENT_TOKEN="$TOKEN"
mkdir "$TMP/data"

echo "== helpdesk serve: $BIN"
echo "   extra server args: ${SERVER_EXTRA[*]:-(none)}"
"$TMP/helpdesk" serve --host 127.0.0.1 --port 0 --data "$TMP/data" --knowledge "$ROOT/Knowledge" \
    --rate-burst 1000000 --rate-refill 1000000 "${SERVER_EXTRA[@]}" >"$TMP/server.out" 2>"$TMP/server.err" &
SERVER_PID=$!
PORT=""
for _ in $(seq 300); do
    PORT="$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p' "$TMP/server.out" | head -1)"
    [[ -n "$PORT" ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$PORT" ]]; then
    echo "load.sh: the server did not start (exited, or no 'listening on' line in 30 s)" >&2
    tail -n 20 "$TMP/server.out" "$TMP/server.err" >&2 || true
    exit 1
fi
URL="http://127.0.0.1:$PORT"
curl -fsS --max-time 10 "$URL/healthz" >/dev/null
echo "   pid $SERVER_PID, $URL; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s per run"

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0; }

# Samples VmRSS every 5 s into $1 until killed: "<seconds since start> <kB>".
start_sampler() {
    local out="$1"
    : >"$out"
    SAMPLER_START=$SECONDS
    (
        start=$SECONDS
        while kill -0 "$SERVER_PID" 2>/dev/null; do
            echo "$((SECONDS - start)) $(rss_kb)" >>"$out"
            sleep 5
        done
    ) &
    SAMPLER_PID=$!
}
stop_sampler() {
    local out="$1"
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
    echo "$((SECONDS - SAMPLER_START)) $(rss_kb)" >>"$out"   # the last sample, at the end of the run
    awk '{line[NR] = $0} END {for (i = 1; i <= NR; i++) {split(line[i], f, " ");
         printf "%s%ds%s %.1f MB", (i > 1 ? ", " : "server RSS: "), f[1], (i == NR ? " (end)" : ""), f[2] / 1024}
         print ""}' "$out"
    awk 'NR == 1 {first = $2} {last = $2; if ($2 > max) max = $2}
         END {printf "server RSS first %.1f MB, last %.1f MB (%+.1f MB), max %.1f MB\n",
              first / 1024, last / 1024, (last - first) / 1024, max / 1024}' "$out"
}

FAILED=0
declare -A RESULTS
run_wrk() {
    local name="$1"; shift
    echo
    echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
    start_sampler "$TMP/rss-$name.txt"
    set +e
    (cd "$HERE" && timeout --kill-after=5 $((DURATION + 30)) \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s "$@") | tee "$TMP/wrk-$name.txt"
    local status=${PIPESTATUS[0]}
    set -e
    stop_sampler "$TMP/rss-$name.txt" | tee "$TMP/rss-$name-summary.txt"
    if [[ $status -ne 0 ]]; then echo "load.sh: wrk exited with $status" >&2; FAILED=1; fi
    local result
    result="$(grep '^RESULT ' "$TMP/wrk-$name.txt" | sed 's/^RESULT //' || true)"
    if [[ -z "$result" ]] || ! grep -q 'non2xx=0 socket_errors=0' <<<"$result"; then FAILED=1; fi
    RESULTS[$name]="$result $(sed -n 's/^server RSS first \([0-9.]*\) MB, last \([0-9.]*\) MB.*/rss_first_mb=\1 rss_last_mb=\2/p' "$TMP/rss-$name-summary.txt")"
}

if [[ -z "$ONLY" || "$ONLY" == triage ]]; then
    run_wrk triage -s triage.lua "$URL"
fi

if [[ -z "$ONLY" || "$ONLY" == answers ]]; then
    echo
    echo "== creating $SESSIONS sessions"
    python3 "$HERE/prepare_sessions.py" --url "$URL" --count "$SESSIONS" --out "$TMP/sessions.txt" \
        ${TREE:+--tree "$TREE"}
    run_wrk answers -s answers.lua "$URL" -- "$TMP/sessions.txt" "$THREADS"
fi

echo
echo "== summary (server RSS now $(awk '{printf "%.1f MB", $1 / 1024}' <<<"$(rss_kb)"))"
for name in triage answers; do
    [[ -n "${RESULTS[$name]:-}" ]] && echo "$name: ${RESULTS[$name]}"
done
if [[ $FAILED -ne 0 ]]; then
    echo "FAILED: a run had non-2xx responses, socket errors or no result"
    exit 1
fi
echo "OK"
