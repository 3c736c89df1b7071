-- Shared by triage.lua and answers.lua (loaded with dofile from the same folder).
-- Counts responses by status in each thread, then prints one summary in done():
-- requests/s, latency p50/p90/p99/max in ms, non-2xx by status, socket errors.

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("thread_id", thread_count)
   table.insert(threads, thread)
end

statuses = {}   -- per thread: status -> count
extra = {}      -- per thread: script-specific counters, name -> number

function count_status(status)
   statuses[status] = (statuses[status] or 0) + 1
end

function bump(name, n)
   extra[name] = (extra[name] or 0) + (n or 1)
end

function json_string(s)
   s = s:gsub('[%c"\\]', function(c)
      if c == '"' then return '\\"' end
      if c == '\\' then return '\\\\' end
      if c == '\n' then return '\\n' end
      return string.format('\\u%04x', c:byte())
   end)
   return '"' .. s .. '"'
end

function done(summary, latency, requests)
   local by_status, more = {}, {}
   local ok, non2xx = 0, 0
   for _, t in ipairs(threads) do
      for status, n in pairs(t:get("statuses") or {}) do
         by_status[status] = (by_status[status] or 0) + n
         if status >= 200 and status < 300 then ok = ok + n else non2xx = non2xx + n end
      end
      for name, n in pairs(t:get("extra") or {}) do
         more[name] = (more[name] or 0) + n
      end
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local codes = {}
   for status, n in pairs(by_status) do table.insert(codes, string.format("%d=%d", status, n)) end
   table.sort(codes)
   local notes = {}
   for name, n in pairs(more) do table.insert(notes, string.format("%s=%d", name, n)) end
   table.sort(notes)
   io.write("---- summary\n")
   io.write(string.format("requests: %d in %.1f s = %.1f requests/s\n",
      summary.requests, seconds, summary.requests / seconds))
   io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000))
   io.write(string.format("statuses: %s\n", table.concat(codes, " ")))
   io.write(string.format("2xx: %d  non-2xx: %d\n", ok, non2xx))
   io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
      e.connect, e.read, e.write, e.timeout))
   if #notes > 0 then io.write(string.format("notes: %s\n", table.concat(notes, " "))) end
   io.write(string.format("RESULT requests_per_s=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      non2xx, e.connect + e.read + e.write + e.timeout))
end
