package dev.salesops.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test (seeded; the seed is in every failure message): the reader's copy-free path for common records
 * ({@code simpleRecord}) reads every record exactly as the general path does (fields, line, offset, problem,
 * quoting, non-ASCII flag, the same exception), on random bytes rich in delimiters, quotes, CR, LF, tabs, control
 * characters, white space and UTF-8, read whole and in small odd chunks (records across buffer ends); and a record
 * it says holds no control character holds none.
 */
class CsvReaderSimpleRecordTest {

  private static final String[] PIECES = {",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "\"\"", "\t", " ", "  ", "\u0001", "\u007F",
      "é", "\u4E2D", "a", "bc", "O00012", "2024-01-31", "123.45", "Won", "x", ";", "\uFEFF"};

  @Test
  void theCopyFreePathReadsEveryRecordAsTheGeneralPath() throws IOException {
    for (long seed = 1; seed <= 400; seed++) {
      Random rnd = new Random(seed);
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(seed % 10 == 0 ? 20_000 : 300);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      if (rnd.nextInt(8) == 0 && bytes.length > 4) {
        bytes[rnd.nextInt(bytes.length)] = (byte) 0xC3; // maybe not UTF-8
      }
      char delimiter = rnd.nextInt(5) == 0 ? ';' : rnd.nextInt(8) == 0 ? '\t' : ',';
      int chunk = rnd.nextBoolean() ? Integer.MAX_VALUE : 1 + rnd.nextInt(97);
      String what = "seed " + seed + ", delimiter " + (int) delimiter + ", chunk " + chunk;
      assertThat(records(bytes, delimiter, chunk, true)).as(what).isEqualTo(records(bytes, delimiter, chunk, false));
    }
  }

  @Test
  void longFilesOfCleanRowsAcrossManyBuffers() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      Random rnd = new Random(seed);
      StringBuilder b = new StringBuilder("Id,Stage,Amount\n");
      for (int i = 0; i < 20_000; i++) {
        b.append('O').append(i).append(',').append(rnd.nextBoolean() ? "Won" : " Lost ").append(',').append(rnd.nextInt(100_000))
            .append(rnd.nextInt(50) == 0 ? "\r\n" : "\n");
        if (rnd.nextInt(500) == 0) {
          b.append('\n'); // an empty line
        }
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(records(bytes, ',', Integer.MAX_VALUE, true)).as("seed " + seed).isEqualTo(records(bytes, ',', Integer.MAX_VALUE, false));
    }
  }

  /** What the reader reads, record by record, then the exception's message if any. */
  private static List<String> records(byte[] bytes, char delimiter, int chunk, boolean simple) throws IOException {
    List<String> out = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
    CsvReader r = new CsvReader(in, "x.csv", delimiter);
    if (!simple) {
      r.generalOnly();
    }
    try {
      while (r.next()) {
        StringBuilder s = new StringBuilder();
        s.append(r.line()).append('@').append(r.offset()).append(" n=").append(r.size()).append(" p=").append(r.problem())
            .append(" q=").append(r.anyQuoted()).append(" u=").append(r.nonAscii());
        boolean anyControl = false;
        for (int i = 0; i < r.size(); i++) {
          s.append(" [").append(r.text(i)).append('|').append(r.isBlank(i)).append('|')
              .append(new String(r.bytes(), r.start(i), r.end(i) - r.start(i), StandardCharsets.ISO_8859_1)).append(']');
          for (int k = r.start(i); k < r.end(i); k++) {
            anyControl |= r.bytes()[k] >= 0 && r.bytes()[k] < 0x20 || r.bytes()[k] == 0x7F;
          }
        }
        if (anyControl) {
          assertThat(r.control()).as("control flag of " + s).isTrue();
        }
        out.add(s.toString());
      }
    } catch (CsvReader.CsvException e) {
      out.add("exception: " + e.getMessage() + " " + e.line() + " " + e.offset());
    }
    return out;
  }
}
