#!/usr/bin/env bash
# A longer fuzzing campaign of `verify` (docs/fuzzing.md): runs the build's one-minute fuzz
# execution ROUNDS times in a row. Jazzer keeps its generated corpus in
# signer-core/target/jazzer/.cifuzz-corpus, so each round starts where the last one stopped.
# Prints, per round and in total, libFuzzer's run count and whether a finding stopped it; a
# finding's PDF is kept in signer-core/target/jazzer/findings/ (copy it into
# signer-core/src/test/resources/fuzz-findings/ so that FuzzFindingsIT replays it from then on).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
log_dir="signer-core/target/fuzz-campaign"
mkdir -p "$log_dir"
./mvnw -B -q -o install -DskipTests -pl test-support,signer-core -am >/dev/null
total=0
findings=0
for round in $(seq 1 "$rounds"); do
  log="$log_dir/round-$round.log"
  if ./mvnw -B -o failsafe:integration-test@fuzz failsafe:verify@fuzz -pl signer-core >"$log" 2>&1; then
    outcome="no finding"
  else
    outcome="FINDING (see $log)"
    findings=$((findings + 1))
  fi
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -1 || echo 0)
  total=$((total + ${runs:-0}))
  echo "round $round: ${runs:-0} runs, $outcome"
done
corpus=$(find signer-core/target/jazzer/.cifuzz-corpus -type f 2>/dev/null | wc -l)
echo "total: $total runs in $rounds rounds, $findings round(s) with a finding, corpus $corpus inputs"
