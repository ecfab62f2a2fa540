#!/usr/bin/env bash
# The desktop app's benchmark, in a private Xvfb: cold start to the first window and to the first
# page, opening a 200-page document in the running app to its first page, and scrolling through
# every page with -Xmx256m (time per page, heap and page cache after). Prints Markdown tables.
#   bench/desktop.sh [WORKDIR]
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"
echo "## Desktop app (Xvfb, whole process, 5 runs; times from process spawn)"
java -cp "$classpath" org.vnsign.bench.DesktopDocuments "$work/desktop"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
home="$work/desktop/home"
desktop() {
  rm -f "$work/desktop/report.txt"
  local start
  start=$(date +%s%3N)
  DISPLAY="$display" java "$@" -Dvnsign.home="$home" -Dvnsign.bench.report="$work/desktop/report.txt" \
    -jar app/target/vnsign.jar "$work/desktop/desktop-2p.pdf" >/dev/null 2>&1
  awk -v s="$start" '/epoch/ {print $1, $2 - s; next} {print}' "$work/desktop/report.txt"
}
median() { sort -n | sed -n 3p; }
desktop -Dvnsign.bench.open="$work/desktop/desktop-200p.pdf" >/dev/null # first run makes the demo token
echo "| JVM options | first window ms | first page (2 pages, cold) ms | open 200 pages to first page ms |"
echo "|---|---|---|---|"
for options in "" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; do
  runs=()
  for _ in 1 2 3 4 5; do
    # shellcheck disable=SC2086
    runs+=("$(desktop $options -Dvnsign.bench.open="$work/desktop/desktop-200p.pdf" | tr '\n' ' ')")
  done
  field() { printf '%s\n' "${runs[@]}" | sed -n "s/.*$1 \([0-9.]*\).*/\1/p" | median; }
  echo "| ${options:-default} | $(field window-epoch-ms) | $(field first-page-epoch-ms) | $(field open-ms) |"
done
echo
echo "| document, -Xmx256m | pages | mean ms per page | worst ms | heap after GC MB | page cache MB |"
echo "|---|---|---|---|---|---|"
for pages in 20 200; do
  r=$(desktop -Xmx256m -Dvnsign.bench.open="$work/desktop/desktop-${pages}p.pdf" -Dvnsign.bench.scroll=true | tr '\n' ' ')
  v() { printf '%s\n' "$r" | sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }
  echo "| desktop-${pages}p.pdf | $(v pages) | $(v scroll-mean-ms) | $(v scroll-worst-ms) | $(v heap-after-mb) | $(v cache-mb) |"
done
