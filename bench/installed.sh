#!/usr/bin/env bash
# The installed app (the .deb from ./mvnw -Pinstallers package, installed here with dpkg, so run
# as root): cold `vnsign sign` and `vnsign verify` of a 2-page file and cold start to the first window, with
# the class-data-sharing archive the package makes at install time, with only the JDK's own CDS
# archive, and with no archive. Medians of 7 runs, wall time from process spawn. Prints Markdown.
#   bench/installed.sh [WORKDIR]
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"
deb=$(ls installers/target/vnsign_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "installed.sh: build the .deb first: ./mvnw -Pinstallers package" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "installed.sh: installing the .deb needs root" >&2; exit 1; }
dpkg -i "$deb" >/dev/null 2>&1 || apt-get install -y -qq "./$deb" >/dev/null
out="$work/installed"
mkdir -p "$out"
export VNSIGN_HOME="$out/home" VNSIGN_LANG=en
java -cp "$classpath" org.vnsign.bench.DesktopDocuments "$out" >/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout "$out/key.pem" -out "$out/cert.pem" \
  -subj "/CN=Bench/O=VNSign (TEST)/C=VN" -addext keyUsage=critical,digitalSignature >/dev/null 2>&1
openssl pkcs12 -export -inkey "$out/key.pem" -in "$out/cert.pem" -out "$out/bench.p12" -passout pass:1 >/dev/null
rm -f "$out/desktop-2p.signed.pdf"
echo 1 | vnsign sign "$out/desktop-2p.pdf" --pkcs12 "$out/bench.p12" --pin-stdin --kind invisible >/dev/null
signed="$out/desktop-2p.signed.pdf"
app=/opt/vnsign/lib/app
runtime=/opt/vnsign/lib/runtime/bin/java

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | sed -n 4p; }
verify_runs() { for _ in 1 2 3 4 5 6 7; do ms "$@" verify "$signed" --trust "$out/cert.pem"; done | median; }
export VNSIGN_BENCH_PIN=1
sign_runs() {
  for _ in 1 2 3 4 5 6 7; do
    ms "$@" sign "$out/desktop-2p.pdf" --pkcs12 "$out/bench.p12" --pin-env VNSIGN_BENCH_PIN --kind invisible \
      --out "$out/cold.signed.pdf" --overwrite
  done | median
}
display=":$((80 + RANDOM % 9))"
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
window_runs() {
  for _ in 1 2 3 4 5 6 7; do
    rm -f "$out/report.txt"
    local start
    start=$(date +%s%3N)
    DISPLAY=$display JAVA_TOOL_OPTIONS="-Dvnsign.bench.report=$out/report.txt" "$@" "$signed" >/dev/null 2>&1 || true
    awk -v s="$start" '/window-epoch-ms/ {print $2 - s}' "$out/report.txt"
  done | median
}
echo "## Installed app, cold start ($(basename "$deb"), medians of 7)"
echo "| class-data sharing | vnsign sign, 2-page file, PKCS#12, ms | vnsign verify, 2-page signed file, ms | first window, ms |"
echo "|---|---|---|---|"
plain=("$runtime" -cp "$app/vnsign.jar" org.vnsign.app.Main)
unshared=("$runtime" -Xshare:off -cp "$app/vnsign.jar" org.vnsign.app.Main)
echo "| VNSign's archive (made at install) | $(sign_runs vnsign) | $(verify_runs vnsign) | $(window_runs /opt/vnsign/bin/VNSign) |"
echo "| the JDK's archive only | $(sign_runs "${plain[@]}") | $(verify_runs "${plain[@]}") | $(window_runs "${plain[@]}") |"
echo "| none | $(sign_runs "${unshared[@]}") | $(verify_runs "${unshared[@]}") | $(window_runs "${unshared[@]}") |"
