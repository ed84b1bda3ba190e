package dev.salesops.cli.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exact set of byte strings (the ids of an export, for duplicate detection) kept compact: the bytes in
 * 64 KiB chunks, an open-addressing table of 32-bit hashes and 32-bit positions. About {@code 10 + id length}
 * bytes per id instead of a {@code HashSet<String>}'s 80 or so. Not thread-safe.
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
  private int[] hashes = new int[1024];
  /** Position + 1 of each entry (0 = empty slot): chunk index << CHUNK_BITS | offset. */
  private int[] positions = new int[1024];
  private int size;

  /** Adds bytes {@code [s, e)}; false when they were already in the set. */
  boolean add(byte[] b, int s, int e) {
    int len = e - s;
    if (len > 255) {
      // long ids are rare: store a length-prefixed copy all the same, in its own chunk when needed
      return addLong(b, s, e);
    }
    int h = hash(b, s, e);
    int mask = hashes.length - 1;
    int slot = h & mask;
    while (positions[slot] != 0) {
      if (hashes[slot] == h && equalsAt(positions[slot] - 1, b, s, e)) {
        return false;
      }
      slot = slot + 1 & mask;
    }
    int pos = store(b, s, e);
    hashes[slot] = h;
    positions[slot] = pos + 1;
    if (++size * 2 > hashes.length) {
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

  private void grow() {
    int[] oh = hashes;
    int[] op = positions;
    hashes = new int[oh.length * 2];
    positions = new int[op.length * 2];
    int mask = hashes.length - 1;
    for (int i = 0; i < oh.length; i++) {
      if (op[i] != 0) {
        int slot = oh[i] & mask;
        while (positions[slot] != 0) {
          slot = slot + 1 & mask;
        }
        hashes[slot] = oh[i];
        positions[slot] = op[i];
      }
    }
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
    int mask = hashes.length - 1;
    for (int i = 0; i < other.positions.length; i++) {
      if (other.positions[i] == 0) {
        continue;
      }
      int pos = other.positions[i] - 1;
      byte[] c = other.chunks.get(pos >>> CHUNK_BITS);
      int at = pos & CHUNK - 1;
      int s = at + 1;
      int e = s + (c[at] & 0xFF);
      int h = other.hashes[i];
      int slot = h & mask;
      while (positions[slot] != 0) {
        if (hashes[slot] == h && equalsAt(positions[slot] - 1, c, s, e)) {
          return true;
        }
        slot = slot + 1 & mask;
      }
    }
    return false;
  }
}
