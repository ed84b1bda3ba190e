package dev.salesops.scoring.predictive;

import java.util.Arrays;

/**
 * Dense int ids for strings (0, 1, 2, ... in order of first {@link #add}): an open-addressing table with linear
 * probing, used on the hot paths instead of {@code HashMap<String, ...>} (no node per entry, no boxing). The
 * {@code null} key is not allowed.
 *
 * <p><b>Not thread-safe</b> while {@link #add} is called; read-only use after construction is safe once the
 * instance is safely published (the model builds its tables in its constructor and never changes them).
 */
final class StringIds {
  private String[] keys;
  private int[] hashes;
  private int[] ids;
  private String[] names;
  private int size;
  private int mask;

  StringIds() {
    this(8);
  }

  StringIds(int expected) {
    int cap = 16;
    while (cap < expected * 2) {
      cap <<= 1;
    }
    keys = new String[cap];
    hashes = new int[cap];
    ids = new int[cap];
    names = new String[Math.max(4, expected)];
    mask = cap - 1;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /** The id of {@code key}, or -1 when it was never added. */
  int get(String key) {
    int h = key.hashCode();
    int i = spread(h) & mask;
    String[] ks = keys;
    while (true) {
      String k = ks[i];
      if (k == null) {
        return -1;
      }
      if (k == key || (hashes[i] == h && k.equals(key))) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * The id of the string held in {@code buf[off, off + len)} whose {@link String#hashCode()} is {@code hash}, or -1
   * when it was never added (no string is created).
   */
  int get(char[] buf, int off, int len, int hash) {
    int i = spread(hash) & mask;
    String[] ks = keys;
    while (true) {
      String k = ks[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == hash && sameChars(k, buf, off, len)) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
  }

  /** The id of the string held in {@code buf[off, off + len)} (hash {@code hash}), adding it when new. */
  int add(char[] buf, int off, int len, int hash) {
    int id = get(buf, off, len, hash);
    return id >= 0 ? id : add(new String(buf, off, len));
  }

  private static boolean sameChars(String k, char[] buf, int off, int len) {
    if (k.length() != len) {
      return false;
    }
    for (int j = 0; j < len; j++) {
      if (k.charAt(j) != buf[off + j]) {
        return false;
      }
    }
    return true;
  }

  /** The id of {@code key}, adding it when new. */
  int add(String key) {
    int h = key.hashCode();
    int i = spread(h) & mask;
    while (true) {
      String k = keys[i];
      if (k == null) {
        break;
      }
      if (k == key || (hashes[i] == h && k.equals(key))) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
    int id = size++;
    keys[i] = key;
    hashes[i] = h;
    ids[i] = id;
    if (id == names.length) {
      names = Arrays.copyOf(names, id * 2);
    }
    names[id] = key;
    if (size * 2 > keys.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldIds = ids;
    int cap = oldKeys.length * 2;
    keys = new String[cap];
    hashes = new int[cap];
    ids = new int[cap];
    mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = spread(oldHashes[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        ids[i] = oldIds[j];
      }
    }
  }

  /** The string of {@code id}. */
  String name(int id) {
    return names[id];
  }

  /** How many strings have ids. */
  int size() {
    return size;
  }
}
