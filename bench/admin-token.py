# An admin bearer token (HS256, issuer "bench", audience "orggrains", a day long) signed with the
# base64 key in SIGNING_KEY, as the benchmark servers are started with it.
import base64, hashlib, hmac, json, os, time
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
body = b64(json.dumps({"iss": "bench", "aud": "orggrains", "sub": "bench", "roles": ["admin"], "exp": int(time.time()) + 86400}).encode())
mac = hmac.new(base64.b64decode(os.environ["SIGNING_KEY"]), f"{head}.{body}".encode(), hashlib.sha256).digest()
print(f"{head}.{body}.{b64(mac)}")
