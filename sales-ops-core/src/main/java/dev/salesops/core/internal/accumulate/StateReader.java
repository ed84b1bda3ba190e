package dev.salesops.core.internal.accumulate;

import dev.salesops.core.accumulate.PortableStateException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * Reads one portable partial state written by {@link StateWriter}. {@link #open} checks the whole envelope
 * before any payload is read: length, magic, version (newer versions are refused), kind, configuration
 * fingerprint and checksum. Every read is bounds-checked and every length is checked against the bytes left
 * before anything is allocated (an element takes at least one byte, so no allocation exceeds a small multiple
 * of the input). Any problem is a {@link PortableStateException}; nothing else is thrown for bad bytes.
 *
 * <p><b>Not thread-safe</b>: one reader per decoding.
 */
public final class StateReader {
  private final byte[] bytes;
  private final int end;
  private int pos;

  private StateReader(byte[] bytes) {
    this.bytes = bytes;
    this.end = bytes.length - StateWriter.TRAILER;
    this.pos = StateWriter.HEADER;
  }

  /**
   * Opens {@code bytes} as a state of {@code kind} for the configuration with {@code fingerprint}.
   *
   * @throws PortableStateException when the bytes are too short, not this format, of a newer version, of
   *     another kind, of another configuration, or corrupt (checksum)
   */
  public static StateReader open(byte[] bytes, PortableStateKind kind, long fingerprint) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(kind, "kind");
    if (bytes.length < StateWriter.HEADER + StateWriter.TRAILER) {
      throw new PortableStateException(-1, "is truncated: " + bytes.length + " bytes, a state has at least "
          + (StateWriter.HEADER + StateWriter.TRAILER));
    }
    for (int i = 0; i < 4; i++) {
      if (bytes[i] != StateWriter.MAGIC[i]) {
        throw new PortableStateException(i, "is not a sales-ops portable state (magic \"SOPS\" expected)");
      }
    }
    int version = bytes[4] & 0xff;
    if (version > StateWriter.VERSION) {
      throw new PortableStateException(4, "has format version " + version + ", newer than the newest this library reads ("
          + StateWriter.VERSION + ")");
    }
    if (version < 1) {
      throw new PortableStateException(4, "has an invalid format version " + version);
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - StateWriter.TRAILER);
    long expected = crc.getValue();
    long actual = 0;
    for (int i = bytes.length - StateWriter.TRAILER; i < bytes.length; i++) {
      actual = actual << 8 | bytes[i] & 0xff;
    }
    if (expected != actual) {
      throw new PortableStateException(bytes.length - StateWriter.TRAILER, "is corrupt or truncated (checksum mismatch)");
    }
    int k = bytes[5] & 0xff;
    if (k != kind.id()) {
      throw new PortableStateException(5, "is of kind " + k + ", not " + kind + " (" + kind.id() + ")");
    }
    long fp = 0;
    for (int i = 6; i < 14; i++) {
      fp = fp << 8 | bytes[i] & 0xff;
    }
    if (fp != fingerprint) {
      throw new PortableStateException(6, "was encoded for another configuration than the one given (fingerprint "
          + Long.toHexString(fp) + ", expected " + Long.toHexString(fingerprint) + ")");
    }
    return new StateReader(bytes);
  }

  /** A refusal at the current position. */
  public PortableStateException fail(String rule) {
    return new PortableStateException(pos, Objects.requireNonNull(rule, "rule"));
  }

  /** How many payload bytes are left. */
  public int remaining() {
    return end - pos;
  }

  /** Reads one unsigned byte. */
  public int readByte() {
    if (pos >= end) {
      throw fail("is truncated");
    }
    return bytes[pos++] & 0xff;
  }

  /** Reads an unsigned varint as 64 bits. */
  public long readUnsigned() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      if (shift == 63 && (b & 0xFE) != 0) {
        throw fail("has a varint longer than 64 bits");
      }
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw fail("has a varint longer than 10 bytes");
  }

  /** Reads a non-negative count (refused when the 64 bits are negative). */
  public long readCount() {
    long v = readUnsigned();
    if (v < 0) {
      throw fail("has a count beyond the long range");
    }
    return v;
  }

  /** Reads a zigzag varint. */
  public long readSigned() {
    long z = readUnsigned();
    return (z >>> 1) ^ -(z & 1);
  }

  /**
   * Reads the number of elements that follow, each taking at least {@code minBytesEach} bytes: refused when
   * the bytes left cannot hold them or it exceeds {@code max}. Safe to allocate from.
   */
  public int readLength(int minBytesEach, int max) {
    int at = pos;
    long n = readCount();
    if (n > max) {
      throw new PortableStateException(at, "has a length " + n + " above the maximum " + max);
    }
    if (n * Math.max(1, minBytesEach) > remaining()) {
      throw new PortableStateException(at, "is truncated: a length of " + n + " does not fit in the " + remaining() + " bytes left");
    }
    return (int) n;
  }

  /** Reads a length-prefixed blob. */
  public byte[] readBlob() {
    int n = readLength(1, Integer.MAX_VALUE);
    byte[] out = Arrays.copyOfRange(bytes, pos, pos + n);
    pos += n;
    return out;
  }

  /** Reads a length-prefixed UTF-8 string (malformed UTF-8 is refused). */
  public String readString() {
    int at = pos;
    int n = readLength(1, Integer.MAX_VALUE);
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, pos, n)).toString();
      pos += n;
      return s;
    } catch (CharacterCodingException e) {
      throw new PortableStateException(at, "has a string that is not valid UTF-8");
    }
  }

  /** Reads a currency (3 ASCII letters and the decimal places), refusing unknown codes or other decimals. */
  public CurrencyUnit readCurrency() {
    int at = pos;
    char[] code = new char[3];
    for (int i = 0; i < 3; i++) {
      int b = readByte();
      if (b < 'A' || b > 'Z') {
        throw new PortableStateException(at, "has an invalid currency code");
      }
      code[i] = (char) b;
    }
    int decimals = readByte();
    CurrencyUnit c;
    try {
      c = CurrencyUnit.of(new String(code));
    } catch (IllegalCurrencyException e) {
      throw new PortableStateException(at, "has a currency unknown to this JVM: " + new String(code));
    }
    if (Math.max(0, c.getDecimalPlaces()) != decimals) {
      throw new PortableStateException(at, "has currency " + c + " with " + decimals + " decimal places, this JVM has "
          + c.getDecimalPlaces());
    }
    return c;
  }

  /** Checks that the payload was read to its end. */
  public void end() {
    if (pos != end) {
      throw fail("has " + (end - pos) + " unread bytes after its payload");
    }
  }

  @Override
  public String toString() {
    return "StateReader{at " + pos + " of " + end + "}";
  }
}
