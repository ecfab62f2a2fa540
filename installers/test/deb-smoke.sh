#!/usr/bin/env bash
# The installed .deb, end to end, as a user meets it: install it with dpkg, then check that
# `vnsign` is on the PATH, the applications menu has VNSign with PDFs and vnsign:// links, the class-data
# sharing archive was made, `vnsign` signs (with a PKCS#12 file made here) and verifies, and the
# window opens a PDF given on the command line ("Open with") under Xvfb, with a screenshot; then
# uninstall and check nothing is left. Needs root (dpkg -i); says so and fails otherwise, rather
# than pass without having run.
#   installers/test/deb-smoke.sh [DEB]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
deb=${1:-$(ls "$here"/target/vnsign_*.deb 2>/dev/null | head -1)}
sample="$here/../test-support/src/main/resources/org/vnsign/testsupport/documents/cong-van-libreoffice.pdf"
if [ "$(uname -s)" != Linux ]; then
  echo "deb-smoke: SKIPPED: the .deb is installed and tried on Linux only (this is $(uname -s))"
  exit 0
fi
fail() { echo "deb-smoke: FAILED: $*" >&2; exit 1; }
step() { echo "deb-smoke: $*"; }
[ -f "$deb" ] || fail "no .deb to test; build it with ./mvnw -Pinstallers package"
[ "$(id -u)" = 0 ] || fail "installing a .deb needs root (CI runs as root); run: sudo $0 $deb"
command -v xvfb-run >/dev/null || fail "xvfb-run is missing (apt-get install xvfb) for the window check"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VNSIGN_HOME="$work/home" VNSIGN_LANG=en

step "installing $(basename "$deb")"
if dpkg -s vnsign >/dev/null 2>&1; then dpkg --purge vnsign >/dev/null; fi
apt-get install -y -qq "$deb" >/dev/null 2>&1 || dpkg -i "$deb" >/dev/null

step "vnsign is on the PATH"
[ "$(command -v vnsign)" = /usr/bin/vnsign ] || fail "vnsign is not /usr/bin/vnsign"
[ "$(readlink /usr/bin/vnsign)" = /opt/vnsign/bin/vnsign ] \
  || fail "/usr/bin/vnsign is $(readlink /usr/bin/vnsign), not the command's launcher /opt/vnsign/bin/vnsign"
grep -q 'TieredStopAtLevel=1' /opt/vnsign/lib/app/vnsign.cfg || fail "the command's launcher does not start with C1 only"
vnsign --version | grep -q '^VNSign ' || fail "vnsign --version: $(vnsign --version 2>&1)"

step "VNSign is in the applications menu, for PDFs and vnsign:// links"
entry=$(grep -l '^Name=VNSign' /usr/share/applications/*.desktop | head -1)
[ -n "$entry" ] || fail "no desktop entry in /usr/share/applications"
grep -q '^MimeType=.*application/pdf' "$entry" || fail "$entry does not open PDFs"
grep -q '^MimeType=.*x-scheme-handler/vnsign' "$entry" || fail "$entry does not handle vnsign:// links"
grep -q '^Exec=/opt/vnsign/bin/VNSign %U' "$entry" || fail "$entry: $(grep ^Exec "$entry")"
grep -q '^Categories=Office' "$entry" || fail "$entry is not in the Office menu"

step "the class-data-sharing archive was made for the installed path"
[ -s /opt/vnsign/lib/app/vnsign.jsa ] || fail "no /opt/vnsign/lib/app/vnsign.jsa"
/opt/vnsign/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile=/opt/vnsign/lib/app/vnsign.jsa \
  -cp /opt/vnsign/lib/app/vnsign.jar org.vnsign.app.Main --version >/dev/null \
  || fail "the archive does not map (-Xshare:on refused it)"

step "vnsign signs with a PKCS#12 file and verifies the result"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout "$work/key.pem" -out "$work/cert.pem" \
  -subj "/CN=Nguyễn Văn Kiểm Thử/O=VNSign (TEST)/C=VN" -utf8 \
  -addext keyUsage=critical,digitalSignature,nonRepudiation >/dev/null 2>&1
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$work/signer.p12" \
  -passout pass:123456 >/dev/null 2>&1
cp "$sample" "$work/cong-van.pdf"
echo 123456 | vnsign sign "$work/cong-van.pdf" --pkcs12 "$work/signer.p12" --pin-stdin --kind invisible \
  >"$work/sign.txt" 2>&1 || fail "vnsign sign: $(cat "$work/sign.txt")"
[ -f "$work/cong-van.signed.pdf" ] || fail "no signed file: $(cat "$work/sign.txt")"
vnsign verify "$work/cong-van.signed.pdf" --trust "$work/cert.pem" >"$work/verify.txt" 2>&1 \
  || fail "vnsign verify (exit $?): $(cat "$work/verify.txt")"
grep -q "VALID" "$work/verify.txt" || fail "not VALID: $(cat "$work/verify.txt")"

step "the window opens the PDF it is given (Open with), under Xvfb"
shot="$here/target/installed-window.png"
JAVA_TOOL_OPTIONS="-Dvnsign.bench.report=$work/window.txt -Dvnsign.bench.screenshot=$shot" \
  timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" /opt/vnsign/bin/VNSign "file://$work/cong-van.pdf" \
  >"$work/window.log" 2>&1 || fail "the window did not come up: $(tail -20 "$work/window.log")"
grep -q first-page-epoch-ms "$work/window.txt" 2>/dev/null || fail "the document was not shown: $(tail -20 "$work/window.log")"
[ -s "$shot" ] || fail "no screenshot"
step "screenshot: $shot"

step "uninstalling"
dpkg --purge vnsign >/dev/null
[ ! -e /opt/vnsign ] || fail "/opt/vnsign is left: $(find /opt/vnsign | head)"
[ ! -e /usr/bin/vnsign ] || fail "/usr/bin/vnsign is left"
! grep -l '^Name=VNSign' /usr/share/applications/*.desktop >/dev/null 2>&1 || fail "the desktop entry is left"
step "passed"
