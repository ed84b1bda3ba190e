package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;

/**
 * The portable forms of the collections accumulators: {@link ReceivableAgeing} (kind {@code AGEING}),
 * {@link Dso} ({@code DSO}) and {@link Cei} ({@code CEI}). Envelope in {@code StateWriter},
 * layouts in {@code docs/ARCHITECTURE.md}. Every amount is in minor units (zigzag) after its currency; currencies
 * are sorted by code, ageing groups by their text, so equal states give equal bytes. The dates, buckets and
 * countback months are covered by the fingerprint; the decoder passes an accumulator of the same configuration.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CollectionsStateCodec {
  private static final int MAX_CURRENCIES = 512;

  private CollectionsStateCodec() {}

  /**
   * The portable bytes of {@code ageing}; group keys are written as text by {@code keyToText} (a {@code null}
   * key, e.g. a missing team, is written as absent).
   */
  public static <K> byte[] encodeAgeing(ReceivableAgeing<K> ageing, Function<? super K, String> keyToText) {
    Objects.requireNonNull(ageing, "ageing");
    Objects.requireNonNull(keyToText, "keyToText");
    StateWriter w = new StateWriter(PortableStateKind.AGEING, StateWriter.fingerprint(ageing.portableConfiguration()));
    List<Map.Entry<String, Map<CurrencyUnit, long[]>>> groups = new ArrayList<>();
    Map<String, K> seen = new HashMap<>();
    ageing.portableCells().forEach((k, v) -> {
      String text = k == null ? null : Objects.requireNonNull(keyToText.apply(k), "keyToText result");
      if (seen.containsKey(text)) {
        throw new IllegalArgumentException("two ageing groups have the same key text");
      }
      seen.put(text, k);
      groups.add(new java.util.AbstractMap.SimpleEntry<>(text, v));
    });
    groups.sort(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())));
    w.writeCount(groups.size());
    int width = 2 * ageing.portableBucketCount();
    for (Map.Entry<String, Map<CurrencyUnit, long[]>> g : groups) {
      if (g.getKey() == null) {
        w.writeByte(0);
      } else {
        w.writeByte(1).writeString(g.getKey());
      }
      writeCurrencies(w, g.getValue(), width);
    }
    return w.toByteArray();
  }

  /**
   * A new ageing with {@code like}'s date, buckets and dimension holding the state in {@code bytes}, group keys
   * read back by {@code textToKey}.
   *
   * @throws PortableStateException when the bytes are not an ageing state of that date and those buckets
   */
  public static <K> ReceivableAgeing<K> decodeAgeing(byte[] bytes, ReceivableAgeing<K> like, Function<String, ? extends K> textToKey) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(like, "like");
    Objects.requireNonNull(textToKey, "textToKey");
    StateReader r = StateReader.open(bytes, PortableStateKind.AGEING, StateWriter.fingerprint(like.portableConfiguration()));
    ReceivableAgeing<K> out = like.portableNewEmpty();
    int width = 2 * out.portableBucketCount();
    int n = r.readLength(2, Integer.MAX_VALUE);
    String previous = null;
    for (int i = 0; i < n; i++) {
      int present = r.readByte();
      String text = null;
      if (present == 1) {
        text = r.readString();
      } else if (present != 0) {
        throw r.fail("has an invalid group key marker " + present);
      }
      if (i > 0 && (text == null || previous != null && text.compareTo(previous) <= 0)) {
        throw r.fail("has ageing groups out of order or repeated");
      }
      previous = text;
      K key;
      try {
        key = text == null ? null : textToKey.apply(text);
      } catch (RuntimeException e) {
        throw r.fail("has a group key the host does not read: " + e.getClass().getSimpleName());
      }
      if (out.portableCells().containsKey(key)) {
        throw r.fail("has two groups with the same key");
      }
      Map<CurrencyUnit, long[]> cells = new HashMap<>();
      readCurrencies(r, cells, width, true);
      out.portableCells().put(key, cells);
    }
    r.end();
    return out;
  }

  /** The portable bytes of {@code dso}. */
  public static byte[] encodeDso(Dso dso) {
    Objects.requireNonNull(dso, "dso");
    StateWriter w = new StateWriter(PortableStateKind.DSO, StateWriter.fingerprint(dso.portableConfiguration()));
    writeCurrencies(w, dso.portableSums(), dso.portableWidth());
    return w.toByteArray();
  }

  /**
   * A new DSO accumulator with {@code like}'s period and countback holding the state in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not a DSO state of that configuration
   */
  public static Dso decodeDso(byte[] bytes, Dso like) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(like, "like");
    StateReader r = StateReader.open(bytes, PortableStateKind.DSO, StateWriter.fingerprint(like.portableConfiguration()));
    Dso out = like.portableNewEmpty();
    readCurrencies(r, out.portableSums(), out.portableWidth(), false);
    r.end();
    return out;
  }

  /** The portable bytes of {@code cei}. */
  public static byte[] encodeCei(Cei cei) {
    Objects.requireNonNull(cei, "cei");
    StateWriter w = new StateWriter(PortableStateKind.CEI, StateWriter.fingerprint(cei.portableConfiguration()));
    writeCurrencies(w, cei.portableSums(), 4);
    return w.toByteArray();
  }

  /**
   * A new CEI accumulator with {@code like}'s period holding the state in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not a CEI state of that period
   */
  public static Cei decodeCei(byte[] bytes, Cei like) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(like, "like");
    StateReader r = StateReader.open(bytes, PortableStateKind.CEI, StateWriter.fingerprint(like.portableConfiguration()));
    Cei out = like.portableNewEmpty();
    readCurrencies(r, out.portableSums(), 4, false);
    r.end();
    return out;
  }

  private static void writeCurrencies(StateWriter w, Map<CurrencyUnit, long[]> byCurrency, int width) {
    TreeMap<String, Map.Entry<CurrencyUnit, long[]>> sorted = new TreeMap<>();
    byCurrency.entrySet().forEach(e -> sorted.put(e.getKey().getCode(), e));
    w.writeCount(sorted.size());
    for (Map.Entry<CurrencyUnit, long[]> e : sorted.values()) {
      w.writeCurrency(e.getKey());
      long[] v = e.getValue();
      for (int i = 0; i < width; i++) {
        w.writeSigned(v[i]);
      }
    }
  }

  /** Reads currencies with {@code width} amounts each; with {@code pairs}, odd positions are counts (not negative). */
  private static void readCurrencies(StateReader r, Map<CurrencyUnit, long[]> into, int width, boolean pairs) {
    int n = r.readLength(4 + width, MAX_CURRENCIES);
    String previous = "";
    for (int i = 0; i < n; i++) {
      CurrencyUnit c = r.readCurrency();
      if (c.getCode().compareTo(previous) <= 0) {
        throw r.fail("has currencies out of order or repeated");
      }
      previous = c.getCode();
      long[] v = new long[width];
      for (int j = 0; j < width; j++) {
        v[j] = r.readSigned();
        if (pairs && j % 2 == 1 && v[j] < 0) {
          throw r.fail("has a negative invoice count");
        }
      }
      into.put(c, v);
    }
  }
}
