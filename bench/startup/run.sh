#!/usr/bin/env bash
# Time from `java -jar` to ready (GET /actuator/health/readiness answers 200) for Plenary and, in the same run, for the
# smallest Spring Boot web application on the same Boot version (bench/startup/minimal); Plenary on a fresh H2
# database (demo data loaded, first administrator opened) and on the existing one (second start). Three ways:
#   jdk17      the machine's JDK 17, the fat jar as built (what `java -jar target/plenary-*.jar` does)
#   jdk17-cds  JDK 17, the jar extracted and a class-data-sharing archive from a training run (what -Pcds builds)
#   jdk25-aot  JDK 25, the jar extracted and an AOT cache from a training run (what -Paot-cache builds)
# Plenary's training runs start it on an empty database and stop once it is ready (plenary.training-run=true), so
# the archive holds the classes of the demo data too; the minimal application's stop at the context refresh.
# Prints each time, the ratio Plenary / minimal, the spread over the rounds, and where Plenary's time goes.
# Usage: bench/startup/run.sh   (ROUNDS=3, WAYS="jdk17 jdk17-cds jdk25-aot", PLENARY_JAR=target/plenary-….jar,
#                                JAVA17=java, JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java, PORT=18090,
#                                JAVA_FLAGS="-XX:TieredStopAtLevel=1": more JVM flags for every start, training runs too)
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18090}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WAYS=${WAYS:-jdk17 jdk17-cds jdk25-aot}
JAVA_FLAGS=${JAVA_FLAGS:-}
[ -x "$JAVA25" ] || WAYS=${WAYS//jdk25-aot/}

ls target/plenary-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
ls bench/startup/minimal/target/minimal-1.jar >/dev/null 2>&1 || ./mvnw -q -B -f bench/startup/minimal/pom.xml -DskipTests package
PLENARY_JAR=$(realpath "${PLENARY_JAR:-$(ls target/plenary-*.jar | grep -v original | head -1)}")
MINIMAL_JAR=$(realpath bench/startup/minimal/target/minimal-1.jar)

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
	# the JVM's processor time until then (user + system, in clock ticks), less sensitive to the machine's load
	local stat
	read -r -a stat <"/proc/$APP/stat"
	echo $(((stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK))) >"$WORK/$name.cpu"
	kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
	echo $(((end - start) / 1000000))
}

export PLENARY_ADMIN_PASSWORD=bench-password-not-secret

# java_of WAY: the JVM; flags_of WAY APP: the archive flags; jar_of WAY APP: the jar, extracted for an archive.
java_of() { case $1 in jdk25-aot) echo "$JAVA25" ;; *) echo "$JAVA17" ;; esac; }
jar_of() {
	local jar=$PLENARY_JAR; [ "$2" = minimal ] && jar=$MINIMAL_JAR
	case $1 in jdk17) echo "$jar" ;; *) echo "$WORK/$2-app/$(basename "$jar")" ;; esac
}
flags_of() {
	case $1 in
		jdk17) echo ;;
		jdk17-cds) echo "-XX:SharedArchiveFile=$WORK/$2.jsa" ;;
		jdk25-aot) echo "-XX:AOTCache=$WORK/$2.aot" ;;
	esac
}

# The archives: the jars extracted (an archive needs plain jars on the class path), then one training run each.
for way in $WAYS; do
	[ "$way" = jdk17 ] && continue
	for app in plenary minimal; do
		jar=$PLENARY_JAR; [ $app = minimal ] && jar=$MINIMAL_JAR
		[ -d "$WORK/$app-app" ] || "$JAVA17" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$app-app" >/dev/null
		output="-XX:ArchiveClassesAtExit=$WORK/$app.jsa"; [ "$way" = jdk25-aot ] && output="-XX:AOTCacheOutput=$WORK/$app.aot"
		stop="-Dspring.context.exit=onRefresh"; [ $app = plenary ] && stop="-Dplenary.training-run=true"
		rm -rf "$WORK/train-$app"; mkdir -p "$WORK/train-$app"
		(cd "$WORK/train-$app" && "$(java_of "$way")" $JAVA_FLAGS "$output" "$stop" -jar "$(jar_of "$way" $app)" --server.port=0 \
			>"$WORK/train-$way-$app.log" 2>&1) || { echo "training run $way $app failed:" >&2; tail -20 "$WORK/train-$way-$app.log" >&2; exit 1; }
	done
done

declare -A TIMES CPUS
add() {
	local cpu; cpu=$(cat "$WORK/$1.cpu")
	TIMES[$1]="${TIMES[$1]:-} $2"; CPUS[$1]="${CPUS[$1]:-} $cpu"
	echo "  $1: $2 ms, processor $cpu ms"
}
for round in $(seq 1 "$ROUNDS"); do
	echo "round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	for way in $WAYS; do
		java=$(java_of "$way")
		add "minimal-$way" "$(ready_ms "minimal-$way" "$WORK/minimal-$way" "$java" $JAVA_FLAGS $(flags_of "$way" minimal) -jar "$(jar_of "$way" minimal)")"
		rm -rf "$WORK/plenary-$way"
		add "plenary-$way-fresh" "$(ready_ms "plenary-$way-fresh" "$WORK/plenary-$way" "$java" $JAVA_FLAGS $(flags_of "$way" plenary) -jar "$(jar_of "$way" plenary)")"
		add "plenary-$way-existing" "$(ready_ms "plenary-$way-existing" "$WORK/plenary-$way" "$java" $JAVA_FLAGS $(flags_of "$way" plenary) -jar "$(jar_of "$way" plenary)")"
	done
done

# mean NAME, spread NAME (the lowest and highest of the rounds); cpu_mean and cpu_spread the same of processor time
mean() { echo "${TIMES[$1]}" | tr ' ' '\n' | awk 'NF { s += $1; n++ } END { printf "%d", s / n }'; }
spread() { echo "${TIMES[$1]}" | tr ' ' '\n' | awk 'NF { if (!n || $1 < lo) lo = $1; if ($1 > hi) hi = $1; n++ } END { printf "%.1f–%.1f s", lo / 1000, hi / 1000 }'; }
cpu_mean() { echo "${CPUS[$1]}" | tr ' ' '\n' | awk 'NF { s += $1; n++ } END { printf "%d", s / n }'; }
cpu_spread() { echo "${CPUS[$1]}" | tr ' ' '\n' | awk 'NF { if (!n || $1 < lo) lo = $1; if ($1 > hi) hi = $1; n++ } END { printf "%.1f–%.1f s", lo / 1000, hi / 1000 }'; }
# ratios NAME MINIMAL: the ratio of each round, lowest to highest
ratios() {
	paste <(echo "${TIMES[$1]}" | tr ' ' '\n' | awk NF) <(echo "${TIMES[$2]}" | tr ' ' '\n' | awk NF) \
		| awk '{ r = $1 / $2; if (!n || r < lo) lo = r; if (r > hi) hi = r; n++ } END { printf "%.1f–%.1f", lo, hi }'
}
echo
echo "Time from start to readiness UP${JAVA_FLAGS:+ (JVM flags: $JAVA_FLAGS)}, mean of $ROUNDS round(s), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
printf '%-36s %10s %10s %7s   %-13s %-13s %s\n' "what" "Plenary" "minimal" "ratio" "Plenary" "minimal" "ratio"
printf '%-36s %10s %10s %7s   %-13s %-13s %s\n' "" "mean" "mean" "" "lowest–highest" "" ""
for way in $WAYS; do
	for db in fresh existing; do
		p=$(mean "plenary-$way-$db"); m=$(mean "minimal-$way")
		printf '%-36s %7d ms %7d ms %7.1f   %-13s %-13s %s\n' "$way, $db database" "$p" "$m" "$(echo "$p / $m" | bc -l)" \
			"$(spread "plenary-$way-$db")" "$(spread "minimal-$way")" "$(ratios "plenary-$way-$db" "minimal-$way")"
	done
done

echo
echo "Processor time (user + system) of the JVM until readiness, mean and lowest–highest of the rounds"
printf '%-36s %10s %-13s %10s %-13s %s\n' "what" "Plenary" "" "minimal" "" "ratio"
for way in $WAYS; do
	for db in fresh existing; do
		p=$(cpu_mean "plenary-$way-$db"); m=$(cpu_mean "minimal-$way")
		printf '%-36s %7d ms %-13s %7d ms %-13s %.1f\n' "$way, $db database" "$p" "$(cpu_spread "plenary-$way-$db")" "$m" \
			"$(cpu_spread "minimal-$way")" "$(echo "$p / $m" | bc -l)"
	done
done

# Where the time goes: the last round's logs, step by step (each step ends at the log line named).
phases() {
	python3 - "$1" <<'PY'
import re, sys, datetime
marks = [("JVM and Spring Boot up", r"Starting PlenaryApplication"),
         ("context up to Flyway's end (migrations)", r"Successfully applied|Schema .* is up to date|No migration necessary"),
         ("Hibernate ORM and Hibernate Search", r"Initialized JPA EntityManagerFactory"),
         ("the other beans, Tomcat started", r"Started PlenaryApplication"),
         ("demo: processes", r"ProcessDemoData"),
         ("demo: meetings", r"ScheduleDemoData"),
         ("demo: letters", r"LetterDemoData"),
         ("demo: reform models", r"ModelDemoData"),
         ("demo: positions", r"PositionDemoData"),
         ("demo: Elements of Commonality", r"ElementsDemoData"),
         ("demo: negotiated text", r"TextDemoData"),
         ("first administrator, readiness", r"Readiness: ACCEPTING_TRAFFIC"),
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
for way in $WAYS; do
	for db in fresh existing; do
		echo
		echo "Plenary, $way, $db database, from its log (after the JVM started logging):"
		phases "$WORK/plenary-$way-$db.log"
	done
done
