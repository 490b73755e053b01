local n = 0
request = function()
  n = n + 1
  local k = "single-" .. tostring(math.random(1, 1000000000)) .. "-" .. n
  local body = '{"query":"mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { key } userErrors { code } } }","variables":{"i":{"key":"' .. k .. '","name":"Person","email":"' .. k .. '@example.org","discipline":"ML_OPS"}}}'
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN")}, body)
end
