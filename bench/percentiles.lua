-- wrk script: spreads requests over the session cookies in SESSIONS (comma-separated), so each
-- of the connections acts as a different signed-in person, and prints p50, p95, p99 and throughput.
-- THINK_MS (optional) makes each connection a person who reads the page before the next click: it
-- waits between THINK_MS/2 and 3*THINK_MS/2 milliseconds (THINK_MS on average) after each answer.
-- Without it the connections send their next request as soon as the last one is answered.
local sessions = {}
local next_session = 0
local think_ms = tonumber(os.getenv("THINK_MS") or "") or 0

function init(args)
  for s in string.gmatch(os.getenv("SESSIONS") or "", "[^,]+") do table.insert(sessions, s) end
  math.randomseed(os.time() + (tonumber(tostring(args):match("0x(%x+)") or "0", 16) or 0))
end

if think_ms > 0 then -- defined only then, so runs without think time send at once, as before
  function delay()
    return think_ms / 2 + math.random() * think_ms
  end
end

function request()
  if #sessions == 0 then return wrk.format(nil, wrk.path) end
  next_session = next_session % #sessions + 1
  return wrk.format(nil, wrk.path, { ["Cookie"] = "SESSION=" .. sessions[next_session], ["Accept"] = "text/html" })
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  throughput=%.1f req/s  errors=%d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), errors))
end
