#!/usr/bin/env bash
# OCR of a scanned letter: Plenary (render each page at 300 dpi, one tesseract process per page, as many at once as
# there are cores) against tesseract alone on the same page images, as many at once, in one run.
# Usage: bench/ocr/run.sh   (RUNS=3 runs of the baseline by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-3}"
command -v tesseract > /dev/null || { echo "Install tesseract-ocr first (apt-get install tesseract-ocr)" >&2; exit 1; }
bench/jmh/run.sh OcrBenchmark > /tmp/plenary-ocr-jmh.txt
cat target/jmh-result.txt
pages=$(cat target/ocr-pages/pages.txt)
cores=$(nproc)
# One run first, so that tesseract's model is in the page cache, as Plenary's warm-up iteration does.
ls target/ocr-pages/*.png | OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} tesseract {} stdout -l eng --psm 4 > /dev/null 2>&1
start=$(date +%s%N)
for _ in $(seq "$RUNS"); do
  ls target/ocr-pages/*.png | OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} tesseract {} stdout -l eng --psm 4 \
    -c preserve_interword_spaces=1 > /dev/null 2>&1
done
end=$(date +%s%N)
alone_ms=$(awk -v t=$((end - start)) -v n="$RUNS" 'BEGIN { printf "%.0f", t / n / 1000000 }')
plenary_ms=$(awk '$1 == "OcrBenchmark.readTheScannedLetters" { print $4 }' target/jmh-result.txt)
echo
echo "The five seed letters scanned ($pages pages at 300 dpi), $cores cores, $(date +%Y-%m-%d):"
printf '%-52s %10s %10s %8s\n' "what" "ms" "pages/s" "ratio"
printf '%-52s %10s %10s %8s\n' "tesseract alone, $cores at once (xargs -P)" "$alone_ms" \
  "$(awk -v p="$pages" -v t="$alone_ms" 'BEGIN { printf "%.2f", p * 1000 / t }')" "1"
printf '%-52s %10s %10s %8s\n' "Plenary: render + tesseract, $cores at once" "$plenary_ms" \
  "$(awk -v p="$pages" -v t="$plenary_ms" 'BEGIN { printf "%.2f", p * 1000 / t }')" \
  "$(awk -v a="$alone_ms" -v b="$plenary_ms" 'BEGIN { printf "%.2f", a / b }')"
