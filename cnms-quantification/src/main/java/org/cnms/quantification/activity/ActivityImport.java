// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cnms.core.Problem;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.activity.ImportValues.BadValue;
import org.cnms.quantification.activity.TableSource.SourceFailure;
import org.jspecify.annotations.Nullable;

/**
 * The streaming import of activity data (活动数据, T/CAS 612 clause 9.1.1) from ERP extracts: CSV
 * text or {@code .xlsx} workbooks read as a {@link Stream} of {@link ActivityRecord}s, every
 * problem of every bad row handed to a sink of {@link Problem}s with its file, physical line (for
 * a workbook, sheet and row), column and text. Neither the file, nor its rows, nor its records
 * are held: feeding {@code InventoryAccumulator} from the stream builds an inventory in one pass
 * and in constant memory (bar the duplicate check below).
 *
 * <pre>{@code
 * ActivityImport erp = ActivityImport.builder()
 *     .period(ReportingPeriod.calendarYear(2025))
 *     .knownSources(sourceIds)
 *     .build();
 * List<Problem> problems = new ArrayList<>();
 * try (Stream<ActivityRecord> records = erp.stream(Path.of("activity/2025.csv"), problems::add)) {
 *   GhgInventory inventory = InventoryAccumulator.inventory(calculator, "inv-2025",
 *       ReportingPeriod.calendarYear(2025), records);
 * }
 * }</pre>
 *
 * <p><b>Files.</b> A name ending in {@code .xlsx} is read as a workbook (its first sheet, with
 * FastExcel's streaming reader); {@code .xls} and password-protected workbooks are reported, not
 * read; any other file is CSV (RFC 4180, read with FastCSV; quoted fields may span lines, and
 * every problem names the physical line its row starts on). Encodings: UTF-8 with or without a
 * byte-order mark, or GB18030 (a superset of GBK and GB2312), detected from the first 64 KiB, or
 * named with {@link Builder#encoding}; bytes that fit neither are a problem naming the file and
 * line. An empty file, a file with a header but no rows, and a header without the mapped columns
 * are problems of the file.
 *
 * <p><b>Fields</b> (full-width digits and letters are folded first): columns by the
 * {@link ColumnMapping} (Chinese or English names); numbers with {@code .} as the decimal
 * separator, thousands separators only if the mapping declares them
 * ({@link ColumnMapping#amountThousandsSeparators()}) and only in valid places, exponents up to
 * ±30, never negative; dates {@code 2025-01-31}, {@code 2025-1-31}, {@code 2025/1/31},
 * {@code 2025年1月31日} or workbook date cells; categories {@code C1}…{@code C6}, {@code 1}…{@code
 * 6} or the standard's names ({@code 直接 GHG 排放和清除} …); ways of obtaining by name or label
 * ({@code metered}/{@code 计量}, {@code invoiced}/{@code 结算凭证}, {@code calculated}/{@code 计算},
 * {@code estimated}/{@code 估算}); units through the {@link UnitRegistry} (symbols, Chinese names,
 * UN/CEFACT Recommendation 20 codes); the source among the known sources; the period within the
 * reporting period. A field longer than {@link Builder#maxFieldLength} characters is a problem,
 * and a record longer than 1 MiB ends the reading of its file with a problem.
 *
 * <p><b>Duplicate ids</b> are found in bounded memory: each id is kept as a 64-bit fingerprint in
 * a primitive open-addressing set (10 to 15 bytes per id). A row whose id's fingerprint was seen
 * before is set aside; when the stream ends, files read from a {@link Path} are read a second
 * time, ids only, for the set-aside ids alone, which confirms each duplicate and names the place
 * of the first occurrence, across files too. A set-aside row whose id turns out to be unique (two
 * ids sharing a fingerprint: probability below n²/2⁶⁵) is delivered at the end of the stream. For
 * a stream that cannot be read twice ({@link #streamCsv(InputStream, String, Consumer)}), a
 * repeated fingerprint is reported as a duplicate without the first place.
 *
 * <p>Problems reach the sink on the thread consuming the stream, in reading order; duplicates
 * come last. The stream must be closed (try-with-resources) to release its file. Bad input never
 * throws: only a failing device ({@link UncheckedIOException}) does. Immutable, thread-safe; each
 * stream is for one thread.
 */
public final class ActivityImport {

  /** The bytes looked at to detect an encoding. */
  static final int SNIFF_BYTES = 64 * 1024;

  /** The longest record of a CSV file read, in characters; a longer one ends the reading. */
  static final int MAX_RECORD_CHARS = 1024 * 1024;

  private final ColumnMapping mapping;
  private final ReportingPeriod period;
  private final Set<String> knownSources;
  private final UnitRegistry units;
  private final @Nullable Charset encoding;
  private final int maxFieldLength;

  private ActivityImport(Builder b) {
    this.mapping = b.mapping;
    this.period = Objects.requireNonNull(b.period, "period");
    this.knownSources = Set.copyOf(b.knownSources);
    this.units = b.units;
    this.encoding = b.encoding;
    this.maxFieldLength = b.maxFieldLength;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The column mapping. */
  public ColumnMapping mapping() {
    return mapping;
  }

  /**
   * The records of one file, CSV or {@code .xlsx}, as a stream to close after use.
   *
   * @param file the file, not null
   * @param problems the sink of every problem, not null
   * @return the records of the good rows, in file order
   */
  public Stream<ActivityRecord> stream(Path file, Consumer<Problem> problems) {
    return stream(List.of(file), problems);
  }

  /**
   * The records of several files read one after the other, ids unique across all of them; a
   * duplicate across files is named with both places.
   *
   * @param files the files, not null
   * @param problems the sink of every problem, not null
   * @return the records of the good rows, file after file
   */
  public Stream<ActivityRecord> stream(List<Path> files, Consumer<Problem> problems) {
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(new FileInput(f));
    }
    return toStream(new Run(inputs, problems));
  }

  /**
   * The records of several files as {@link #stream(List, Consumer)} reads them, each with the
   * place of its row: for a caller whose own checks of a record (against other data) or whose
   * calculation of it can fail, and who reports that failure at the row, as the import does.
   *
   * @param files the files, not null
   * @param names the name of each file in problems and places, e.g. its path relative to a
   *     folder, not null
   * @param problems the sink of every problem, not null
   * @return the records of the good rows with their places, file after file
   */
  public Stream<Located> streamLocated(List<Path> files, Function<Path, String> names,
      Consumer<Problem> problems) {
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(new FileInput(f, Objects.requireNonNull(names.apply(f), "name")));
    }
    Run run = new Run(inputs, problems);
    Iterator<Located> located = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return run.hasNext();
      }

      @Override
      public Located next() {
        ActivityRecord r = run.next();
        return new Located(r, run.lastSource(), run.lastLine());
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(located,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(run::close);
  }

  /**
   * An activity record with the place of the row it was read from. Immutable, thread-safe.
   *
   * @param record the record
   * @param source the file's name, as given to the import
   * @param line the physical line the row starts on (for a workbook, its row), 1-based
   */
  public record Located(ActivityRecord record, String source, int line) {

    /** Checks the parts. */
    public Located {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * The records of CSV bytes from a stream, read once, in the {@linkplain Builder#encoding named
   * encoding} or the one detected; duplicates are judged by fingerprint alone (see above).
   *
   * @param in the bytes, not null; closed with the stream
   * @param source the name problems give as their source, e.g. the file name, not null
   * @param problems the sink of every problem, not null
   * @return the records of the good rows
   */
  public Stream<ActivityRecord> streamCsv(InputStream in, String source,
      Consumer<Problem> problems) {
    Input input = new Input() {
      private boolean opened;

      @Override
      public String name() {
        return source;
      }

      @Override
      public TableSource open() {
        if (opened) {
          throw new IllegalStateException("read once");
        }
        opened = true;
        return csv(in, source);
      }

      @Override
      public boolean reopenable() {
        return false;
      }
    };
    return toStream(new Run(List.of(input), problems));
  }

  /**
   * Reads a whole file into a report: for files small enough to hold their records.
   *
   * @param file the file, not null
   * @return the records and every problem
   */
  public ImportReport read(Path file) {
    ImportReport.Builder report = ImportReport.builder();
    try (Stream<ActivityRecord> s = stream(file, report::addErrors)) {
      s.forEach(report::addRecords);
    }
    return report.build();
  }

  private static Stream<ActivityRecord> toStream(Run run) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(run,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(run::close);
  }

  // ------------------------------------------------------------------ inputs

  /** A named table that can be opened, and perhaps opened again. */
  interface Input {
    String name();

    TableSource open();

    boolean reopenable();

    /** The rows it probably holds, for sizing the set of ids; 0 if unknown. */
    default long expectedRows() {
      return 0;
    }
  }

  /**
   * Bytes per row of an activity CSV file, for {@link Input#expectedRows}: about what the sample's
   * rows take; narrower rows only make the set of ids grow as it would unsized.
   */
  private static final int BYTES_PER_ROW = 140;

  private final class FileInput implements Input {
    private final Path file;
    private final String name;

    FileInput(Path file) {
      this(file, file.toString());
    }

    FileInput(Path file, String name) {
      this.file = file;
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean reopenable() {
      return true;
    }

    /** The file's name in lower case, for its extension. */
    private String lowerCaseName() {
      return file.getFileName() == null ? "" : file.getFileName().toString()
          .toLowerCase(Locale.ROOT);
    }

    @Override
    public long expectedRows() {
      try {
        return lowerCaseName().endsWith(".xlsx") ? 0 : Files.size(file) / BYTES_PER_ROW;
      } catch (IOException e) {
        return 0; // reported when the file is opened
      }
    }

    @Override
    public TableSource open() {
      String name = lowerCaseName();
      if (!Files.isRegularFile(file)) {
        throw new SourceFailure(0, Files.exists(file) ? "Not a regular file"
            : "The file does not exist");
      }
      byte[] head = new byte[8];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      } catch (NoSuchFileException e) {
        throw new SourceFailure(0, "The file does not exist");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      boolean ole2 = n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
          && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
      boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
      if (name.endsWith(".xls") || (ole2 && !name.endsWith(".xlsx"))) {
        throw new SourceFailure(0, "An Excel 97–2003 workbook (.xls) is not read; save it as"
            + " .xlsx or export it as CSV (UTF-8)");
      }
      if (name.endsWith(".xlsx")) {
        if (ole2) {
          throw new SourceFailure(0, "The workbook is encrypted (password-protected); save it"
              + " without a password, or export it as CSV (UTF-8)");
        }
        if (!zip) {
          throw new SourceFailure(0, "Not an .xlsx workbook: it does not begin as one (a ZIP"
              + " archive)");
        }
        try {
          return new PrefetchTable(new XlsxTable(file));
        } catch (IOException | RuntimeException e) {
          throw new SourceFailure(0, "The workbook cannot be opened; it is damaged or"
              + " truncated (" + e.getMessage() + ")");
        }
      }
      if (zip || ole2) {
        throw new SourceFailure(0, "The file is a workbook or archive, not CSV text; name it"
            + " .xlsx if it is an Excel workbook");
      }
      try {
        return csv(Files.newInputStream(file), name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A CSV table of the bytes, decoded in the named or detected encoding. */
  TableSource csv(InputStream raw, String source) {
    BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
    try {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      in.reset();
      int n = head.length;
      if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        in.skipNBytes(3);
        return table(in, encoding == null ? StandardCharsets.UTF_8 : encoding);
      }
      if (n >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
          || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
        in.close();
        throw new SourceFailure(0, "The file is UTF-16 text; save it as CSV (UTF-8)");
      }
      if (encoding != null) {
        return table(in, encoding);
      }
      boolean end = n < SNIFF_BYTES;
      int badUtf8 = firstMalformed(head, StandardCharsets.UTF_8, end);
      if (badUtf8 < 0) {
        return table(in, StandardCharsets.UTF_8);
      }
      Charset gb = Charset.forName("GB18030");
      if (firstMalformed(head, gb, end) < 0) {
        return table(in, gb);
      }
      in.close();
      int line = 1;
      for (int i = 0; i < badUtf8; i++) {
        if (head[i] == '\n') {
          line++;
        }
      }
      throw new SourceFailure(line, "The bytes are neither UTF-8 nor GB18030 (GBK): byte "
          + (badUtf8 + 1) + " is not UTF-8; save the file as CSV (UTF-8) or name its encoding");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TableSource table(InputStream in, Charset cs) {
    Reader reader = new DecodingReader(in, cs);
    return new PrefetchTable(new CsvTable(reader, cs.name(), MAX_RECORD_CHARS));
  }

  /** The index of the first byte that does not decode, or -1. */
  private static int firstMalformed(byte[] bytes, Charset cs, boolean endOfInput) {
    CharsetDecoder d = cs.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    CoderResult r = d.decode(in, out, endOfInput);
    if (r.isError()) {
      return in.position();
    }
    if (endOfInput) {
      r = d.flush(out);
      if (r.isError()) {
        return in.position();
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ reading

  /** Where a row is: the input's index and the row's line. */
  private record Place(int input, int line) {}

  /** A row set aside because its id's fingerprint was seen before. */
  private record Held(String id, Place place, int column, @Nullable ActivityRecord record) {}

  /** One reading of the inputs: an iterator of records that reports problems as it goes. */
  final class Run implements Iterator<ActivityRecord>, AutoCloseable {
    private final List<Input> inputs;
    private final Consumer<Problem> sink;
    private final IdFingerprints ids;
    private final List<Held> held = new ArrayList<>();
    private final Map<String, MeasureUnit> unitCache = new HashMap<>();
    private final Map<String, LocalDate> dateCache = new HashMap<>();
    private final ArrayDeque<ActivityRecord> ready = new ArrayDeque<>();
    private final ArrayDeque<Place> readyPlaces = new ArrayDeque<>();
    private @Nullable Place last;
    // rows whose ids wait to be checked, in batches (see IdFingerprints.addAll)
    private final String[] batchIds = new String[IdFingerprints.BATCH];
    private final @Nullable ActivityRecord[] batchRecords =
        new ActivityRecord[IdFingerprints.BATCH];
    private final int[] batchInputs = new int[IdFingerprints.BATCH];
    private final int[] batchLines = new int[IdFingerprints.BATCH];
    private final int[] batchColumns = new int[IdFingerprints.BATCH];
    private final boolean[] fresh = new boolean[IdFingerprints.BATCH];
    private int batchSize;
    private int index = -1;
    private @Nullable TableSource table;
    private @Nullable Problem fileProblem;
    private boolean finished;
    private long rows;
    private long records;
    // column indexes of the current table, -1 when absent
    private int cId;
    private int cSource;
    private int cFacility;
    private int cCategory;
    private int cKey;
    private int cAmount;
    private int cUnit;
    private int cDate;
    private int cStart;
    private int cEnd;
    private int cBy;
    private int cMeter;
    private int cDoc;
    private int cRegion;
    private int cCorrects;
    private int headerSize;
    private List<String> headerNames = List.of();
    // the row being read
    private boolean bad;
    private int line;

    Run(List<Input> inputs, Consumer<Problem> sink) {
      this.inputs = List.copyOf(inputs);
      this.ids = new IdFingerprints(this.inputs.stream().mapToLong(Input::expectedRows).sum());
      this.sink = Objects.requireNonNull(sink, "problems");
    }

    /** The first problem that made a file unreadable (empty, no header, bad bytes), if one. */
    @Nullable Problem fileProblem() {
      return fileProblem;
    }

    /** Rows read, good and bad. */
    long rows() {
      return rows;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (table == null && !openNext()) {
          flush();
          if (!ready.isEmpty()) {
            return true;
          }
          if (!finished) {
            finished = true;
            finish();
            continue;
          }
          return false;
        }
        boolean more;
        try {
          more = table.next();
        } catch (SourceFailure f) {
          fileProblem(f.line, f.getMessage());
          closeTable();
          continue;
        }
        if (!more) {
          closeTable();
          continue;
        }
        rows++;
        readRow(table);
      }
      return true;
    }

    @Override
    public ActivityRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      records++;
      last = readyPlaces.poll();
      return ready.poll();
    }

    /** The name of the input of the record last returned. */
    String lastSource() {
      return last == null ? "" : inputs.get(last.input()).name();
    }

    /** The line of the record last returned. */
    int lastLine() {
      return last == null ? 0 : last.line();
    }

    /** Checks the ids of the waiting rows; fresh ones become ready, the others are held. */
    private void flush() {
      ids.addAll(batchIds, batchSize, fresh);
      for (int j = 0; j < batchSize; j++) {
        ActivityRecord r = batchRecords[j];
        if (fresh[j]) {
          if (r != null) {
            ready.add(r);
            readyPlaces.add(new Place(batchInputs[j], batchLines[j]));
          }
        } else {
          held.add(new Held(batchIds[j], new Place(batchInputs[j], batchLines[j]),
              batchColumns[j], r));
        }
        batchIds[j] = null;
        batchRecords[j] = null;
      }
      batchSize = 0;
    }

    @Override
    public void close() {
      closeTable();
      index = inputs.size();
    }

    private void closeTable() {
      if (table != null) {
        TableSource t = table;
        table = null;
        t.close();
      }
    }

    private Problem.Builder place(int input, int at) {
      Problem.Builder p = Problem.builder().line(at);
      String name = inputs.get(input).name();
      if (!name.isEmpty()) {
        p.source(name);
      }
      return p;
    }

    private void fileProblem(int at, String message) {
      fileProblem(at, message, true);
    }

    private void fileProblem(int at, String message, boolean fatal) {
      Problem.Builder p = place(index, at).message(message);
      String sheet = table == null ? null : table.sheet();
      if (sheet != null) {
        p.sheet(sheet);
      }
      Problem problem = p.build();
      if (fatal && fileProblem == null) {
        fileProblem = problem;
      }
      sink.accept(problem);
    }

    /** Opens the next input and reads its header; false when none is left. */
    private boolean openNext() {
      while (++index < inputs.size()) {
        Input input = inputs.get(index);
        try {
          table = input.open();
        } catch (SourceFailure f) {
          fileProblem(f.line, f.getMessage());
          continue;
        }
        try {
          if (!table.next()) {
            fileProblem(0, "The file is empty; expected a header row naming the columns "
                + String.join(", ", required()));
            closeTable();
            continue;
          }
          if (!header(table)) {
            closeTable();
            continue;
          }
          int headerLine = table.line();
          if (!table.next()) {
            fileProblem(headerLine, "The file has a header but no rows of data", false);
            closeTable();
            continue;
          }
          rows++;
          readRow(table);
          return true;
        } catch (SourceFailure f) {
          fileProblem(f.line, f.getMessage());
          closeTable();
        }
      }
      return false;
    }

    private List<String> required() {
      List<String> required = new ArrayList<>(List.of(mapping.id(), mapping.sourceId(),
          mapping.facilityId(), mapping.category(), mapping.activityKey(), mapping.amount(),
          mapping.unit()));
      if (mapping.date().isPresent()) {
        required.add(mapping.date().get());
      } else {
        required.add(mapping.start());
        required.add(mapping.end());
      }
      return required;
    }

    private boolean header(TableSource t) {
      Map<String, Integer> header = new HashMap<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < t.fieldCount(); i++) {
        String name = ImportValues.fold(t.field(i).replace("\uFEFF", ""));
        names.add(name);
        header.putIfAbsent(name, i);
      }
      List<String> absent = required().stream().filter(c -> !header.containsKey(c)).toList();
      if (!absent.isEmpty()) {
        fileProblem(t.line(), "The " + (t.sheet() == null ? "CSV header" : "header of sheet "
            + t.sheet()) + " lacks the column(s) " + String.join(", ", absent) + "; it has "
            + String.join(", ", names));
        return false;
      }
      headerSize = names.size();
      headerNames = names;
      cId = header.get(mapping.id());
      cSource = header.get(mapping.sourceId());
      cFacility = header.get(mapping.facilityId());
      cCategory = header.get(mapping.category());
      cKey = header.get(mapping.activityKey());
      cAmount = header.get(mapping.amount());
      cUnit = header.get(mapping.unit());
      cDate = mapping.date().map(d -> header.get(d)).orElse(-1);
      cStart = cDate >= 0 ? -1 : header.get(mapping.start());
      cEnd = cDate >= 0 ? -1 : header.get(mapping.end());
      cBy = header.getOrDefault(mapping.obtainedBy(), -1);
      cMeter = header.getOrDefault(mapping.meterId(), -1);
      cDoc = header.getOrDefault(mapping.documentRef(), -1);
      cRegion = header.getOrDefault(mapping.region(), -1);
      cCorrects = header.getOrDefault(mapping.corrects(), -1);
      return true;
    }

    // ---------------------------------------------------------------- one row

    private void error(int column, @Nullable String value, String message) {
      bad = true;
      Problem.Builder p = place(index, line).message(message);
      String sheet = table == null ? null : table.sheet();
      if (sheet != null) {
        p.sheet(sheet);
      }
      if (column >= 0) {
        p.column(column + 1);
        if (column < headerNames.size()) {
          p.field(headerNames.get(column));
        }
      }
      if (value != null) {
        p.text(Problem.excerpt(value));
      }
      sink.accept(p.build());
    }

    /** The stripped text of a field, null if blank; full-width forms folded if asked. */
    private @Nullable String optional(TableSource t, int column, boolean fold) {
      if (column < 0 || column >= t.fieldCount()) {
        return null;
      }
      String raw = t.field(column);
      if (raw.length() > maxFieldLength) {
        error(column, raw, "The value has " + raw.length() + " characters; at most "
            + maxFieldLength + " are read");
        return null;
      }
      String v = fold ? ImportValues.fold(raw) : raw.strip();
      return v.isEmpty() ? null : v;
    }

    private @Nullable String optional(TableSource t, int column) {
      return optional(t, column, false);
    }

    private @Nullable String required(TableSource t, int column) {
      return required(t, column, false);
    }

    private @Nullable String required(TableSource t, int column, boolean fold) {
      String v = optional(t, column, fold);
      if (v == null && !(column < t.fieldCount() && t.field(column).length() > maxFieldLength)) {
        error(column, null, "A value is required in column " + headerNames.get(column));
      }
      return v;
    }

    private @Nullable LocalDate date(TableSource t, int column) {
      String v = required(t, column, true);
      if (v == null) {
        return null;
      }
      LocalDate d = dateCache.get(v);
      if (d != null) {
        return d;
      }
      try {
        d = ImportValues.date(v);
      } catch (BadValue e) {
        error(column, v, e.getMessage());
        return null;
      }
      if (dateCache.size() < 10_000) {
        dateCache.put(v, d);
      }
      return d;
    }

    private void readRow(TableSource t) {
      bad = false;
      line = t.line();
      if (t.fixedWidth() && t.fieldCount() < headerSize) {
        error(-1, null, "The row has " + t.fieldCount() + " fields, the header " + headerSize);
      }
      String id = required(t, cId);
      String source = required(t, cSource);
      if (source != null && !knownSources.isEmpty() && !knownSources.contains(source)) {
        error(cSource, source, "Unknown source '" + source + "'");
      }
      String facility = required(t, cFacility);
      String categoryText = required(t, cCategory, true);
      EmissionCategory category = null;
      if (categoryText != null) {
        try {
          category = ImportValues.category(categoryText);
        } catch (BadValue e) {
          error(cCategory, categoryText, e.getMessage());
        }
      }
      String key = required(t, cKey);
      String amountText = required(t, cAmount, true);
      java.math.BigDecimal value = null;
      if (amountText != null) {
        try {
          value = ImportValues.number(amountText, mapping.amountThousandsSeparators());
          if (value.signum() < 0) {
            error(cAmount, amountText, "The amount must not be negative, but was "
                + amountText);
            value = null;
          }
        } catch (BadValue e) {
          error(cAmount, amountText, e.getMessage());
        }
      }
      String unitText = required(t, cUnit);
      MeasureUnit unit = null;
      if (unitText != null) {
        unit = unitCache.get(unitText);
        if (unit == null) {
          Optional<MeasureUnit> u = units.find(unitText);
          if (u.isPresent()) {
            unit = u.get();
            if (unitCache.size() < 10_000) {
              unitCache.put(unitText, unit);
            }
          } else {
            error(cUnit, unitText, "Unknown unit '" + unitText + "'");
          }
        }
      }
      ReportingPeriod p = null;
      if (cDate >= 0) {
        LocalDate d = date(t, cDate);
        if (d != null) {
          p = ReportingPeriod.of(d, d);
        }
      } else {
        LocalDate s = date(t, cStart);
        LocalDate e = date(t, cEnd);
        if (s != null && e != null) {
          if (e.isBefore(s)) {
            error(cEnd, e.toString(), "The end " + e + " is before the start " + s);
          } else {
            p = ReportingPeriod.of(s, e);
          }
        }
      }
      if (p != null && !period.encloses(p)) {
        error(cDate >= 0 ? cDate : cStart, p.toString(), "The period " + p
            + " lies outside the reporting period " + period);
      }
      ObtainedBy by = ObtainedBy.METERED;
      String byText = optional(t, cBy, true);
      if (byText != null) {
        try {
          by = ImportValues.obtainedBy(byText);
        } catch (BadValue e) {
          error(cBy, byText, e.getMessage());
        }
      }
      String meter = optional(t, cMeter);
      String doc = optional(t, cDoc);
      String region = optional(t, cRegion);
      String corrects = optional(t, cCorrects);
      ActivityRecord record = null;
      if (!bad) {
        try {
          ActivityRecord.Builder b = ActivityRecord.builder().id(id).sourceId(source)
              .facilityId(facility).category(category).activityKey(key)
              .amount(Amount.of(value, unit)).period(p).obtainedBy(by);
          if (meter != null) {
            b.meterId(meter);
          }
          if (doc != null) {
            b.documentRef(doc);
          }
          if (region != null) {
            b.region(region);
          }
          if (corrects != null) {
            b.corrects(corrects);
          }
          record = b.build();
        } catch (IllegalArgumentException e) {
          error(-1, null, e.getMessage());
        }
      }
      if (id != null) {
        batchIds[batchSize] = id;
        batchRecords[batchSize] = record;
        batchInputs[batchSize] = index;
        batchLines[batchSize] = line;
        batchColumns[batchSize] = cId;
        if (++batchSize == IdFingerprints.BATCH) {
          flush();
        }
      }
    }

    // ---------------------------------------------------------------- duplicates

    private void finish() {
      if (held.isEmpty()) {
        return;
      }
      boolean reopenable = inputs.stream().allMatch(Input::reopenable);
      Map<String, List<Place>> places = new LinkedHashMap<>();
      for (Held h : held) {
        places.put(h.id(), new ArrayList<>());
      }
      if (reopenable) {
        for (int i = 0; i < inputs.size(); i++) {
          secondPass(i, places);
        }
      }
      for (Held h : held) {
        List<Place> all = places.get(h.id());
        index = h.place().input();
        line = h.place().line();
        if (!reopenable) {
          duplicate(h, "Record id '" + h.id() + "' appears twice: an earlier row has the same"
              + " id");
        } else if (all.size() >= 2 && !all.get(0).equals(h.place())) {
          Place first = all.get(0);
          duplicate(h, "Record id '" + h.id() + "' appears twice"
              + (first.input() == h.place().input() ? " in the file; first at line "
                  + first.line() : "; first at " + inputs.get(first.input()).name() + ":"
                  + first.line()));
        } else if (h.record() != null) {
          ready.add(h.record());
          readyPlaces.add(h.place());
        }
      }
    }

    private void duplicate(Held h, String message) {
      Problem.Builder p = place(h.place().input(), h.place().line()).column(h.column() + 1)
          .field(mapping.id()).text(h.id())
          .message(message);
      sink.accept(p.build());
    }

    private void secondPass(int input, Map<String, List<Place>> places) {
      try (TableSource t = inputs.get(input).open()) {
        if (!t.next()) {
          return;
        }
        int column = -1;
        for (int i = 0; i < t.fieldCount(); i++) {
          if (ImportValues.fold(t.field(i).replace("\uFEFF", "")).equals(mapping.id())) {
            column = i;
            break;
          }
        }
        if (column < 0) {
          return;
        }
        while (t.next()) {
          if (column < t.fieldCount() && t.field(column).length() <= maxFieldLength) {
            // the id as the first reading took it (see readRow): stripped, not folded
            List<Place> at = places.get(t.field(column).strip());
            if (at != null) {
              at.add(new Place(input, t.line()));
            }
          }
        }
      } catch (SourceFailure f) {
        // reported in the first pass
      }
    }
  }

  /** Builds an {@link ActivityImport}; the reporting period is required. */
  public static final class Builder {
    private ColumnMapping mapping = ColumnMapping.defaults();
    private @Nullable ReportingPeriod period;
    private final Set<String> knownSources = new LinkedHashSet<>();
    private UnitRegistry units = UnitRegistry.standard();
    private @Nullable Charset encoding;
    private int maxFieldLength = 4096;

    private Builder() {}

    /** The column mapping; {@link ColumnMapping#defaults()} if not set. */
    public Builder mapping(ColumnMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /** The reporting period every row must lie in. */
    public Builder period(ReportingPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /** The ids of the known sources; rows of other sources are errors. None: any source. */
    public Builder knownSources(Set<String> sourceIds) {
      knownSources.addAll(sourceIds);
      return this;
    }

    /** The unit registry, e.g. one with the ERP's own aliases; the standard one by default. */
    public Builder units(UnitRegistry units) {
      this.units = Objects.requireNonNull(units, "units");
      return this;
    }

    /**
     * The encoding of CSV files, e.g. {@code GB18030}; detected (UTF-8, else GB18030) if not set.
     * A UTF-8 byte-order mark is always skipped.
     */
    public Builder encoding(Charset encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /** The longest field read, in characters (4096 by default); a longer one is a problem. */
    public Builder maxFieldLength(int chars) {
      if (chars < 1 || chars > MAX_RECORD_CHARS) {
        throw new IllegalArgumentException("maxFieldLength must be between 1 and "
            + MAX_RECORD_CHARS + ", but was " + chars);
      }
      this.maxFieldLength = chars;
      return this;
    }

    /** The import. @throws NullPointerException if the period is not set */
    public ActivityImport build() {
      return new ActivityImport(this);
    }
  }
}
