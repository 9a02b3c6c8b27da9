-- wrk script: posts the staff sign-in form. With BENCH_ACCOUNTS=N, as one of the
-- accounts bench-1 … bench-N@panopto.test at random; otherwise as a new random unknown
-- email per request, so no lock ever triggers and every attempt costs one full argon2
-- hash (the dummy one).
local csrf = os.getenv("BENCH_CSRF")
local cookie = os.getenv("BENCH_COOKIE")
local accounts = tonumber(os.getenv("BENCH_ACCOUNTS") or "0")
local password = os.getenv("BENCH_PASSWORD") or "not the password at all"

function init(args)
  math.randomseed(id)
  counts = {}
end

local function urlencode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  local who
  if accounts > 0 then
    who = string.format("bench-%d@panopto.test", math.random(1, accounts))
  else
    who = string.format("flood-%d-%d@example.org", id, math.random(1, 1e9))
  end
  local body = "email=" .. urlencode(who) .. "&password=" .. urlencode(password) .. "&csrf_token=" .. csrf
  return wrk.format("POST", "/staff/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

local threads = {}
function setup(thread)
  thread:set("id", math.random(1, 1e9))
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, status .. ": " .. n) end
  table.sort(parts)
  io.write("answers by status: " .. table.concat(parts, ", ") .. "\n")
end
