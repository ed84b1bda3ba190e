package dev.salesops.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  record Rec(long line, List<String> fields, String problem) {}

  static List<Rec> read(byte[] bytes) throws IOException {
    List<Rec> out = new ArrayList<>();
    try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), "x.csv", ',')) {
      while (r.next()) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          f.add(r.text(i));
        }
        out.add(new Rec(r.line(), f, r.problem()));
      }
    }
    return out;
  }

  static List<Rec> read(String s) throws IOException {
    return read(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void crlfQuotesQuotedLineBreaksBomAndEmptyLines() throws IOException {
    List<Rec> recs = read("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n\r\n2,\"two\nlines\",\r\n3,é ,\"\"\n4\r5,,");
    assertThat(recs).extracting(Rec::line).containsExactly(1L, 2L, 4L, 6L, 7L, 8L);
    assertThat(recs.get(0).fields()).containsExactly("a", "b", "c");
    assertThat(recs.get(1).fields()).containsExactly("1", "x, \"y\"", "3");
    assertThat(recs.get(2).fields()).containsExactly("2", "two\nlines", "");
    assertThat(recs.get(3).fields()).containsExactly("3", "é", "");
    assertThat(recs.get(4).fields()).containsExactly("4");
    assertThat(recs.get(5).fields()).containsExactly("5", "", "");
    assertThat(recs).extracting(Rec::problem).containsOnlyNulls();
  }

  @Test
  void strayQuotesAreProblemsOfTheirRecord() throws IOException {
    List<Rec> recs = read("a,b\n1,x\"y\n2,\"q\"z\n3,ok\n");
    assertThat(recs.get(1).problem()).contains("quote inside the unquoted field of column 2");
    assertThat(recs.get(2).problem()).contains("text after the closing quote").contains("column 2");
    assertThat(recs.get(2).fields()).containsExactly("2", "qz");
    assertThat(recs.get(3).problem()).isNull();
  }

  @Test
  void anUnclosedQuoteNamesTheLineAndGivesAHint() {
    assertThatThrownBy(() -> read("a,b\n1,2\n3,\"never\nclosed\n4,5\n"))
        .isInstanceOf(CsvReader.CsvException.class)
        .hasMessageContaining("x.csv line 3 (byte offset 10)")
        .hasMessageContaining("column 2 is never closed")
        .hasMessageContaining("Hint");
  }

  @Test
  void aByteThatIsNotUtf8NamesLineAndByteOffset() {
    byte[] head = "a,b\n1,2\n3,".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // é in WINDOWS-1252
    bytes[head.length + 1] = '\n';
    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(CsvReader.CsvException.class)
        .hasMessageContaining("x.csv line 3, byte offset 10: byte 0xE9 is not UTF-8")
        .hasMessageContaining("iconv");
  }

  @Test
  void recordsAcrossBufferBoundariesAreWhole() throws IOException {
    StringBuilder b = new StringBuilder("id,text\n");
    for (int i = 0; i < 20_000; i++) {
      b.append(i).append(",\"v").append(i).append("\nx\"\r\n");
    }
    List<Rec> recs = read(b.toString());
    assertThat(recs).hasSize(20_001);
    assertThat(recs.get(12_345).fields()).containsExactly("12344", "v12344\nx");
    assertThat(recs.get(12_345).line()).isEqualTo(2 + 2 * 12_344);
  }
}
