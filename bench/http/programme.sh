#!/usr/bin/env bash
# The programme of work of a process with 500 meetings, as a page and as an iCalendar feed, under wrk on loopback
# (64 connections, 30 s), next to nginx serving the same bytes as static files in the same run.
# Usage: bench/http/programme.sh            (DURATION=30s CONNECTIONS=64 MEETINGS=500 may be set)
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
MEETINGS=${MEETINGS:-500}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PASSWORD=bench-password-not-secret

for tool in wrk nginx curl python3; do
	command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx curl python3 >/dev/null; }
done
ls target/plenary-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/plenary-*.jar | head -1)

WORK=$(mktemp -d /tmp/plenary-bench.XXXXXX)
mkdir -p "$WORK/www" "$WORK/nginx"
cleanup() {
	[ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true
	[ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
	wait 2>/dev/null || true
}
trap cleanup EXIT

java -Xmx1g -jar "$JAR" --server.port="$PORT" \
	--spring.datasource.url="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
	--server.tomcat.basedir="$WORK/tomcat" --plenary.identity.admin-password="$PASSWORD" \
	--logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done

API="http://127.0.0.1:$PORT/api"
PROCESS=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
	-d '{"shortName":"BENCH","name":"A process with '"$MEETINGS"' meetings"}' "$API/processes" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
VENUE=$(curl -sf "$API/venues" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
# Weekdays from 5 January 2027 on, both usual slots: 60 meetings a request, the most one request may plan.
python3 - "$MEETINGS" > "$WORK/plans.jsonl" <<'PY'
import datetime, json, sys
total = int(sys.argv[1]); day = datetime.date(2027, 1, 5); days = []
while len(days) * 2 < total:
    if day.weekday() < 5: days.append(day.isoformat())
    day += datetime.timedelta(days=1)
for i in range(0, len(days), 30):
    print(json.dumps({"dates": days[i:i + 30], "slots": ["MORNING", "AFTERNOON"], "format": "round of negotiations",
                      "agenda": "Objectives and paragraphs of the text, as in seed 004", "confirmed": True}))
PY
while read -r plan; do
	echo "$plan" | python3 -c "import json,sys; d=json.load(sys.stdin); d['venue']='$VENUE'; print(json.dumps(d))" |
		curl -sf -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d @- "$API/processes/$PROCESS/meetings"
done < "$WORK/plans.jsonl"

PAGE="http://127.0.0.1:$PORT/processes/bench/programme"
FEED="$API/processes/$PROCESS/calendar.ics"
curl -sf "$PAGE" -o "$WORK/www/programme.html"
curl -sf "$FEED" -o "$WORK/www/calendar.ics"
ROWS=$(grep -c '/meetings/' "$WORK/www/programme.html" || true)
EVENTS=$(grep -c 'BEGIN:VEVENT' "$WORK/www/calendar.ics" || true)

cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	types { text/html html; text/calendar ics; }
	server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"

measure() { # name url -> "requests/s p99"
	wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/$1.wrk"
	local rps p99
	rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.wrk")
	p99=$(awk '$1 == "99%" {print $2}' "$WORK/$1.wrk")
	echo "$rps $p99"
}
# Warm the JVM (JIT, caches) before measuring, as a running server would be.
wrk -t2 -c"$CONNECTIONS" -d10s "$PAGE" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d10s "$FEED" > /dev/null

read -r NGINX_PAGE_RPS NGINX_PAGE_P99 <<< "$(measure nginx-page "http://127.0.0.1:$NGINX_PORT/programme.html")"
read -r PAGE_RPS PAGE_P99 <<< "$(measure plenary-page "$PAGE")"
read -r NGINX_FEED_RPS NGINX_FEED_P99 <<< "$(measure nginx-feed "http://127.0.0.1:$NGINX_PORT/calendar.ics")"
read -r FEED_RPS FEED_P99 <<< "$(measure plenary-feed "$FEED")"

echo "Programme of work with $MEETINGS meetings ($ROWS links on the page, $EVENTS events in the feed);"
echo "wrk -t2 -c$CONNECTIONS -d$DURATION on loopback, $(nproc) cores, $(date -u +%Y-%m-%d)"
printf '%-28s %12s %10s %12s %10s %8s\n' "what" "Plenary r/s" "p99" "nginx r/s" "p99" "ratio"
python3 - "$PAGE_RPS" "$NGINX_PAGE_RPS" "$FEED_RPS" "$NGINX_FEED_RPS" <<PY
import sys
page, npage, feed, nfeed = map(float, sys.argv[1:])
print("%-28s %12.0f %10s %12.0f %10s %8.2f" % ("programme page (HTML)", page, "$PAGE_P99", npage, "$NGINX_PAGE_P99", page / npage))
print("%-28s %12.0f %10s %12.0f %10s %8.2f" % ("calendar feed (iCalendar)", feed, "$FEED_P99", nfeed, "$NGINX_FEED_P99", feed / nfeed))
PY
echo "Page: $(wc -c < "$WORK/www/programme.html") bytes; feed: $(wc -c < "$WORK/www/calendar.ics") bytes. Raw wrk output in $WORK."
