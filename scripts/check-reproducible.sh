#!/usr/bin/env bash
# Checks that the build is reproducible: builds the committed HEAD twice, in two fresh clones in
# different directories, and compares every jar of the two builds byte for byte (SHA-256).
# Prints each jar with its verdict; exits 1 when any jar differs or is missing from one build,
# 2 when a build fails.
# Not part of CI (it builds twice). Usage: scripts/check-reproducible.sh [extra Maven arguments],
# e.g. -o to build offline. Tests and the consumer project are skipped: they make no jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cnms-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for build in first second; do
  git clone --quiet --no-hardlinks "$root" "$work/$build"
  echo "building HEAD ($(git -C "$work/$build" rev-parse --short HEAD)) in $work/$build …" >&2
  if ! (cd "$work/$build" && mvn -B -DskipTests -Dinvoker.skip=true "$@" package \
      >"$work/$build.log" 2>&1); then
    tail -40 "$work/$build.log" >&2
    echo "the $build build failed" >&2
    exit 2
  fi
done

jars() { (cd "$1" && find . -path '*/target/*.jar' -not -path '*/target/it/*' | sort); }
differ=0
while read -r jar; do
  a="$work/first/$jar"
  b="$work/second/$jar"
  if [[ ! -f "$b" ]]; then
    echo "MISSING    ${jar#./} (only in the first build)"
    differ=1
    continue
  fi
  ha="$(sha256sum "$a" | cut -d' ' -f1)"
  hb="$(sha256sum "$b" | cut -d' ' -f1)"
  if [[ "$ha" == "$hb" ]]; then
    echo "IDENTICAL  ${jar#./}  $ha"
  else
    echo "DIFFERENT  ${jar#./}  $ha / $hb"
    diff <(unzip -Z -v "$a" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC)') \
      <(unzip -Z -v "$b" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC)') \
      | head -20 || true
    differ=1
  fi
done < <(jars "$work/first")
while read -r jar; do
  [[ -f "$work/first/$jar" ]] || { echo "MISSING    ${jar#./} (only in the second build)"; differ=1; }
done < <(jars "$work/second")

if [[ "$differ" == 0 ]]; then
  echo "reproducible: every jar of the two builds is identical"
else
  echo "NOT reproducible: see the jars above" >&2
fi
exit "$differ"
