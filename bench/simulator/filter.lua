-- wrk script: POST a three-condition filter (A AND B OR C) to the simulator as the demo administrator.
-- wrk -t2 -c16 -d10s --latency -s bench/simulator/filter.lua http://127.0.0.1:3300/api/v1/accounts/1/conversations/filter
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["api_access_token"] = "demo-admin-token"
wrk.body = '{"payload":[{"attribute_key":"status","filter_operator":"equal_to","values":["open","pending"],"query_operator":"AND"},{"attribute_key":"labels","filter_operator":"equal_to","values":["vip","billing"],"query_operator":"OR"},{"attribute_key":"priority","filter_operator":"equal_to","values":["urgent"],"query_operator":null}]}'
