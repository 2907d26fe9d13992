#!/usr/bin/env bash
# The compilation text and the comparison of a 40-page text (200 paragraphs, 300 amendments), in milliseconds per
# operation (JMH), next to `git diff --no-index --word-diff` of the same two texts in the same run (RUNS times);
# then the same comparison of Rev.1 read from Word (no lineage: the paragraphs matched first, Lineage), and the
# matching alone of the two 200-paragraph revisions. Prints each against git's time (ratio < 1: faster than git).
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
git_us=$(( (end - start) / RUNS / 1000 ))
echo "git diff --no-index --word-diff: ${git_us} us per run over $RUNS runs"
# JMH's text result: Benchmark Mode Cnt Score Error Units (ms/op).
awk -v git="$git_us" '/TextBenchmark\./ {
  name = $1; sub(/.*\./, "", name); score = $(NF-1); if ($(NF-2) == "±") score = $(NF-3);
  printf "%-30s %10.3f ms   %6.2f x git diff\n", name, score, (score * 1000) / git
}' target/jmh-result.txt
