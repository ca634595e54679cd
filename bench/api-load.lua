-- wrk script for bench/api-load.sh: POST /api/v1/check-ins, one account per connection.
--
--   CREDENTIALS=FILE RUN=label wrk -t N -c N -s bench/api-load.lua URL
--
-- Run with as many threads as connections: wrk calls request() per thread, not per connection, so
-- one connection per thread is what gives each connection an account of its own (line i of
-- CREDENTIALS, "credential=<token> <habit id>" as ApiSetup prints, for thread i, round robin).
-- Each request carries a new client id, RUN-<thread>-<sequence>, so that no two requests of a
-- run, or of two runs, are the same check-in.
--
-- At the end it prints, besides wrk's own report, one line for the script:
--   WRK run requests seconds answered_2xx p50_us p99_us errors
-- and one line per connection, so that the script can check the database against the answers:
--   CONNECTION run thread answered_2xx last_answered_sequence sent
-- With one request in flight per connection, every sequence up to the last answered one was
-- answered; only the one in flight when wrk stopped (sequence last + 1) may be stored unanswered.

local threads = {}
local counter = 0

local function credentials()
  local path = os.getenv("CREDENTIALS") or error("CREDENTIALS names no file")
  local lines = {}
  for line in io.lines(path) do
    local token, habit = line:gsub("^credential=", ""):match("^%s*(%S+)%s+(%S+)")
    if token then
      lines[#lines + 1] = { token = token, habit = habit }
    end
  end
  if #lines == 0 then
    error("no credentials in " .. path)
  end
  return lines
end

local all = nil

function setup(thread)
  all = all or credentials()
  local credential = all[(counter % #all) + 1]
  thread:set("number", counter)
  thread:set("token", credential.token)
  thread:set("habit", credential.habit)
  thread:set("run", os.getenv("RUN") or "wrk")
  counter = counter + 1
  threads[#threads + 1] = thread
end

sent = 0
answered = 0
last_answered = -1
first_failure = ""

function init(args)
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  prefix = '{"clientId":"' .. run .. "-" .. number .. "-"
  suffix = '","habit":"' .. habit .. '"}'
end

function request()
  local body = prefix .. sent .. suffix
  sent = sent + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    answered = answered + 1
    last_answered = sent - 1
  elseif first_failure == "" then
    first_failure = status .. " " .. string.sub(body or "", 1, 200)
  end
end

function done(summary, latency, requests)
  local total = 0
  local failure = ""
  for _, thread in ipairs(threads) do
    local run = thread:get("run")
    local ok = thread:get("answered")
    total = total + ok
    io.write(string.format("CONNECTION %s %d %d %d %d\n", run, thread:get("number"), ok,
        thread:get("last_answered"), thread:get("sent")))
    if failure == "" then
      failure = thread:get("first_failure")
    end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK %s %d %.3f %d %d %d %d\n", threads[1]:get("run"), summary.requests,
      summary.duration / 1e6, total, latency:percentile(50), latency:percentile(99), errors))
  if failure ~= "" then
    io.write("first failure: " .. failure .. "\n")
  end
end
