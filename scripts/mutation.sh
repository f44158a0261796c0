#!/usr/bin/env bash
# Mutation testing with PIT (profile mutation): mutates the hand-written classes of one module
# (generated Immutable* and With* excluded) and runs its tests against each mutant, two threads,
# property tests at qt.examples=20. Not part of CI: a module takes many minutes here.
#
# Usage: scripts/mutation.sh [module] [extra Maven arguments]
#   module: cnms-core, cnms-quantification or cnms-assets (default: all three, one after another)
#   e.g. scripts/mutation.sh cnms-assets -DtargetClasses='org.cnms.assets.unit.*' -o
# Report: <module>/target/pit-reports/index.html (and mutations.xml, mutations.csv); the script
# prints the summary PIT writes (mutation score, test strength, mutants without coverage).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
modules=(cnms-core cnms-quantification cnms-assets)
if [[ $# -gt 0 && "$1" != -* ]]; then
  modules=("$1")
  shift
fi
for m in "${modules[@]}"; do
  upstream="cnms-core"
  [[ "$m" == cnms-core ]] && upstream=""
  pl="$m"
  [[ -n "$upstream" ]] && pl="$upstream,$m"
  log="$root/$m/target/mutation.log"
  mkdir -p "$root/$m/target"
  start=$(date +%s)
  echo "== $m" >&2
  (cd "$root" && mvn -B -Pmutation -Dmutate="$m" -pl "$pl" "$@" \
      process-test-classes org.pitest:pitest-maven:mutationCoverage >"$log" 2>&1) \
    || { tail -60 "$log" >&2; exit 1; }
  sed -n '/- Statistics/,/^={5,}$/p' "$log" | grep -E 'Generated|Killed|Test strength|without coverage|Ran ' || true
  grep -E '>> Line Coverage|>> Generated|>> Mutations with no coverage|>> Test strength' "$log" || true
  echo "$m: $(( $(date +%s) - start )) s; report $m/target/pit-reports/index.html"
done
