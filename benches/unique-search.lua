-- wrk: every request searches for a word never asked before, so no kept page answers it
-- (the cost of a page made afresh, and of the cache's evictions past 512 pages).
-- LANG_PREFIX (e.g. /de) asks for the same pages in another language.
local n = 0
local prefix = os.getenv("LANG_PREFIX") or ""
request = function()
  n = n + 1
  return wrk.format("GET", prefix .. "/jobs?q=w" .. n .. "x" .. math.random(1000000))
end
