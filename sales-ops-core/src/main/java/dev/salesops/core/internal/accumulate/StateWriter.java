package dev.salesops.core.internal.accumulate;

import dev.salesops.core.accumulate.PortableStateException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.joda.money.CurrencyUnit;

/**
 * Writes one portable partial state: the header, a kind-specific payload, and a checksum. The layout
 * (documented in {@code docs/ARCHITECTURE.md}, "Portable partial results"):
 *
 * <pre>
 * offset  size  field
 * 0       4     magic "SOPS" (0x53 0x4F 0x50 0x53)
 * 4       1     format version ({@link #VERSION})
 * 5       1     kind ({@link PortableStateKind#id()})
 * 6       8     configuration fingerprint (FNV-1a 64 of the canonical configuration text), big-endian
 * 14      n     payload
 * 14+n    4     CRC-32C of bytes [0, 14+n), big-endian
 * </pre>
 *
 * <p>Payload primitives: unsigned counts as LEB128 varints (little-endian base 128, at most 10 bytes), signed
 * amounts as zigzag varints, strings as a varint byte length and UTF-8, money as its currency (3 ASCII bytes and
 * one byte of decimal places) followed by amounts in minor units, blobs as a varint length and the bytes.
 *
 * <p><b>Not thread-safe</b>: one writer per encoding.
 */
public final class StateWriter {
  /** The magic bytes "SOPS". */
  static final byte[] MAGIC = {'S', 'O', 'P', 'S'};
  /** The format version this library writes and the newest it reads. */
  public static final int VERSION = 1;
  /** Header size in bytes. */
  static final int HEADER = 14;
  /** Trailer (checksum) size in bytes. */
  static final int TRAILER = 4;

  private byte[] buf = new byte[64];
  private int size;
  private boolean done;

  /** A writer of a state of {@code kind} for the configuration with {@code fingerprint}; writes the header. */
  public StateWriter(PortableStateKind kind, long fingerprint) {
    Objects.requireNonNull(kind, "kind");
    for (byte b : MAGIC) {
      writeByte(b);
    }
    writeByte(VERSION);
    writeByte(kind.id());
    for (int shift = 56; shift >= 0; shift -= 8) {
      writeByte((int) (fingerprint >>> shift));
    }
  }

  /**
   * The fingerprint of a configuration written as canonical text: 64-bit FNV-1a over its UTF-8 bytes. Equal
   * texts give equal fingerprints on every JVM.
   */
  public static long fingerprint(String canonicalConfiguration) {
    Objects.requireNonNull(canonicalConfiguration, "canonicalConfiguration");
    long h = 0xcbf29ce484222325L;
    for (byte b : canonicalConfiguration.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private void ensure(int extra) {
    if (done) {
      throw new IllegalStateException("the state was already finished");
    }
    if (size + extra > buf.length) {
      long want = Math.max((long) buf.length * 2, (long) size + extra);
      if (want > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("portable state larger than 2 GB");
      }
      buf = Arrays.copyOf(buf, (int) want);
    }
  }

  /** Writes the low 8 bits of {@code b}. */
  public StateWriter writeByte(int b) {
    ensure(1);
    buf[size++] = (byte) b;
    return this;
  }

  /** Writes a non-negative count as an unsigned varint. */
  public StateWriter writeCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return writeUnsigned(count);
  }

  /** Writes the 64 bits of {@code v} as an unsigned varint (1 to 10 bytes). */
  public StateWriter writeUnsigned(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
    return this;
  }

  /** Writes a signed value as a zigzag varint (small magnitudes are short). */
  public StateWriter writeSigned(long v) {
    return writeUnsigned((v << 1) ^ (v >> 63));
  }

  /** Writes a string as its UTF-8 byte length (varint) and bytes. */
  public StateWriter writeString(String s) {
    Objects.requireNonNull(s, "s");
    return writeBlob(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a blob as its length (varint) and bytes. */
  public StateWriter writeBlob(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    writeCount(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /** Writes a currency: its 3-letter code in ASCII and its decimal places (one byte). */
  public StateWriter writeCurrency(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    String code = currency.getCode();
    for (int i = 0; i < 3; i++) {
      writeByte(code.charAt(i));
    }
    return writeByte(Math.max(0, currency.getDecimalPlaces()));
  }

  /** Appends the checksum and returns the bytes; the writer cannot be used afterwards. */
  public byte[] toByteArray() {
    CRC32C crc = new CRC32C();
    crc.update(buf, 0, size);
    long c = crc.getValue();
    ensure(TRAILER);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buf[size++] = (byte) (c >>> shift);
    }
    done = true;
    return Arrays.copyOf(buf, size);
  }

  @Override
  public String toString() {
    return "StateWriter{" + size + " bytes}";
  }
}
