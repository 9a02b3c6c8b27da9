-- wrk: every request searches for a word never asked before, so no kept page answers it
-- (the cost of a page made afresh, and of the cache's evictions past 512 pages).
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/jobs?q=w" .. n .. "x" .. math.random(1000000))
end
