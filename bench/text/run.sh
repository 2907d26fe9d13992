#!/usr/bin/env bash
# The compilation text and the comparison of a 40-page text (200 paragraphs, 300 amendments), in milliseconds per
# operation (JMH), next to `git diff --no-index --word-diff` of the same two texts in the same run (RUNS times).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-50}"
bench/jmh/run.sh 'org.plenary.text.TextBenchmark.*'
words=$(cat target/bench-text/zero.txt | wc -w)
echo "texts: target/bench-text/zero.txt and rev1.txt, $(wc -l < target/bench-text/zero.txt) paragraphs, $words words"
git diff --no-index --word-diff target/bench-text/zero.txt target/bench-text/rev1.txt > /dev/null || true
start=$(date +%s%N)
for _ in $(seq "$RUNS"); do
  git diff --no-index --word-diff target/bench-text/zero.txt target/bench-text/rev1.txt > /dev/null || true
done
end=$(date +%s%N)
echo "git diff --no-index --word-diff: $(( (end - start) / RUNS / 1000 )) us per run over $RUNS runs"
