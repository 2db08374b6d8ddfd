-- wrk script: import the same newsroom text again and again (each import is a new article).
local f = assert(io.open(os.getenv("KIOSQUE_IMPORT_FILE"), "rb"))
local text = f:read("*a")
f:close()

function init(args)
  wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
  wrk.headers["Authorization"] = "Bearer bench-token-c2e8a51f973b06d4e1a7f28b"
end

function request()
  return wrk.format("POST", nil, nil, text)
end
