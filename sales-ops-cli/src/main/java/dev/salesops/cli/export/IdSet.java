package dev.salesops.cli.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exact set of byte strings (the ids of an export, for duplicate detection) kept compact: the bytes in
 * 64 KiB chunks, an open-addressing table of 32-bit hashes and 32-bit positions, interleaved so that a probe reads
 * one cache line (the table of a million ids is far larger than the caches: one miss per id, not two). About {@code
 * 10 + id length} bytes per id instead of a {@code HashSet<String>}'s 80 or so. Not thread-safe.
 */
final class IdSet {
  /**
   * 64 KiB chunks: a new chunk is then an everyday event of the first rows already, so the JIT's profile of the
   * hot path has seen it (with 1 MiB chunks the first new chunk came after the C2 compile of the fast lane and
   * threw it away: seconds back in slow code).
   */
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] current;
  private int used;
  /**
   * Slot {@code k} is {@code table[2k]} (the hash) and {@code table[2k + 1]} (position + 1 of the entry, 0 = empty
   * slot: chunk index << CHUNK_BITS | offset).
   */
  private int[] table = new int[2 * 1024];
  private int size;

  /** Adds bytes {@code [s, e)}; false when they were already in the set. */
  boolean add(byte[] b, int s, int e) {
    int len = e - s;
    if (len > 255) {
      // long ids are rare: store a length-prefixed copy all the same, in its own chunk when needed
      return addLong(b, s, e);
    }
    int h = hash(b, s, e);
    int[] t = table;
    int mask = t.length - 2;
    int at = h << 1 & mask;
    int p;
    while ((p = t[at + 1]) != 0) {
      if (t[at] == h && equalsAt(p - 1, b, s, e)) {
        return false;
      }
      at = at + 2 & mask;
    }
    int pos = store(b, s, e);
    t[at] = h;
    t[at + 1] = pos + 1;
    if (++size * 4 > t.length) {
      grow();
    }
    return true;
  }

  private boolean addLong(byte[] b, int s, int e) {
    // split into a hash-keyed list of full copies (never more than a few)
    for (byte[] l : longIds) {
      if (Arrays.equals(l, 0, l.length, b, s, e)) {
        return false;
      }
    }
    longIds.add(Arrays.copyOfRange(b, s, e));
    return true;
  }

  private final List<byte[]> longIds = new ArrayList<>();

  /** The number of ids. */
  int size() {
    return size + longIds.size();
  }

  private static int hash(byte[] b, int s, int e) {
    int h = 0x811C9DC5;
    for (int k = s; k < e; k++) {
      h = (h ^ b[k]) * 0x01000193;
    }
    return h ^ h >>> 15;
  }

  private int store(byte[] b, int s, int e) {
    int len = e - s;
    if (current == null || used + len + 1 > CHUNK) {
      current = new byte[CHUNK];
      chunks.add(current);
      used = 0;
    }
    int pos = (chunks.size() - 1) << CHUNK_BITS | used;
    current[used] = (byte) len;
    System.arraycopy(b, s, current, used + 1, len);
    used += len + 1;
    return pos;
  }

  private boolean equalsAt(int pos, byte[] b, int s, int e) {
    byte[] c = chunks.get(pos >>> CHUNK_BITS);
    int at = pos & CHUNK - 1;
    int len = c[at] & 0xFF;
    return len == e - s && Arrays.equals(c, at + 1, at + 1 + len, b, s, e);
  }

  /** Doubles the table (kept at most half full). */
  private void grow() {
    resize(table.length);
  }

  /** The most slots {@link #expect} makes room for at once (the table of 4 M ids, 64 MiB); past it the table grows. */
  private static final int MAX_EXPECTED_SLOTS = 1 << 23;

  /**
   * Makes room for about {@code n} ids in all, so that the table need not grow (and rehash) on the way: a reader
   * estimates {@code n} from the bytes of its first rows. An estimate only: more ids still fit (the table grows as
   * usual), and at most room for 4 M ids is made at once.
   */
  void expect(long n) {
    long slots = 2 * Math.max(1, n);
    if (slots > MAX_EXPECTED_SLOTS) {
      slots = MAX_EXPECTED_SLOTS;
    }
    int target = Integer.highestOneBit((int) slots - 1) << 1;
    if (target > table.length / 2) {
      resize(target);
    }
  }

  /** Rehashes into a table of {@code slots} slots (a power of two, more than twice the size). */
  private void resize(int slots) {
    int[] old = table;
    int[] t = new int[2 * slots];
    int mask = t.length - 2;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int at = old[i] << 1 & mask;
        while (t[at + 1] != 0) {
          at = at + 2 & mask;
        }
        t[at] = old[i];
        t[at + 1] = old[i + 1];
      }
    }
    table = t;
  }

  /** Whether this set holds any id of {@code other}. */
  boolean intersects(IdSet other) {
    for (byte[] l : other.longIds) {
      for (byte[] m : longIds) {
        if (Arrays.equals(l, m)) {
          return true;
        }
      }
    }
    int[] t = table;
    int[] o = other.table;
    int mask = t.length - 2;
    for (int i = 0; i < o.length; i += 2) {
      if (o[i + 1] == 0) {
        continue;
      }
      int pos = o[i + 1] - 1;
      byte[] c = other.chunks.get(pos >>> CHUNK_BITS);
      int off = pos & CHUNK - 1;
      int s = off + 1;
      int e = s + (c[off] & 0xFF);
      int h = o[i];
      int at = h << 1 & mask;
      int p;
      while ((p = t[at + 1]) != 0) {
        if (t[at] == h && equalsAt(p - 1, c, s, e)) {
          return true;
        }
        at = at + 2 & mask;
      }
    }
    return false;
  }
}
