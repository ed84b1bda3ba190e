package dev.salesops.cli.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, strict, linear RFC-4180 reader over bytes (UTF-8), made for the hot path of {@code report}: one
 * record at a time into a reused buffer, fields decoded only when asked, no regular expressions and no
 * per-record maps.
 *
 * <ul>
 *   <li>Records end at LF, CRLF or a lone CR outside quotes; empty lines are skipped (but counted).
 *   <li>A field that starts with a quote is quoted: it may hold the delimiter, quotes written twice ({@code ""})
 *       and line breaks. Text after a closing quote, or a quote inside an unquoted field, is a problem of
 *       that record ({@link #problem()}), not of the file.
 *   <li>A byte-order mark at the start is skipped. Every byte of every record is checked to be UTF-8.
 *   <li>{@link #line()} is the line on which the current record starts (the first line is 1), {@link
 *       #offset()} its byte offset in the file.
 * </ul>
 *
 * <p>A quote left open at the end of the file and a byte sequence that is not UTF-8 end the read with a
 * {@link CsvException} naming the file, line, byte offset and a hint. Not thread-safe.
 */
public final class CsvReader implements Closeable {

  /** The file cannot be read as CSV from this point on. */
  public static final class CsvException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long offset;

    CsvException(String message, long line, long offset) {
      super(message);
      this.line = line;
      this.offset = offset;
    }

    /** The line of the problem. */
    public long line() {
      return line;
    }

    /** The byte offset of the problem in the file. */
    public long offset() {
      return offset;
    }
  }

  private static final int QUOTE = '"';
  private static final int LF = '\n';
  private static final int CR = '\r';

  private final InputStream in;
  private final String name;
  private final byte delimiter;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  /** File offset of buf[0]. */
  private long bufStart;
  private boolean eof;

  private byte[] rec = new byte[1024];
  private int recLen;
  /**
   * The bytes the current record's fields index: {@link #buf} itself for a record read by {@link #simpleRecord()},
   * else {@link #rec}.
   */
  private byte[] data = rec;
  /** Whether the current record may hold a control character (always true for a record read by readRecord). */
  private boolean control;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  /** File offset of each field's first byte (its opening quote when quoted), and whether it was quoted. */
  private long[] fieldOffsets = new long[32];
  private boolean[] quoted = new boolean[32];
  private long fieldOffset;
  private boolean fieldQuoted;
  private int count;
  private boolean nonAscii;
  private boolean anyQuoted;
  private String problem;

  /** The line number of the next unread byte. */
  private long nextLine = 1;
  private long line;
  private long offset;
  private boolean started;

  /** A reader of {@code in}; {@code name} names the file in messages. */
  public CsvReader(InputStream in, String name, char delimiter) {
    if (delimiter > 127 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("the delimiter must be an ASCII character other than a quote or a line break: " + delimiter);
    }
    this.in = in;
    this.name = name;
    this.delimiter = (byte) delimiter;
  }

  /** Whether {@link #simpleRecord()} is tried first (false only in tests, to compare with the general path). */
  private boolean simple = true;

  /** This reader without its copy-free path for common records (tests compare both). */
  CsvReader generalOnly() {
    simple = false;
    return this;
  }

  /** The file's name, as messages name it. */
  public String name() {
    return name;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    bufStart += lim;
    pos = 0;
    lim = 0;
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim = n;
    return true;
  }

  private void append(int b) {
    if (recLen == rec.length) {
      rec = Arrays.copyOf(rec, rec.length * 2);
    }
    rec[recLen++] = (byte) b;
  }

  private void endField(int start) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      fieldOffsets = Arrays.copyOf(fieldOffsets, count * 2);
      quoted = Arrays.copyOf(quoted, count * 2);
    }
    fieldOffsets[count] = fieldOffset;
    quoted[count] = fieldQuoted;
    starts[count] = start;
    ends[count] = recLen;
    count++;
  }

  /**
   * Reads the next non-empty record; false at the end of the file.
   *
   * @throws CsvException on a quote left open at the end of the file or bytes that are not UTF-8
   */
  public boolean next() throws IOException {
    if (!started) {
      started = true;
      skipBom();
    }
    while (true) {
      if (pos >= lim && !fill()) {
        return false;
      }
      if (simple && simpleRecord()) {
        return true;
      }
      if (readRecord()) {
        data = rec;
        control = true;
        if (nonAscii) {
          checkUtf8();
        }
        return true;
      }
    }
  }

  private void skipBom() throws IOException {
    if (pos >= lim && !fill()) {
      return;
    }
    // the mark may straddle the first reads on odd streams: look at up to three bytes
    if (lim - pos < 3 && !eof) {
      byte[] first = new byte[3];
      int have = 0;
      while (have < 3 && (pos < lim || fill())) {
        first[have++] = buf[pos++];
      }
      if (have == 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF) {
        return;
      }
      // put them back in front of what is left
      byte[] rest = Arrays.copyOfRange(buf, pos, lim);
      long startOfFirst = bufStart + pos - have;
      System.arraycopy(first, 0, buf, 0, have);
      System.arraycopy(rest, 0, buf, have, rest.length);
      bufStart = startOfFirst;
      pos = 0;
      lim = have + rest.length;
      return;
    }
    if (lim - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
    }
  }

  /**
   * The common record, read without copying: it lies wholly in the buffer, ends at LF or CRLF, is not empty and
   * holds no quote, no lone CR and no byte above 0x7F; its fields then index {@link #buf}. Any other record is
   * left, with nothing changed, to {@link #readRecord()} (which reads it exactly the same when it is of this kind).
   * A record that runs past the buffer's end is moved to the front and the buffer filled up behind it (the
   * general path is then not needed at all on a clean file). A small method of its own, so the JIT compiles this
   * loop early and cheaply.
   */
  private boolean simpleRecord() throws IOException {
    while (true) {
      int got = scanSimple();
      if (got >= 0) {
        return got == 1;
      }
      // the record goes on past the buffer: move it to the front and read on behind it (a record as long as the
      // buffer, or the end of the file, is left to the general path)
      if (pos == 0 || eof) {
        return false;
      }
      int keep = lim - pos;
      System.arraycopy(buf, pos, buf, 0, keep);
      bufStart += pos;
      pos = 0;
      lim = keep;
      int n;
      do {
        n = in.read(buf, lim, buf.length - lim);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        return false;
      }
      lim += n;
    }
  }

  /** {@link #simpleRecord()}'s scan of the buffer: 1 a record read, 0 not a simple record, -1 the buffer ended first. */
  private int scanSimple() {
    final byte[] b = buf;
    final int l = lim;
    final byte d = delimiter;
    final int from = pos;
    int[] st = starts;
    int[] en = ends;
    int n = 0;
    int fs = from;
    boolean ctrl = false;
    for (int p = from; p < l; p++) {
      int c = b[p];
      if (c == d) {
        if (n == st.length - 1) {
          growFields();
          st = starts;
          en = ends;
        }
        st[n] = fs;
        en[n] = p;
        n++;
        fs = p + 1;
      } else if (c < 0x20 || c == 0x7F || c == QUOTE) {
        if (c == LF || c == CR) {
          int next = p + 1;
          if (c == CR) {
            if (next >= l || b[next] != LF) {
              return next >= l ? -1 : 0; // CRLF across the buffer's end, or a lone CR
            }
            next++;
          }
          if (p == from) {
            return 0; // an empty line
          }
          if (n == st.length - 1) {
            growFields();
            st = starts;
            en = ends;
          }
          st[n] = fs;
          en[n] = p;
          count = n + 1;
          recLen = 0;
          nonAscii = false;
          anyQuoted = false;
          problem = null;
          line = nextLine++;
          offset = bufStart + from;
          pos = next;
          data = b;
          control = ctrl;
          return 1;
        }
        if (c < 0 || c == QUOTE) {
          return 0;
        }
        ctrl = true;
      }
    }
    return -1; // the record goes on past the buffer
  }

  private void growFields() {
    int n = starts.length * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    fieldOffsets = Arrays.copyOf(fieldOffsets, n);
    quoted = Arrays.copyOf(quoted, n);
  }

  /** Reads one line's worth of record; false when it was an empty line. */
  private boolean readRecord() throws IOException {
    recLen = 0;
    count = 0;
    nonAscii = false;
    anyQuoted = false;
    problem = null;
    line = nextLine;
    offset = bufStart + pos;
    boolean any = false;
    int fieldStart = 0;
    byte[] b = buf;
    final byte d = delimiter;
    while (true) {
      // field start
      if (pos >= lim && !fill()) {
        fieldOffset = bufStart + pos;
        fieldQuoted = false;
        endField(fieldStart);
        return any || count > 1;
      }
      fieldOffset = bufStart + pos;
      fieldQuoted = b[pos] == QUOTE;
      anyQuoted |= fieldQuoted;
      if (b[pos] == QUOTE) {
        any = true;
        long quoteLine = nextLine;
        long quoteOffset = bufStart + pos;
        pos++;
        boolean closed = false;
        while (!closed) {
          if (pos >= lim && !fill()) {
            throw new CsvException(name + " line " + quoteLine + " (byte offset " + quoteOffset + "): the quoted field of column "
                + (count + 1) + " is never closed. Hint: a quote inside a quoted field is written twice (\"\"), and a field "
                + "with a quote in the middle must itself be quoted.", quoteLine, quoteOffset);
          }
          int c = b[pos++];
          if (c == QUOTE) {
            if (pos >= lim && !fill()) {
              closed = true;
            } else if (b[pos] == QUOTE) {
              append(QUOTE);
              pos++;
            } else {
              closed = true;
            }
          } else {
            if (c < 0) {
              nonAscii = true;
            } else if (c == LF) {
              nextLine++;
            } else if (c == CR) {
              if ((pos < lim || fill()) && b[pos] == LF) {
                append(c);
                c = b[pos++];
              }
              nextLine++;
            }
            append(c);
          }
        }
        // after the closing quote: delimiter, line end or end of file
        if (pos >= lim && !fill()) {
          endField(fieldStart);
          return true;
        }
        int c = b[pos];
        if (c != d && c != LF && c != CR) {
          if (problem == null) {
            problem = "text after the closing quote of a quoted field in column " + (count + 1);
          }
          // keep reading the rest as unquoted text of the same field
        } else if (c == d) {
          pos++;
          endField(fieldStart);
          fieldStart = recLen;
          continue;
        } else {
          endLine(c);
          endField(fieldStart);
          return true;
        }
      }
      // unquoted (rest of) field
      while (true) {
        if (pos >= lim) {
          if (!fill()) {
            endField(fieldStart);
            return any || count > 0;
          }
        }
        int p = pos;
        int l = lim;
        int n = recLen;
        byte[] r = rec;
        if (r.length - n < l - p) {
          rec = r = Arrays.copyOf(r, Math.max(r.length * 2, n + (l - p)));
        }
        int c = 0;
        boolean stop = false;
        while (p < l) {
          c = b[p];
          if (c == d || c == LF || c == CR) {
            stop = true;
            break;
          }
          if (c < 0) {
            nonAscii = true;
          } else if (c == QUOTE && problem == null) {
            problem = "a quote inside the unquoted field of column " + (count + 1) + " (quote the whole field and double the quote)";
          }
          r[n++] = (byte) c;
          p++;
        }
        if (n > recLen) {
          any = true;
        }
        recLen = n;
        pos = p;
        if (stop) {
          if (c == d) {
            any = true;
            pos++;
            endField(fieldStart);
            fieldStart = recLen;
            break; // next field
          }
          endLine(c);
          endField(fieldStart);
          return any || count > 1; // false: an empty line
        }
      }
    }
  }

  private void endLine(int c) throws IOException {
    pos++;
    if (c == CR && (pos < lim || fill()) && buf[pos] == LF) {
      pos++;
    }
    nextLine++;
  }

  private void checkUtf8() throws CsvException {
    int i = 0;
    while (i < recLen) {
      int c = rec[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        throw notUtf8(i, c);
      }
      if (i + need >= recLen) {
        throw notUtf8(i, c);
      }
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int cc = rec[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          throw notUtf8(i, c);
        }
        cp = cp << 6 | cc & 0x3F;
      }
      if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
        throw notUtf8(i, c);
      }
      i += need + 1;
    }
  }

  private CsvException notUtf8(int index, int b) {
    // the record buffer drops delimiters and quotes: find the field, then count from its first byte (exact
    // unless a doubled quote precedes the byte in the same quoted field)
    int k = 0;
    while (k + 1 < count && starts[k + 1] <= index) {
      k++;
    }
    long at = fieldOffsets[k] + (quoted[k] ? 1 : 0) + (index - starts[k]);
    return new CsvException(name + " line " + line + ", byte offset " + at + ": byte 0x" + String.format("%02X", b)
        + " is not UTF-8. Hint: save the export as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8 " + name + " > utf8.csv).", line, at);
  }

  /** The line on which the current record starts. */
  public long line() {
    return line;
  }

  /** The byte offset of the current record in the file. */
  public long offset() {
    return offset;
  }

  /** The number of fields of the current record. */
  public int size() {
    return count;
  }

  /** A problem of the current record's quoting, or null. */
  public String problem() {
    return problem;
  }

  /** Whether field {@code i} (which must exist) is blank (empty or whitespace only). */
  public boolean isBlank(int i) {
    int s = starts[i];
    int e = ends[i];
    for (int k = s; k < e; k++) {
      int c = data[k];
      if (c < 0 || !asciiSpace(c)) {
        return c < 0 && new String(data, s, e - s, StandardCharsets.UTF_8).isBlank();
      }
    }
    return true;
  }

  /** Field {@code i} stripped of leading and trailing white space ({@link String#strip()}); "" when absent. */
  public String text(int i) {
    if (i < 0 || i >= count) {
      return "";
    }
    int s = starts[i];
    int e = ends[i];
    while (s < e && data[s] >= 0 && asciiSpace(data[s])) {
      s++;
    }
    while (e > s && data[e - 1] >= 0 && asciiSpace(data[e - 1])) {
      e--;
    }
    if (!nonAscii) {
      return new String(data, s, e - s, StandardCharsets.ISO_8859_1);
    }
    return new String(data, s, e - s, StandardCharsets.UTF_8).strip();
  }

  /**
   * Field {@code i} stripped, through {@code cache} so that repeated values share one string; "" when absent.
   */
  public String text(int i, StringCache cache) {
    if (i < 0 || i >= count) {
      return "";
    }
    int s = starts[i];
    int e = ends[i];
    while (s < e && data[s] >= 0 && asciiSpace(data[s])) {
      s++;
    }
    while (e > s && data[e - 1] >= 0 && asciiSpace(data[e - 1])) {
      e--;
    }
    if (s == e) {
      return "";
    }
    return cache.get(data, s, e, nonAscii);
  }

  /** The raw bytes of the current record's fields (shared, valid until the next record). */
  byte[] bytes() {
    return data;
  }

  /** Start of field {@code i} in {@link #bytes()}. */
  int start(int i) {
    return starts[i];
  }

  /** End of field {@code i} in {@link #bytes()}. */
  int end(int i) {
    return ends[i];
  }

  /** Whether a field of the current record was quoted. */
  boolean anyQuoted() {
    return anyQuoted;
  }

  /**
   * Whether the current record may hold a control character (below 0x20 or 0x7F; tab included): false means
   * none of its fields holds one.
   */
  boolean control() {
    return control;
  }

  /** Whether the current record holds a byte above 0x7F. */
  boolean nonAscii() {
    return nonAscii;
  }

  /** White space as {@link Character#isWhitespace} says for ASCII. */
  static boolean asciiSpace(int c) {
    return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Shares one string per distinct byte sequence (up to a bound on distinct values, then plain decoding):
   * dimension values repeat, and one string each keeps both allocation and memory down. Not thread-safe.
   */
  public static final class StringCache {
    private static final int MAX = 1 << 16;
    private byte[][] keys = new byte[256][];
    private String[] values = new String[256];
    private String[] problems = new String[256];
    private int size;
    private final java.util.function.Function<String, String> check;
    /** The check's answer for the last value returned (null: fine). */
    String lastProblem;

    /** A cache without a check. */
    public StringCache() {
      this(v -> null);
    }

    /** A cache that runs {@code check} once per distinct value (its answer: a problem, or null). */
    public StringCache(java.util.function.Function<String, String> check) {
      this.check = check;
    }

    String get(byte[] b, int s, int e, boolean maybeNonAscii) {
      int h = 1;
      for (int k = s; k < e; k++) {
        h = 31 * h + b[k];
      }
      h ^= h >>> 16;
      int mask = keys.length - 1;
      int slot = h & mask;
      while (true) {
        byte[] key = keys[slot];
        if (key == null) {
          break;
        }
        if (Arrays.equals(key, 0, key.length, b, s, e)) {
          lastProblem = problems[slot];
          return values[slot];
        }
        slot = slot + 1 & mask;
      }
      String v = decode(b, s, e, maybeNonAscii);
      lastProblem = check.apply(v);
      if (size >= MAX) {
        return v;
      }
      keys[slot] = Arrays.copyOfRange(b, s, e);
      values[slot] = v;
      problems[slot] = lastProblem;
      if (++size * 2 > keys.length) {
        grow();
      }
      return v;
    }

    private static String decode(byte[] b, int s, int e, boolean maybeNonAscii) {
      if (maybeNonAscii) {
        for (int k = s; k < e; k++) {
          if (b[k] < 0) {
            return new String(b, s, e - s, StandardCharsets.UTF_8).strip();
          }
        }
      }
      return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }

    private void grow() {
      byte[][] ok = keys;
      String[] ov = values;
      String[] op = problems;
      keys = new byte[ok.length * 2][];
      values = new String[ok.length * 2];
      problems = new String[ok.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != null) {
          int h = 1;
          for (byte x : ok[i]) {
            h = 31 * h + x;
          }
          h ^= h >>> 16;
          int slot = h & mask;
          while (keys[slot] != null) {
            slot = slot + 1 & mask;
          }
          keys[slot] = ok[i];
          values[slot] = ov[i];
          problems[slot] = op[i];
        }
      }
    }
  }
}
