package dev.salesops.cli.export;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The dimension values of one row as an immutable map over two arrays: the names (shared by every row of a
 * read) and the values (null = absent). Cheaper than a copied hash map per row; iteration follows the names'
 * order. Immutable once handed out.
 */
public final class DimensionValues extends AbstractMap<String, String> {
  /** Slots of the standard dimensions, in every read: owner, account, product, team, region, channel, source, segment; extra dimensions follow. */
  public static final int OWNER = 0, ACCOUNT = 1, PRODUCT = 2, TEAM = 3, REGION = 4, CHANNEL = 5, SOURCE = 6, SEGMENT = 7, STANDARD = 8;

  private final String[] names;
  private final String[] values;
  private final int size;

  DimensionValues(String[] names, String[] values) {
    this.names = names;
    this.values = values;
    int n = 0;
    for (String v : values) {
      if (v != null) {
        n++;
      }
    }
    this.size = n;
  }

  /** The value in {@code slot} (see the constants), or null. */
  public String slot(int slot) {
    return values[slot];
  }

  /** The number of slots. */
  public int slots() {
    return values.length;
  }

  /** The dimension name of {@code slot}. */
  public String name(int slot) {
    return names[slot];
  }

  @Override
  public String get(Object key) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == key) {
        return values[i];
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> e = new SimpleImmutableEntry<>(names[next], values[next]);
            next = advance(next + 1);
            return e;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
