#!/usr/bin/env bash
# Fuzzes every Jazzer target (@FuzzTest) for a while each: JAZZER_FUZZ=1 makes Jazzer's JUnit
# integration fuzz instead of replaying the corpus, one target per Maven run (Jazzer fuzzes one
# @FuzzTest per JVM), for jazzer.max_duration. Not part of CI: there the targets only replay their
# committed corpus (src/test/resources/<package>/<Class>Inputs/<method>/).
#
# Usage: scripts/fuzz.sh [seconds-per-target] [Class#method ...]   (default 120 s, every target)
#
# Each run adds the inputs it finds interesting to <module>/.cifuzz-corpus/ (not committed; later
# runs start from it) and writes a crashing input as crash-<sha1> into the target's corpus folder
# under src/test/resources, where every build then replays it: fix the bug, keep the file.
# Prints one line per target (executions, seconds, verdict) and exits 1 if any target failed.
# Runs offline (-o): build once with `mvn -B verify` first. With 15 targets and Maven's start-up
# (about 30 s a run here), the whole run takes about 15 × (seconds + 30) s.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-120}"
shift || true

# module|upstream modules the build needs|test class|method
targets=(
  "cnms-core||org.cnms.core.units.UnitsFuzzTest|unitRegistryParse"
  "cnms-core||org.cnms.core.units.UnitsFuzzTest|amountParse"
  "cnms-core||org.cnms.core.units.UnitsFuzzTest|amountOf"
  "cnms-core||org.cnms.core.json.ManagementSystemFuzzTest|fromYaml"
  "cnms-core||org.cnms.core.json.ManagementSystemFuzzTest|fromJson"
  "cnms-quantification|cnms-core|org.cnms.quantification.activity.CsvActivityImportFuzzTest|read"
  "cnms-quantification|cnms-core|org.cnms.quantification.activity.ActivityImportFuzzTest|streamCsv"
  "cnms-quantification|cnms-core|org.cnms.quantification.activity.ActivityImportFuzzTest|xlsx"
  "cnms-quantification|cnms-core|org.cnms.quantification.factor.FactorCsvFuzzTest|read"
  "cnms-quantification|cnms-core|org.cnms.quantification.method.PactFootprintsFuzzTest|fromJson"
  "cnms-assets|cnms-core|org.cnms.assets.unit.SerialRangeFuzzTest|parse"
  "cnms-assets|cnms-core|org.cnms.assets.unit.SerialRangeFuzzTest|parseVerra"
  "cnms-assets|cnms-core|org.cnms.assets.unit.SerialRangeFuzzTest|parseGoldStandard"
  "cnms-assets|cnms-core|org.cnms.assets.unit.SerialRangeFuzzTest|of"
  "cnms-assets|cnms-core|org.cnms.assets.ledger.LedgerJsonLinesFuzzTest|importJsonLines"
  "cnms-assets|cnms-core|org.cnms.assets.ledger.LedgerJsonLinesFuzzTest|verifyJsonLines"
)

log="$root/target/fuzz"
mkdir -p "$log"
failed=0
printf '%-60s %12s %8s  %s\n' target executions seconds verdict
for t in "${targets[@]}"; do
  IFS='|' read -r module upstream class method <<<"$t"
  simple="${class##*.}"
  if [[ $# -gt 0 && ! " $* " == *" $simple#$method "* ]]; then
    continue
  fi
  modules="$module"
  [[ -n "$upstream" ]] && modules="$upstream,$module"
  out="$log/$simple.$method.log"
  start=$(date +%s)
  (cd "$root" && JAZZER_FUZZ=1 mvn -B -o -q -pl "$modules" test \
      -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" >"$out" 2>&1)
  rc=$?
  report="$root/$module/target/surefire-reports/$class-output.txt"
  [[ -f "$report" ]] && cat "$report" >>"$out"
  runs=$(grep -a -o 'Done [0-9]* runs in [0-9]* second' "$out" | tail -1 | awk '{print $2, $5}')
  [[ -z "$runs" ]] && runs="$(grep -a -o '^#[0-9]*' "$out" | tail -1 | tr -d '#') ?"
  verdict="ok"
  if [[ $rc -ne 0 ]]; then
    verdict="FAILED ($(grep -a -m1 -o 'FuzzTestFindingException: [^ ]*' "$out" || echo "see $out"))"
    failed=1
  fi
  read -r execs secs <<<"${runs:-? ?}"
  printf '%-60s %12s %8s  %s (wall %ss)\n' "$simple#$method" "$execs" "${secs:-?}" "$verdict" \
      "$(( $(date +%s) - start ))"
done
exit $failed
