-- wrk: POST the benchmark query as GraphQL over HTTP.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"query":"{ authors { id name md5 books { id name } } }"}'
