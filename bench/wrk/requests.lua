-- Drives wrk through a list of prepared requests, one per line of the file named by the
-- environment variable BENCH_REQUESTS: "METHOD<TAB>PATH<TAB>AUTHORIZATION<TAB>BODY" (BODY may be
-- empty). Each connection starts at a different line and walks the list in turn.
-- At the end it prints one JSON line with the numbers bench/run records.
local requests = {}
local counter = 0

local function load(path)
  local list = {}
  for line in io.lines(path) do
    local method, target, auth, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
    if method then
      local headers = { ["Accept"] = "application/json" }
      if auth ~= "" then headers["Authorization"] = auth end
      if body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
      list[#list + 1] = wrk.format(method, target, headers, body)
    end
  end
  return list
end

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

function init(args)
  requests = load(os.getenv("BENCH_REQUESTS"))
  index = (offset or 1) * 7919 % #requests
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function done(summary, latency, requests_)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    'BENCH {"requests": %d, "duration_s": %.3f, "rps": %.1f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "errors": %d, "status_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status, summary.errors.timeout))
end
