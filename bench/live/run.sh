#!/usr/bin/env bash
# Live views under load: CLIENTS (2,000) room displays follow one meeting on loopback while "next speaker" is pressed
# ROUNDS (20) times; prints the delay from the press to each client's event (p50, p99) and the server's heap.
# The server runs on H2 with -Xmx512m (the goal: p99 under 250 ms, heap under 512 MB on a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS="${CLIENTS:-2000}"
ROUNDS="${ROUNDS:-20}"
PORT="${PORT:-8096}"
[ -f target/plenary-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'kill "$app" 2> /dev/null || true; rm -rf "$work"' EXIT
ulimit -n 65536 2> /dev/null || true
(cd "$work" && PLENARY_ADMIN_PASSWORD=bench-password exec java -Xmx512m -jar "$OLDPWD/target/plenary-0.1.0-SNAPSHOT.jar" \
  --server.port="$PORT" --server.tomcat.max-connections=10000 > app.log 2>&1) &
app=$!
base="http://localhost:$PORT"
# Ready once the first administrator exists (the server listens before its start-up tasks are done).
for _ in $(seq 120); do curl -sf -o /dev/null -u admin:bench-password "$base/api/accounts" && break; sleep 1; done
auth=(-s -u admin:bench-password -H 'Content-Type: application/json')
process=$(curl "${auth[@]}" -d '{"shortName":"Bench","name":"A meeting under load"}' "$base/api/processes" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
meeting=$(curl "${auth[@]}" -d '{"dates":["2040-03-05"],"slots":["MORNING"],"format":"informal meeting"}' \
  "$base/api/processes/$process/meetings" | python3 -c 'import sys, json; print(json.load(sys.stdin)["meetings"][0]["id"])')
curl "${auth[@]}" -X POST "$base/api/meetings/$meeting/speakers/open" > /dev/null
codes=$(curl -s "$base/api/delegations?kind=MEMBER_STATE" | python3 -c 'import sys, json; print(" ".join(d["code"] for d in json.load(sys.stdin)[:60]))')
for code in $codes; do
  curl "${auth[@]}" -d "{\"delegation\":\"$code\"}" "$base/api/meetings/$meeting/speakers" > /dev/null
done
java bench/live/LiveClients.java "$base" "$meeting" admin:bench-password "$CLIENTS" "$ROUNDS"
pid=$app
echo "server heap after the run (jcmd GC.heap_info):"
jcmd "$pid" GC.heap_info | head -3
