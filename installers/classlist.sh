#!/usr/bin/env bash
# The classes VNSign loads in its usual first seconds, for its class-data-sharing archive: the
# command line (--version, verify of an unsigned and a signed file, sign and initial with a
# PKCS#12 key) and, where a display or Xvfb is at hand, the window showing a
# document. Lists are concatenated in load order with repeats dropped.
#   installers/classlist.sh JAVA JAR OUTPUT
set -euo pipefail
java=$1 jar=$2 output=$3
here=$(cd "$(dirname "$0")" && pwd)
sample="$here/../test-support/src/main/resources/org/vnsign/testsupport/documents/cong-van-libreoffice.pdf"
# a signed file, so that the whole validation path is loaded (its signer is not trusted here: no matter)
signed="$here/../signer-core/src/test/resources/pdf-insecurity/hide__variant-1_hide-via-referenced-object__3_original-document-shadowed-signed.pdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
options=()
run() {
  local name=$1
  shift
  "$java" -XX:DumpLoadedClassList="$work/$name.lst" -Dvnsign.home="$work/home" "${options[@]}" -cp "$jar" \
    org.vnsign.app.Main "$@" >/dev/null 2>&1 || true
}
run version --version
run verify verify "$sample"
run verify-signed verify "$signed"
# signing with a PKCS#12 key, made here with the build JDK's keytool
if command -v keytool >/dev/null; then
  keytool -genkeypair -keyalg RSA -keysize 2048 -alias classlist -dname "CN=Class list" -validity 2 \
    -storetype PKCS12 -keystore "$work/key.p12" -storepass classlist >/dev/null 2>&1
  export VNSIGN_CLASSLIST_PIN=classlist
  run sign sign "$sample" --pkcs12 "$work/key.p12" --pin-env VNSIGN_CLASSLIST_PIN --kind invisible --out "$work/signed.pdf"
  run initial initial "$sample" --pkcs12 "$work/key.p12" --pin-env VNSIGN_CLASSLIST_PIN --out "$work/initialed.pdf"
fi
options=(-Dvnsign.bench.report="$work/report.txt")
if [ -n "${DISPLAY:-}" ]; then
  run window "$sample"
elif command -v xvfb-run >/dev/null; then
  xvfb_java="$work/java-in-xvfb"
  printf '#!/bin/sh\nexec xvfb-run -a "%s" "$@"\n' "$java" >"$xvfb_java"
  chmod +x "$xvfb_java"
  java=$xvfb_java run window "$sample"
else
  echo "classlist: no display and no xvfb-run: the archive covers the command line only" >&2
fi
cat "$work"/*.lst | grep -v '^#' | awk '!seen[$0]++' >"$output"
echo "classlist: $(wc -l <"$output") classes"
