-- wrk script: POST a comment with a unique body on every request.
-- Counts 201 answers so the runner can check that each one is durable.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
  table.insert(threads, thread)
end

function init(args)
  created = 0
  -- each run and thread its own sequence: the same author posting the same text again would be held as a duplicate
  math.randomseed(os.time() * 100 + id)
  run = math.random(1000000000)
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format('{"authorName": "Banc d’essai", "body": "Commentaire %d-%d-%d : « ça tient ? »"}', run, id, counter)
  return wrk.format("POST", nil, nil, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("created")
  end
  io.write(string.format("created=%d\n", total))
end
