#!/usr/bin/env bash
# JMH benchmarks of Plenary's code (bench/jmh/java). Usage: bench/jmh/run.sh [REGEX] — default: all benchmarks.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspring-javaformat.skip=true test-compile
./mvnw -q -B -Dspring-javaformat.skip=true exec:exec -Djmh.args="${1:-.*Benchmark.*} -rf text -rff target/jmh-result.txt"
cat target/jmh-result.txt
