-- wrk script for bench/run.
--   wrk -t<threads> ... -s bench/wrk.lua URL -- <think-ms> <paths-file> <threads>
-- Each request takes the next line of paths-file ("GET /path" or "POST /path body"), each wrk thread starting
-- at its own line; with think-ms > 0 every connection waits think-ms × (0.5 to 1.5) between its requests (a
-- user reading the page). done() prints one line that bench/run parses.
local think = 0
local requests = {}
local next_index = 1
local stride = 1
local started = 0

function setup(thread)
  started = started + 1
  thread:set("thread_number", started)
end

function init(args)
  think = tonumber(args[1]) or 0
  for line in io.lines(args[2]) do
    local method, path, body = line:match("^(%S+)%s+(%S+)%s*(.*)$")
    if method then
      -- wrk.format takes these headers instead of wrk.headers (the -H options), so copy those in.
      local headers = {}
      for name, value in pairs(wrk.headers) do
        headers[name] = value
      end
      if method == "POST" then
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      end
      table.insert(requests, wrk.format(method, path, headers, body ~= "" and body or nil))
    end
  end
  stride = tonumber(args[3]) or 1
  next_index = (thread_number or 1)
  math.randomseed(os.time() + (thread_number or 1) * 7919)
end

function request()
  local r = requests[((next_index - 1) % #requests) + 1]
  next_index = next_index + stride
  return r
end

function delay()
  if think > 0 then
    return math.floor(think * (0.5 + math.random()))
  end
  return 0
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("BENCH requests=%d seconds=%.2f p50=%.1f p95=%.1f p99=%.1f max=%.1f errors=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors))
end
