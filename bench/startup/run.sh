#!/usr/bin/env bash
# Time from `java -jar` to ready (GET /actuator/health/readiness answers 200) for Plenary and, in the same run, for the
# smallest Spring Boot web application on the same Boot version (bench/startup/minimal); Plenary on a fresh H2
# database (demo data loaded, first administrator opened) and on the existing one (second start). Twice: on the
# machine's JDK 17 with the fat jar, and on JDK 25 with an AOT cache from a training run (the -Paot-cache way).
# Prints each time, the ratio Plenary / minimal, and where Plenary's time goes (from its log).
# Usage: bench/startup/run.sh        (ROUNDS=1, JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java, PORT=18090)
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-1}
PORT=${PORT:-18090}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}

ls target/plenary-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
ls bench/startup/minimal/target/minimal-1.jar >/dev/null 2>&1 || ./mvnw -q -B -f bench/startup/minimal/pom.xml -DskipTests package
PLENARY_JAR=$(ls target/plenary-*.jar | grep -v original | head -1)
MINIMAL_JAR=bench/startup/minimal/target/minimal-1.jar

WORK=$(mktemp -d /tmp/plenary-startup.XXXXXX)
APP=""
cleanup() {
	if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
	rm -rf "$WORK"
}
trap cleanup EXIT

# ready_ms NAME DIR COMMAND...: starts COMMAND in DIR, prints the milliseconds until readiness is UP, stops it.
ready_ms() {
	local name=$1 dir=$2
	shift 2
	mkdir -p "$dir"
	local start end
	start=$(date +%s%N)
	(cd "$dir" && exec "$@" --server.port="$PORT" >"$WORK/$name.log" 2>&1) &
	APP=$!
	until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
		kill -0 "$APP" 2>/dev/null || { echo "$name stopped; see its log:" >&2; tail -20 "$WORK/$name.log" >&2; exit 1; }
		sleep 0.1
	done
	end=$(date +%s%N)
	kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
	echo $(((end - start) / 1000000))
}

export PLENARY_ADMIN_PASSWORD=bench-password-not-secret

# The AOT caches (JDK 25): the jars extracted, then a training run that stops once the context is refreshed.
if [ -x "$JAVA25" ]; then
	for app in plenary minimal; do
		jar=$PLENARY_JAR; [ $app = minimal ] && jar=$MINIMAL_JAR
		"$JAVA17" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$app-app" >/dev/null
		mkdir -p "$WORK/train-$app"
		(cd "$WORK/train-$app" && "$JAVA25" -XX:AOTCacheOutput="$WORK/$app.aot" -Dspring.context.exit=onRefresh \
			-jar "$WORK/$app-app/$(basename "$jar")" --server.port=0 >"$WORK/train-$app.log" 2>&1)
	done
fi

declare -A SUM
add() { SUM[$1]=$(( ${SUM[$1]:-0} + $2 )); echo "  $1: $2 ms"; }
for round in $(seq 1 "$ROUNDS"); do
	echo "round $round"
	add minimal-17 "$(ready_ms minimal-17 "$WORK/minimal-17" "$JAVA17" -jar "$PWD/$MINIMAL_JAR")"
	rm -rf "$WORK/plenary-17"
	add plenary-17-fresh "$(ready_ms plenary-17-fresh "$WORK/plenary-17" "$JAVA17" -jar "$PWD/$PLENARY_JAR")"
	add plenary-17-existing "$(ready_ms plenary-17-existing "$WORK/plenary-17" "$JAVA17" -jar "$PWD/$PLENARY_JAR")"
	if [ -x "$JAVA25" ]; then
		add minimal-25-aot "$(ready_ms minimal-25-aot "$WORK/minimal-25" "$JAVA25" -XX:AOTCache="$WORK/minimal.aot" \
			-jar "$WORK/minimal-app/$(basename "$MINIMAL_JAR")")"
		rm -rf "$WORK/plenary-25"
		add plenary-25-aot-fresh "$(ready_ms plenary-25-aot-fresh "$WORK/plenary-25" "$JAVA25" -XX:AOTCache="$WORK/plenary.aot" \
			-jar "$WORK/plenary-app/$(basename "$PLENARY_JAR")")"
		add plenary-25-aot-existing "$(ready_ms plenary-25-aot-existing "$WORK/plenary-25" "$JAVA25" -XX:AOTCache="$WORK/plenary.aot" \
			-jar "$WORK/plenary-app/$(basename "$PLENARY_JAR")")"
	fi
done

avg() { echo $(( ${SUM[$1]:-0} / ROUNDS )); }
echo
echo "Time from start to readiness UP, mean of $ROUNDS round(s), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
printf '%-34s %10s %10s %8s\n' "what" "Plenary" "minimal" "ratio"
row() { printf '%-34s %8d ms %8d ms %8.1f\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }
row "JDK 17, java -jar, fresh database" "$(avg plenary-17-fresh)" "$(avg minimal-17)"
row "JDK 17, java -jar, existing database" "$(avg plenary-17-existing)" "$(avg minimal-17)"
if [ -x "$JAVA25" ]; then
	row "JDK 25 + AOT cache, fresh database" "$(avg plenary-25-aot-fresh)" "$(avg minimal-25-aot)"
	row "JDK 25 + AOT cache, existing database" "$(avg plenary-25-aot-existing)" "$(avg minimal-25-aot)"
fi

# Where the time goes: the last round's logs, phase by phase.
phases() {
	python3 - "$1" <<'PY'
import re, sys, datetime
marks = [("JVM and Spring Boot up", r"Starting PlenaryApplication"),
         ("context up to Flyway's end (migrations)", r"Successfully applied|Schema .* is up to date|No migration necessary"),
         ("Hibernate ORM and Hibernate Search", r"Initialized JPA EntityManagerFactory"),
         ("the other beans, Tomcat started", r"Started PlenaryApplication"),
         ("start-up tasks (demo data, administrator)", r"Readiness: ACCEPTING_TRAFFIC"),
        ]
times = {}
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z", line)
    if not m:
        continue
    t = datetime.datetime.fromisoformat(m.group(1))
    for name, pattern in marks:
        if name not in times and re.search(pattern, line):
            times[name] = t
            break
first = times.get(marks[0][0])
previous = first
for name, _ in marks[1:]:
    if name in times and previous:
        print(f"    {name:45s} {(times[name] - previous).total_seconds():6.1f} s")
        previous = times[name]
PY
}
echo
echo "Plenary, JDK 17, fresh database, from its log (after the JVM started logging):"
phases "$WORK/plenary-17-fresh.log"
echo "Plenary, JDK 17, existing database:"
phases "$WORK/plenary-17-existing.log"
