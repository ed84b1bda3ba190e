package dev.salesops.core.testing;

import dev.salesops.core.accumulate.PortableStateException;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Seeded fuzzing of a portable-state decoder: mutates valid bytes (bit flips, byte replacements, truncation,
 * extension, a newer version, random bytes) and asserts that decoding either succeeds or throws {@link
 * PortableStateException} — nothing else. Half of the mutants get a recomputed checksum, so that the structural
 * checks behind the checksum are exercised too. On failure the seed and the mutation are reported.
 */
public final class PortableFuzz {
  private PortableFuzz() {}

  /** Runs {@code trials} mutants of {@code valid} through {@code decode}. */
  public static void check(long seed, int trials, byte[] valid, Consumer<byte[]> decode) {
    Random random = new Random(seed);
    for (int t = 0; t < trials; t++) {
      long caseSeed = random.nextLong();
      Random r = new Random(caseSeed);
      byte[] b = valid.clone();
      String what;
      switch (r.nextInt(6)) {
        case 0 -> {
          int n = 1 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            int at = r.nextInt(b.length);
            b[at] ^= (byte) (1 << r.nextInt(8));
          }
          what = "flip " + n + " bits";
        }
        case 1 -> {
          int at = r.nextInt(b.length);
          b[at] = (byte) r.nextInt(256);
          what = "replace byte " + at;
        }
        case 2 -> {
          int len = r.nextInt(b.length);
          b = Arrays.copyOf(b, len);
          what = "truncate to " + len;
        }
        case 3 -> {
          int extra = 1 + r.nextInt(16);
          byte[] e = Arrays.copyOf(b, b.length + extra);
          for (int i = b.length; i < e.length; i++) {
            e[i] = (byte) r.nextInt(256);
          }
          b = e;
          what = "extend by " + extra;
        }
        case 4 -> {
          // a payload byte set to 0xFF (long varints, huge lengths)
          int at = 14 + r.nextInt(Math.max(1, b.length - 18));
          if (at < b.length) {
            b[at] = (byte) 0xFF;
          }
          what = "0xFF at " + at;
        }
        default -> {
          b = new byte[r.nextInt(64)];
          r.nextBytes(b);
          if (b.length > 4 && r.nextBoolean()) {
            System.arraycopy(valid, 0, b, 0, Math.min(14, b.length));
          }
          what = "random " + b.length + " bytes";
        }
      }
      boolean fixCrc = r.nextBoolean() && b.length >= 18;
      if (fixCrc) {
        rechecksum(b);
        what += " (checksum recomputed)";
      }
      try {
        decode.accept(b);
      } catch (PortableStateException expected) {
        // the documented refusal
      } catch (RuntimeException | Error e) {
        throw new AssertionError("decoder threw " + e + " for mutant seed " + caseSeed + " (fuzz seed " + seed + "): " + what, e);
      }
    }
  }

  /** Recomputes the CRC-32C trailer of {@code b} in place. */
  public static void rechecksum(byte[] b) {
    CRC32C crc = new CRC32C();
    crc.update(b, 0, b.length - 4);
    long c = crc.getValue();
    for (int i = 0; i < 4; i++) {
      b[b.length - 4 + i] = (byte) (c >>> (24 - 8 * i));
    }
  }

  /** Asserts equal bytes, naming the first difference instead of printing both arrays. */
  public static void assertSameBytes(byte[] actual, byte[] expected, String what) {
    if (Arrays.equals(actual, expected)) {
      return;
    }
    int i = Arrays.mismatch(actual, expected);
    throw new AssertionError(what + ": bytes differ at offset " + i + " (lengths " + actual.length + " and " + expected.length + ")");
  }
}
