-- Mixed read workload for wrk: search, entity, neighbourhood, paths and sources, in the proportions
-- below. Counts answers per status, so the summary can tell 429s (heavy-query cap) from other errors.
-- REQUESTS=<file> replaces the list below with the file's lines, each "<weight> <path>" (bench/hub-load.sh
-- writes one for a generated world, whose ids differ from the seed graph's).
local requests = {
  {30, "/api/entities?q=vietnam"}, {0, "/api/entities?q=asml&limit=5"}, {0, "/api/entities?q=gallium&type=Mineral"},
  {25, "/api/entities/country:VN"}, {0, "/api/entities/firm:asml"}, {0, "/api/entities/agreement:eu-vn-fta?asOf=2026-01-28"},
  {20, "/api/entities/firm:asml/neighbourhood?depth=1"}, {0, "/api/entities/country:VN/neighbourhood?depth=2&limit=100"},
  {15, "/api/paths?from=bloc:EU&to=firm:huawei"}, {0, "/api/paths?from=firm:asml&to=country:VN&maxHops=4"},
  {10, "/api/sources?limit=20"}, {0, "/api/sources/source:commodities-2026-01-28"},
}
if os.getenv("REQUESTS") then
  requests = {}
  for line in io.lines(os.getenv("REQUESTS")) do
    local weight, path = line:match("^(%d+)%s+(%S+)$")
    if weight then table.insert(requests, {tonumber(weight), path}) end
  end
end
-- A weight of 0 shares the weight of the group it follows: each group is one endpoint family.
local paths, weights, total = {}, {}, 0
do
  local group = {}
  local function flush(weight)
    for _, p in ipairs(group) do
      table.insert(paths, p); table.insert(weights, weight / #group); total = total + weight / #group
    end
  end
  local weight = 0
  for _, r in ipairs(requests) do
    if r[1] > 0 then flush(weight); group = {}; weight = r[1] end
    table.insert(group, r[2])
  end
  flush(weight)
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

function init(args)
  statuses = {}
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local x, acc = math.random() * total, 0
  for i, w in ipairs(weights) do
    acc = acc + w
    if x <= acc then return wrk.format("GET", paths[i]) end
  end
  return wrk.format("GET", paths[#paths])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do counts[status] = (counts[status] or 0) + n end
  end
  local line = "STATUS"
  for status, n in pairs(counts) do line = line .. " " .. status .. "=" .. n end
  print(line)
  print(string.format("SUMMARY requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
      .. " non2xx=%d socket_errors=%d",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
