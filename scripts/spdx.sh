#!/usr/bin/env bash
# SPDX licence headers of the Java sources (main, test and the consumer project).
#   scripts/spdx.sh          adds the header to every tracked .java file that lacks it
#   scripts/spdx.sh --check  lists the files without it and exits 1 if there is any
set -euo pipefail
cd "$(dirname "$0")/.."
HEADER='// SPDX-License-Identifier: Apache-2.0'
missing=0
while IFS= read -r -d '' f; do
  if [ "$(head -n 1 "$f")" != "$HEADER" ]; then
    if [ "${1:-}" = "--check" ]; then
      echo "no SPDX header: $f"
      missing=$((missing + 1))
    else
      { printf '%s\n' "$HEADER"; cat "$f"; } > "$f.spdx" && mv "$f.spdx" "$f"
    fi
  fi
done < <(git ls-files -z -- '*.java')
if [ "${1:-}" = "--check" ]; then
  if [ "$missing" -gt 0 ]; then
    echo "$missing Java files without '$HEADER' (run scripts/spdx.sh)"
    exit 1
  fi
  echo "every Java file carries '$HEADER'"
fi
