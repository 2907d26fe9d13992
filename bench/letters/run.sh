#!/usr/bin/env bash
# Printing a letter: Plenary's PDF and DOCX (JMH) next to LibreOffice converting the same DOCX to PDF, in one run.
# Usage: bench/letters/run.sh   (RUNS=10 LibreOffice conversions by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-10}"
if ! command -v soffice > /dev/null; then
  echo "Installing LibreOffice Writer (the baseline) from Debian" >&2
  sudo -n apt-get install -y -qq libreoffice-writer-nogui > /dev/null 2>&1 || apt-get install -y -qq libreoffice-writer-nogui > /dev/null
fi
bench/jmh/run.sh LetterPrintBenchmark > /tmp/plenary-letter-jmh.txt
cat target/jmh-result.txt
out=$(mktemp -d)
profile="file://$out/profile"
# One conversion first, so that LibreOffice has its profile and its files in the page cache, as Plenary is warmed.
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out" target/bench-letter.docx > /dev/null 2>&1
start=$(date +%s%N)
for _ in $(seq "$RUNS"); do
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out" target/bench-letter.docx > /dev/null 2>&1
done
end=$(date +%s%N)
lo_ms=$(awk -v t=$((end - start)) -v n="$RUNS" 'BEGIN { printf "%.1f", t / n / 1000000 }')
pdf_ms=$(awk '$1 == "LetterPrintBenchmark.pdf" { print $4 }' target/jmh-result.txt)
docx_ms=$(awk '$1 == "LetterPrintBenchmark.docx" { print $4 }' target/jmh-result.txt)
echo
echo "The fifth seed (cover letter + co-facilitators' letter with six meetings), $(date +%Y-%m-%d):"
printf '%-44s %10s %10s\n' "what" "ms/letter" "vs LO"
printf '%-44s %10s %10s\n' "LibreOffice --headless --convert-to pdf" "$lo_ms" "1"
printf '%-44s %10s %10s\n' "Plenary PDF (tagged, fonts embedded)" "$pdf_ms" "$(awk -v a="$lo_ms" -v b="$pdf_ms" 'BEGIN { printf "%.0fx", a / b }')"
printf '%-44s %10s %10s\n' "Plenary DOCX" "$docx_ms" "$(awk -v a="$lo_ms" -v b="$docx_ms" 'BEGIN { printf "%.0fx", a / b }')"
rm -rf "$out"
