-- wrk script for the PriorArt API: GET /api/v1/search with paper titles as free text, one mode.
-- A cross-check of './priorart bench api' with a load generator outside the JVM:
--   wrk -t4 -c50 -d60s --latency -s scripts/bench-api.lua http://127.0.0.1:8080 -- hybrid [KEY]
-- Run from the repository root (it reads data/eval/paper-queries-sample.jsonl).

local queries = {}
local mode = "keyword"
local key = nil
local i = 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  mode = args[1] or "keyword"
  key = args[2]
  for line in io.lines("data/eval/paper-queries-sample.jsonl") do
    local title = line:match('"title"%s*:%s*"([^"\\]*)"')
    if title and #title > 0 then
      table.insert(queries, urlencode(title))
    end
    if #queries >= 100 then break end
  end
  -- Threads start at different queries, as the Java benchmark's clients do.
  i = math.random(#queries)
end

function request()
  i = i % #queries + 1
  local headers = {}
  if key then headers["Authorization"] = "Bearer " .. key end
  return wrk.format("GET", "/api/v1/search?size=10&mode=" .. mode .. "&text=" .. queries[i], headers)
end

function done(summary, latency, requests)
  -- done() runs in wrk's main Lua state, which never saw init()'s arguments: the caller names the mode.
  io.write(string.format("%d requests in %.1f s = %.1f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
      .. "errors: %d non-2xx, %d connect, %d read, %d write, %d timeout\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
