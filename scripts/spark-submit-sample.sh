#!/usr/bin/env bash
# Runs the cnms-spark job (cnms-spark/target/cnms-spark-*-job.jar) in Spark local mode with the
# spark-submit of the PyPI pyspark package, installed into a virtual environment under
# target/pyspark-venv: first on the sample's activity data of 2025, then on generated data
# (ROWS rows in FILES CSV files of the year 2022), which it also computes in one JVM without Spark
# (--single-jvm) and compares: the two inventories.json must be identical.
#
# Usage: scripts/spark-submit-sample.sh [rows] [files]     (default 1000000 rows in 8 files)
#
# Build the job jar first: mvn -B -pl cnms-spark -am -DskipTests package
# Where PyPI cannot be reached, set CNMS_SPARK_FROM_MAVEN=1 to submit the same jar with the Spark
# jars Maven resolved for cnms-spark: the class spark-submit runs (SparkSubmit), master local[2].
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
files="${2:-8}"
pyspark_version="4.2.0"
master="local[2]"
target="$root/target/spark-sample"
mkdir -p "$target"

jar="$(ls "$root"/cnms-spark/target/cnms-spark-*-job.jar 2>/dev/null | head -1 || true)"
if [[ -z "$jar" ]]; then
  echo "No job jar: run 'mvn -B -pl cnms-spark -am -DskipTests package' first" >&2
  exit 2
fi

opens=(--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED)
confs=(--conf spark.ui.enabled=false --conf spark.driver.bindAddress=127.0.0.1
  --conf spark.driver.host=127.0.0.1 --conf spark.sql.shuffle.partitions=4)

if [[ "${CNMS_SPARK_FROM_MAVEN:-0}" == "1" ]]; then
  cp_file="$target/spark-classpath.txt"
  if [[ ! -s "$cp_file" ]]; then
    # the reactor must package its modules for the dependency plugin to resolve them
    (cd "$root" && mvn -B -q -o -pl cnms-spark -am -DskipTests -Dmaven.javadoc.skip=true \
      -Dmaven.source.skip=true package dependency:build-classpath \
      -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=provided)
  fi
  # what spark-submit runs (bin/spark-class org.apache.spark.deploy.SparkSubmit), on the jars
  # of the same Spark version from Maven
  submit() {
    java -Xmx2g "${opens[@]}" -cp "$(cat "$cp_file")" org.apache.spark.deploy.SparkSubmit \
      --master "$master" "${confs[@]}" --class org.cnms.spark.InventoryJob "$jar" "$@"
  }
  spark_jars="$(cat "$cp_file")"
else
  venv="$root/target/pyspark-venv"
  if [[ ! -x "$venv/bin/spark-submit" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pyspark==$pyspark_version"
  fi
  spark_jars="$(echo "$venv"/lib/python3*/site-packages/pyspark/jars)/*"
  submit() {
    "$venv/bin/spark-submit" --master "$master" --driver-memory 2g "${confs[@]}" \
      --driver-java-options "${opens[*]}" "$jar" "$@"
  }
fi
# the same job without Spark, in one JVM (Spark's jars only on the class path)
single() {
  java -Xmx2g -cp "$jar:$spark_jars" org.cnms.spark.InventoryJob --single-jvm "$@"
}

echo "== the sample, 2025"
submit --year 2025 --organisation sample --by-facility --out "$target/sample" \
  "$root/cnms-examples/src/main/resources/org/cnms/examples/sample/activity/2025.csv"

echo "== $rows generated rows in $files files"
data="$target/data-$rows"
if [[ ! -d "$data" ]]; then
  mkdir -p "$data"
  awk -v rows="$rows" -v files="$files" -v dir="$data" 'BEGIN {
    split("kWh MWh GJ", units, " ");
    split("METERED INVOICED CALCULATED ESTIMATED", obtained, " ");
    per = int((rows + files - 1) / files);
    for (i = 0; i < rows; i++) {
      f = sprintf("%s/part-%04d.csv", dir, int(i / per));
      if (!(f in started)) {
        started[f] = 1;
        print "id,source,facility,category,activity,amount,unit,start,end,obtained_by" > f;
      }
      s = i % 24;
      if (s < 8) { key = "electricity.grid.mee-nbs-average"; unit = units[int(i / 24) % 3 + 1]; cat = "C2"; }
      else if (s < 16) { key = "diesel"; unit = "t"; cat = "C1"; }
      else { key = "natural-gas"; unit = "1e4Nm3"; cat = "C1"; }
      m = (i * 7919) % 1000000;
      month = int(i / 7) % 12 + 1;
      days = (month == 2) ? 28 : ((month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31);
      printf "r%d,S-%d,F-%d,%s,%s,%d.%03d,%s,2022-%02d-01,2022-%02d-%02d,%s\n", i, s, s % 4, cat, key,
        int(m / 1000), m % 1000, unit, month, month, days, tolower(obtained[int(i / 3) % 4 + 1]) > f;
    }
  }'
fi
submit --year 2022 --organisation generated --timings --out "$target/spark-$rows" "$data"/part-*.csv
single --year 2022 --organisation generated --out "$target/single-$rows" "$data"/part-*.csv
if cmp -s "$target/spark-$rows/inventories.json" "$target/single-$rows/inventories.json"; then
  echo "Spark and the single JVM give identical inventories ($target/spark-$rows/inventories.json)"
else
  echo "Spark and the single JVM differ:" >&2
  diff "$target/spark-$rows/inventories.json" "$target/single-$rows/inventories.json" | head -20 >&2
  exit 1
fi
