#!/usr/bin/env bash
# Importing a folder: N letters uploaded at once and read in the background (text, extraction, fingerprint, one
# transaction each), timed from the upload to the last file read, next to the command line reading the same files
# with the same extractor in one JVM and storing nothing, in the same run.
# Usage: bench/imports/run.sh   (FILES=300 letters by default; builds the jar when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
FILES="${FILES:-300}"
PORT="${PORT:-8097}"
[ -f target/plenary-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'kill "$app" 2> /dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/letters"
# Distinct letters (the import would find copies to be duplicates): the five seeds in turn, each with its own number.
seeds=(src/main/resources/demo/letters/*.txt src/test/resources/seeds/004_262f4ecd4f5a0460.txt)
for i in $(seq 1 "$FILES"); do
  seed="${seeds[$((i % ${#seeds[@]}))]}"
  { cat "$seed"; printf '\nReference %d of the archive.\n' "$i"; } > "$work/letters/letter-$i.txt"
done
(cd "$work" && PLENARY_ADMIN_PASSWORD=bench-password PLENARY_DEMO_DATA=false \
  exec java -jar "$OLDPWD/target/plenary-0.1.0-SNAPSHOT.jar" --server.port="$PORT" > app.log 2>&1) &
app=$!
# Ready once the first administrator exists (the server listens before its start-up tasks are done).
for _ in $(seq 120); do curl -sf -o /dev/null -u admin:bench-password "http://localhost:$PORT/api/accounts" && break; sleep 1; done
args=()
for f in "$work"/letters/*.txt; do args+=(-F "files=@$f"); done
start=$(date +%s%N)
batch=$(curl -s -u admin:bench-password "${args[@]}" "http://localhost:$PORT/api/letters/imports" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
uploaded=$(date +%s%N)
while curl -s -u admin:bench-password "http://localhost:$PORT/api/letters/imports/$batch" | grep -q '"QUEUED"'; do
  sleep 0.05
done
end=$(date +%s%N)
summary=$(curl -s -u admin:bench-password "http://localhost:$PORT/api/letters/imports/$batch" | python3 -c '
import sys, json, collections
print(dict(collections.Counter(f["status"] for f in json.load(sys.stdin)["files"])))')
cli_start=$(date +%s%N)
java -jar target/plenary-0.1.0-SNAPSHOT.jar extract --out "$work/out" "$work"/letters/*.txt > /dev/null
cli_end=$(date +%s%N)
import_s=$(awk -v t=$((end - start)) 'BEGIN { printf "%.2f", t / 1e9 }')
upload_s=$(awk -v t=$((uploaded - start)) 'BEGIN { printf "%.2f", t / 1e9 }')
cli_s=$(awk -v t=$((cli_end - cli_start)) 'BEGIN { printf "%.2f", t / 1e9 }')
echo "$FILES letters, $(date +%Y-%m-%d): $summary"
printf '%-58s %8s %12s\n' "what" "seconds" "letters/s"
printf '%-58s %8s %12s\n' "extract command (one JVM, reads and prints, stores nothing)" "$cli_s" \
  "$(awk -v n="$FILES" -v s="$cli_s" 'BEGIN { printf "%.0f", n / s }')"
printf '%-58s %8s %12s\n' "import: upload, read in the background, stored for review" "$import_s" \
  "$(awk -v n="$FILES" -v s="$import_s" 'BEGIN { printf "%.0f", n / s }')"
printf '%-58s %8s\n' "  of which the upload (multipart, to the spool)" "$upload_s"
