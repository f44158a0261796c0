// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.cnms.quantification.activity.ActivityImport;

/**
 * The import of activity data (T/CAS 612 clause 9.1.1) into Spark: every file is read by the
 * SDK's own streaming {@link ActivityImport} inside the job — not by Spark's CSV source — so the
 * column mapping, the checks of every field, the problems and their physical line numbers are
 * exactly those of the single-machine import; bad rows become a Dataset of {@link ProblemRow}s,
 * never dropped.
 *
 * <p>A file is the unit of parallelism: one task per file (CSV is read as a stream, line by line,
 * to keep physical line numbers), so split large extracts into several files. Local paths and
 * {@code file:} URIs are read as files (duplicate ids named with the place of their first
 * occurrence within the file); any other URI ({@code hdfs:}, {@code s3a:} …) is opened with
 * Hadoop's file system and read once (a duplicate is reported without the first place). Ids
 * duplicated across files are not checked here.
 *
 * <p>Stateless, thread-safe.
 */
public final class SparkActivityImport {

  private SparkActivityImport() {}

  /**
   * The records and problems of CSV (or {@code .xlsx}) files; nothing is read until an action
   * runs. Each of {@link ActivityDatasets#records()} and {@link ActivityDatasets#problems()} reads
   * the files when it is computed; persist {@link ActivityDatasets#imported()} to read them once.
   *
   * @param spark the session, not null
   * @param settings the period, known sources and mapping, not null
   * @param files the files, as paths or URIs the executors can read
   */
  public static ActivityDatasets csv(SparkSession spark, ImportSettings settings,
      List<String> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<String> paths = spark.createDataset(
        jsc.parallelize(files, Math.max(1, files.size())).rdd(), Encoders.STRING());
    Dataset<ImportedRow> imported = paths.flatMap(
        (FlatMapFunction<String, ImportedRow>) f -> read(settings, f),
        Encoders.bean(ImportedRow.class));
    return new ActivityDatasets(imported);
  }

  /**
   * The records and problems of Parquet files, each row judged by the SDK's import exactly as a
   * CSV row of the same columns would be (the columns named as the {@link ImportSettings}'
   * mapping names them; every value read as text, so decimals keep their scale and dates are
   * ISO text). The place of a row and of its problems is its file and its row index within the
   * file (0-based, Spark's {@code _metadata.row_index}). Rows are judged in chunks of up to
   * {@value #CHUNK} rows of one file within a partition: ids repeated within a chunk are
   * reported, others are not checked, and a problem of the whole file (a mapped column missing)
   * is reported once per chunk.
   *
   * @param spark the session, not null
   * @param settings the period, known sources and mapping, not null
   * @param paths the Parquet files or folders
   */
  public static ActivityDatasets parquet(SparkSession spark, ImportSettings settings,
      List<String> paths) {
    Dataset<Row> raw = spark.read().parquet(paths.toArray(String[]::new));
    String[] names = raw.columns();
    List<Column> cols = new ArrayList<>();
    for (String n : names) {
      cols.add(functions.col("`" + n + "`").cast("string").as(n));
    }
    cols.add(functions.col("_metadata.file_path").as(FILE));
    cols.add(functions.col("_metadata.row_index").as(ROW));
    Dataset<Row> text = raw.select(cols.toArray(Column[]::new));
    Dataset<ImportedRow> imported = text.mapPartitions(
        (MapPartitionsFunction<Row, ImportedRow>) rows -> new ParquetChunks(settings, names,
            rows), Encoders.bean(ImportedRow.class));
    return new ActivityDatasets(imported);
  }

  /** The most rows of one file judged together. */
  static final int CHUNK = 50_000;
  private static final String FILE = "__cnms_file";
  private static final String ROW = "__cnms_row_index";

  /** The rows of a partition of Parquet rows, judged chunk by chunk through a CSV file. */
  private static final class ParquetChunks implements Iterator<ImportedRow> {
    private final ImportSettings settings;
    private final String[] names;
    private final Iterator<Row> rows;
    private @org.jspecify.annotations.Nullable Row next;
    private Iterator<ImportedRow> current = java.util.Collections.emptyIterator();

    ParquetChunks(ImportSettings settings, String[] names, Iterator<Row> rows) {
      this.settings = settings;
      this.names = names;
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && (next != null || rows.hasNext())) {
        current = chunk().iterator();
      }
      return current.hasNext();
    }

    @Override
    public ImportedRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    /** Reads up to CHUNK rows of one file and judges them. */
    private List<ImportedRow> chunk() {
      Row first = next != null ? next : rows.next();
      next = null;
      String file = first.getString(names.length);
      StringBuilder csv = new StringBuilder();
      for (int c = 0; c < names.length; c++) {
        quote(csv, c == 0 ? null : ",", names[c]);
      }
      csv.append('\n');
      List<Long> indexes = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      int line = 2;
      Row r = first;
      while (true) {
        indexes.add(r.getLong(names.length + 1));
        lines.add(line);
        for (int c = 0; c < names.length; c++) {
          String v = r.isNullAt(c) ? "" : r.getString(c);
          quote(csv, c == 0 ? null : ",", v);
          line += (int) v.chars().filter(ch -> ch == '\n').count();
        }
        csv.append('\n');
        line++;
        if (indexes.size() == CHUNK || !rows.hasNext()) {
          break;
        }
        r = rows.next();
        if (!file.equals(r.getString(names.length))) {
          next = r;
          break;
        }
      }
      List<ImportedRow> out = new ArrayList<>();
      Path tmp = null;
      try {
        tmp = java.nio.file.Files.createTempFile("cnms-parquet-", ".csv");
        java.nio.file.Files.writeString(tmp, csv, java.nio.charset.StandardCharsets.UTF_8);
        ArrayDeque<org.cnms.core.Problem> problems = new ArrayDeque<>();
        try (Stream<ActivityImport.Located> s = settings.toImport().streamLocated(List.of(tmp),
            p -> file, problems::add)) {
          s.forEach(l -> out.add(ImportedRow.of(ActivityRow.of(l.record(), file,
              rowIndex(indexes, lines, l.line())))));
        }
        for (org.cnms.core.Problem p : problems) {
          ProblemRow pr = ProblemRow.of(p, file);
          pr.setLine(p.line() < 2 ? -1 : rowIndex(indexes, lines, p.line()));
          out.add(ImportedRow.of(pr));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        if (tmp != null) {
          try {
            java.nio.file.Files.deleteIfExists(tmp);
          } catch (IOException e) {
            // a temporary file left behind; the executor's temp folder is cleaned with it
          }
        }
      }
      return out;
    }

    private static void quote(StringBuilder b, @org.jspecify.annotations.Nullable String sep,
        String v) {
      if (sep != null) {
        b.append(sep);
      }
      b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    /** The row index of the row starting at or last before a physical line of the chunk. */
    private static long rowIndex(List<Long> indexes, List<Integer> lines, int line) {
      int i = java.util.Collections.binarySearch(lines, line);
      if (i < 0) {
        i = -i - 2;
      }
      return indexes.get(Math.max(0, i));
    }
  }

  /** The rows of one file, records and problems in reading order. */
  static Iterator<ImportedRow> read(ImportSettings settings, String file) {
    ActivityImport imp = settings.toImport();
    ArrayDeque<ImportedRow> pending = new ArrayDeque<>();
    Stream<ImportedRow> stream;
    URI uri = file.contains(":") && !file.matches("^[A-Za-z]:\\\\.*") ? URI.create(file) : null;
    if (uri == null || "file".equals(uri.getScheme())) {
      Path path = uri == null ? Path.of(file) : Path.of(uri);
      stream = imp.streamLocated(List.of(path), p -> file,
          p -> pending.add(ImportedRow.of(ProblemRow.of(p, file))))
          .map(l -> ImportedRow.of(ActivityRow.of(l.record(), l.source(), l.line())));
    } else {
      InputStream in;
      try {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        in = p.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(p);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open " + file, e);
      }
      stream = imp.streamCsv(in, file, p -> pending.add(ImportedRow.of(ProblemRow.of(p, file))))
          .map(r -> ImportedRow.of(ActivityRow.of(r, file, 0)));
    }
    Iterator<ImportedRow> it = stream.iterator();
    return new Iterator<>() {
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          if (it.hasNext()) {
            pending.add(it.next());
          } else {
            stream.close();
            done = true;
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public ImportedRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  /**
   * What an import gives: the rows as read, and of them the records and the problems.
   *
   * @param imported every row read, a record or a problem
   */
  public record ActivityDatasets(Dataset<ImportedRow> imported) {

    /** The records of the good rows. */
    public Dataset<ActivityRow> records() {
      return imported.filter((FilterFunction<ImportedRow>) r -> r.getRecord() != null)
          .map((MapFunction<ImportedRow, ActivityRow>) ImportedRow::getRecord,
              Encoders.bean(ActivityRow.class));
    }

    /** Every problem of every bad row and file. */
    public Dataset<ProblemRow> problems() {
      return imported.filter((FilterFunction<ImportedRow>) r -> r.getProblem() != null)
          .map((MapFunction<ImportedRow, ProblemRow>) ImportedRow::getProblem,
              Encoders.bean(ProblemRow.class));
    }
  }
}
