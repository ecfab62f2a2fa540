#!/usr/bin/env bash
# Runs VNSign's benchmarks and prints Markdown tables for docs/benchmarks.md.
#   bench/run.sh [WORKDIR]
# 1. Warm, in-process: VNSign beside plain iText and PDFBox signers (bench/SigningBench).
# 2. Cold, whole-process: `vnsign sign` with a PKCS#12 key, wall time and peak RSS over 5 runs.
# 3. A 300 MB scanned document signed with -Xmx256m.
# 4. Long-term levels (B-T, B-LT, B-LTA) with the loopback TSA, OCSP and CRL servers (bench/LongTermBench).
# 4b. The pre-signing check, cached and cold (bench/PreSignCheckBench).
# 5. Offline verification beside EU DSS (bench/VerifyBench), and cold `vnsign verify`.
# 6. The desktop app in Xvfb: first window, first page, opening 200 pages, scrolling (bench/desktop.sh).
# The installed .deb is timed apart, as root: bench/installed.sh.
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"

# Forty warm-up runs: with five, the JIT is still compiling iText and a 3 ms signature measures 11 ms.
echo "## Warm (median of 30 after 40 warm-up runs)"
java -cp "$classpath" org.vnsign.bench.SigningBench "$work" 40 30

echo
echo "## Long-term levels (loopback TSA, OpenSSL OCSP responder, CRLs over HTTP)"
java -cp "$classpath" org.vnsign.bench.LongTermBench "$work/long-term" 5 15

echo
echo "## The pre-signing check (issue 19)"
java -cp "$classpath" org.vnsign.bench.PreSignCheckBench "$work/pre-sign" 20 30

echo
echo "## Verification, offline (trust: the test root; data: only the file)"
java -cp "$classpath" org.vnsign.bench.VerifyBench "$work/verify" 5 15
echo
echo "## Cold \`vnsign verify\` (whole process, 5 runs)"
echo "| file | JVM options | median wall s |"
echo "|---|---|---|"
for input in "$work/verify/verify-2p.s1.pdf" "$work/verify/verify-20p.s5.pdf"; do
  for options in "" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; do
    walls=()
    for _ in 1 2 3 4 5; do
      # shellcheck disable=SC2086
      out=$( { /usr/bin/time -f "%e" java $options -jar app/target/vnsign.jar verify "$input" \
        --trust "$work/verify/test-root.crt" >/dev/null; } 2>&1 | tail -1)
      walls+=("$out")
    done
    echo "| $(basename "$input") | ${options:-default} | $(printf '%s\n' "${walls[@]}" | sort -n | sed -n 3p) |"
  done
done

java -cp "$classpath" org.vnsign.bench.BigDocument "$work"
export VNSIGN_BENCH_P12=bench
sign() {
  rm -f "$work"/*.signed.pdf
  java "$@" -jar app/target/vnsign.jar sign --kind invisible --pkcs12 "$work/bench.p12" --pin-env VNSIGN_BENCH_P12 \
    "$input" --out "$work/cold.signed.pdf" --overwrite >/dev/null
}
echo
echo "## Cold (whole process: JVM start, key file, sign, write; 5 runs)"
echo "| file | JVM options | median wall s | median peak RSS MiB |"
echo "|---|---|---|---|"
for input in "$work/text2.pdf" "$work/text200.pdf" "$work/images20mb.pdf" "$work/big300mb.pdf"; do
  for options in "-XX:TieredStopAtLevel=1" "-Xmx256m -XX:TieredStopAtLevel=1"; do
    walls=(); rss=()
    for _ in 1 2 3 4 5; do
      out=$( { /usr/bin/time -f "%e %M" bash -c "$(declare -f sign); work='$work' input='$input' sign $options" ; } 2>&1 | tail -1)
      walls+=("${out% *}"); rss+=("${out#* }")
    done
    mw=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 3p)
    mr=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n 3p)
    echo "| $(basename "$input") ($(du -m "$input" | cut -f1) MB) | $options | $mw | $((mr / 1024)) |"
  done
done


VNSIGN_BENCH_SKIP_BUILD=1 bench/desktop.sh "$work"
