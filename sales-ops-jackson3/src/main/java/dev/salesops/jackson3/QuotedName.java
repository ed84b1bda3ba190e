package dev.salesops.jackson3;

import tools.jackson.core.SerializableString;
import dev.salesops.core.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A member name escaped as {@link JsonWriter#quote} escapes it (for the rare names holding control characters). */
final class QuotedName implements SerializableString {
  private final String value;
  private final char[] quoted;
  private final byte[] quotedUtf8;
  private final byte[] utf8;

  QuotedName(String value) {
    this.value = value;
    StringBuilder sb = new StringBuilder(value.length() + 8);
    JsonWriter.quote(value, sb);
    String q = sb.substring(1, sb.length() - 1);
    this.quoted = q.toCharArray();
    this.quotedUtf8 = q.getBytes(StandardCharsets.UTF_8);
    this.utf8 = value.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String getValue() {
    return value;
  }

  @Override
  public int charLength() {
    return value.length();
  }

  @Override
  public char[] asQuotedChars() {
    return quoted.clone();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return utf8.clone();
  }

  @Override
  public byte[] asQuotedUTF8() {
    return quotedUtf8.clone();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return copy(quotedUtf8, buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    if (offset + quoted.length > buffer.length) {
      return -1;
    }
    System.arraycopy(quoted, 0, buffer, offset, quoted.length);
    return quoted.length;
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    return copy(utf8, buffer, offset);
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    if (offset + value.length() > buffer.length) {
      return -1;
    }
    value.getChars(0, value.length(), buffer, offset);
    return value.length();
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    out.write(quotedUtf8);
    return quotedUtf8.length;
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(utf8);
    return utf8.length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    if (buffer.remaining() < quotedUtf8.length) {
      return -1;
    }
    buffer.put(quotedUtf8);
    return quotedUtf8.length;
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (buffer.remaining() < utf8.length) {
      return -1;
    }
    buffer.put(utf8);
    return utf8.length;
  }

  private static int copy(byte[] from, byte[] buffer, int offset) {
    if (offset + from.length > buffer.length) {
      return -1;
    }
    System.arraycopy(from, 0, buffer, offset, from.length);
    return from.length;
  }

  @Override
  public String toString() {
    return value;
  }
}
