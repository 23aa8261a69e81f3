-- wrk script for bench/web_load.py: one thread per client, each with its own credentials.
--
-- Arguments after "--": mode (keep, revalidate or new), a header name, then one header
-- value per client (thread). Each client keeps the cookies it is given back (the CSRF
-- cookie), as a browser does; "revalidate" sends the ETag of its last 200 in
-- If-None-Match; "new" asks the server to close the connection after each answer, so
-- every request opens a new one. done() prints one line the benchmark parses.

local next_id = 0
local threads = {}

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   mode = args[1]
   header = args[2]
   credential = args[3 + id]
   cookie = ""
   tag = nil
   answered, not_modified, failed = 0, 0, 0
end

function request()
   local headers = {}
   if header == "Cookie" then
      headers["Cookie"] = credential .. cookie
   else
      headers[header] = credential
      if cookie ~= "" then
         headers["Cookie"] = string.sub(cookie, 3)
      end
   end
   if mode == "revalidate" and tag then
      headers["If-None-Match"] = tag
   elseif mode == "new" then
      headers["Connection"] = "close"
   end
   return wrk.format("GET", nil, headers)
end

-- Header names are case-insensitive (some servers send them in lower case).
local function find(headers, wanted)
   for name, value in pairs(headers) do
      if string.lower(name) == wanted then
         return value
      end
   end
end

function response(status, headers, body)
   answered = answered + 1
   if status == 304 then
      not_modified = not_modified + 1
   elseif status == 200 then
      tag = find(headers, "etag")
   else
      failed = failed + 1
   end
   local set = find(headers, "set-cookie")
   if set and cookie == "" then
      cookie = "; " .. string.match(set, "^%s*([^;]+)")
   end
end

function done(summary, latency, requests)
   local total_answered, total_not_modified, total_failed = 0, 0, 0
   for _, thread in ipairs(threads) do
      total_answered = total_answered + thread:get("answered")
      total_not_modified = total_not_modified + thread:get("not_modified")
      total_failed = total_failed + thread:get("failed")
   end
   local errors = summary.errors
   local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
   io.write(string.format(
      "WAFD %d %d %d %.3f %.3f %.3f %.6f\n",
      total_answered, total_failed + socket_errors, total_not_modified,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, summary.duration / 1e6
   ))
end
