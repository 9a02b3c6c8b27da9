-- wrk script: each request is a complete application with a unique email and the
-- resume file named by BENCH_PDF, carrying the CSRF cookie and token of one form view.
local boundary = "----careers-bench-7MA4YWxkTrZu0gW"
local pdf = assert(io.open(os.getenv("BENCH_PDF"), "rb")):read("*a")
local path = os.getenv("BENCH_PATH")
local cookie = os.getenv("BENCH_COOKIE")

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local fixed = field("csrf_token", os.getenv("BENCH_CSRF"))
  .. field("form_started", os.getenv("BENCH_STARTED"))
  .. field("website", "")
  .. field("full_name", "Alex Example")
  .. field("phone", "+1 206 555 0100")
  .. field("country", "US")
  .. field("date_of_birth", "1990-04-23")
  .. field("cover_letter", "I would like to join the video platform team and build encoding pipelines.")
  .. field("consent_privacy", "yes")
local file_part = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"resume.pdf\"\r\n"
  .. "Content-Type: application/pdf\r\n\r\n" .. pdf .. "\r\n--" .. boundary .. "--\r\n"
local headers = { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Cookie"] = cookie }

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
function request()
  counter = counter + 1
  local email = string.format("bench-%d-%d-%d@example.com", tid, counter, math.random(1, 1000000000))
  return wrk.format("POST", path, headers, field("email", email) .. fixed .. file_part)
end
