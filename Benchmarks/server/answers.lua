-- wrk script: per session, POST /v1/sessions/{id}/answers (a valid choice of the first question),
-- then POST /v1/sessions/{id}/back, and again; round-robin over the sessions.
--   wrk -t1 -c16 -d60s -s answers.lua http://127.0.0.1:PORT -- SESSIONS_FILE THREADS
-- SESSIONS_FILE has one line per session: "<id> <question key> <choice value>" (prepare_sessions.py).
-- THREADS must equal wrk's -t: thread n takes the sessions n, n+THREADS, ... so no two threads share
-- a session. Within a thread the next request goes to the next session in the rotation; a session
-- whose last request has not been answered yet (its id not seen in a response body) is skipped, so
-- no session ever has two requests in flight (with sessions >> connections none is ever skipped;
-- the count is printed as notes: skipped_busy). A request that fails leaves its session busy for
-- the rest of the run (its state is unknown), so one error is not multiplied.
-- Every response that is not 2xx counts as an error.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")

local sessions = {}   -- {id, answer_path, back_path, answer_body, next = "answer"|"back"}
local by_id = {}
local busy = {}
local cursor = 0
local verified = false
local headers = {["Content-Type"] = "application/json"}

function init(args)
   local file = args[1] or os.getenv("ANSWERS_SESSIONS")
   local nthreads = tonumber(args[2] or os.getenv("ANSWERS_THREADS") or "1")
   assert(file, "answers.lua: pass the sessions file: -- SESSIONS_FILE THREADS")
   local me = thread_id or 1
   extra = {skipped_busy = 0, all_busy_fallback = 0, sessions_left_busy = 0}
   local n = 0
   for line in io.lines(file) do
      local id, key, value = line:match("^(%x+) (%S+) (%S+)$")
      if id then
         n = n + 1
         if (n - 1) % nthreads == me - 1 then
            local s = {
               id = id,
               answer_path = "/v1/sessions/" .. id .. "/answers",
               back_path = "/v1/sessions/" .. id .. "/back",
               answer_body = '{"key":' .. json_string(key) .. ',"value":' .. json_string(value) .. '}',
               next = "answer",
            }
            table.insert(sessions, s)
            by_id[id] = s
         end
      end
   end
   assert(#sessions > 0, "answers.lua: no sessions for thread " .. me)
end

function request()
   -- wrk calls request() once on thread 1 before the run only to check the request's syntax
   -- (script_verify_request), and never sends it: keep that call free of side effects.
   if thread_id == 1 and not verified then
      verified = true
      return wrk.format("GET", "/healthz")
   end
   for _ = 1, #sessions do
      cursor = cursor % #sessions + 1
      local s = sessions[cursor]
      if not busy[s.id] then
         busy[s.id] = true
         if s.next == "answer" then
            s.next = "back"
            return wrk.format("POST", s.answer_path, headers, s.answer_body)
         else
            s.next = "answer"
            return wrk.format("POST", s.back_path, headers, "")
         end
      end
      bump("skipped_busy")
   end
   -- every session of this thread is busy (only after errors): a request that touches no session
   bump("all_busy_fallback")
   return wrk.format("GET", "/healthz")
end

function response(status, hdrs, body)
   count_status(status)
   local id = body and body:match('"id":"(%x+)"')
   if id and by_id[id] then
      busy[id] = nil
   elseif status < 200 or status >= 300 then
      bump("sessions_left_busy")
   end
end
