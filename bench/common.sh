# Sourced by the bench scripts: the work folder (first argument), the build unless
# VNSIGN_BENCH_SKIP_BUILD is set, and the bench module's class path.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-target/bench}"
mkdir -p "$work"
[[ -n "${VNSIGN_BENCH_SKIP_BUILD:-}" ]] || ./mvnw -q -B install -DskipTests
classpath="$(./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout):bench/target/classes"
export work classpath
