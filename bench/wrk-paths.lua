-- wrk script of bench:api: each connection asks the paths of a file in turn, every thread
-- starting at its own offset, so a run asks as many distinct queries as the file holds.
-- Usage: WRK_RESULT=<json file> wrk -s bench/wrk-paths.lua <url> -- <paths file> <threads>
local paths = {}
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  -- Threads share the file: thread i asks paths i, i + T, i + 2T... (T threads).
  step = tonumber(args[2]) or 1
  position = index - 1
  wrk.headers["Accept-Encoding"] = "gzip, deflate, br"
  non2xx = 0
end

function request()
  local path = paths[(position % #paths) + 1]
  position = position + step
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + (thread:get("non2xx") or 0) end
  local out = assert(io.open(os.getenv("WRK_RESULT") or "wrk-result.json", "w"))
  out:write(string.format(
    '{"requests":%d,"duration_us":%d,"p50_us":%d,"p95_us":%d,"errors":%d,"timeouts":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status,
    summary.errors.timeout, bad))
  out:close()
end
