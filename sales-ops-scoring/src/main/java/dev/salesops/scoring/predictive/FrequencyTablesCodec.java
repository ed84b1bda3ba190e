package dev.salesops.scoring.predictive;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The portable form of {@link FrequencyTables} (kind {@code FREQUENCY_TABLES}; envelope in {@code
 * StateWriter}, layout in {@code docs/ARCHITECTURE.md}): the net won/lost counts per segment, stage, field and
 * value, by name (dense ids are local to a JVM and never leave it).
 *
 * <p>Payload: the number of stages and of fields (single-valued then tag fields, in configuration order), the
 * number of segments, then per segment (the deals without segment first, then by key) a marker byte (0 none, 1
 * key follows) and the key, the won and the lost count of every stage (zigzag: net counts may be negative after
 * removes), and per field the number of values with a non-zero count followed by each value (sorted) as UTF-8
 * and its won and lost counts (zigzag). Entries and segments whose counts are all zero are left out, as {@link
 * FrequencyTables#counts()} leaves them out; equal tables give equal bytes. The configuration is covered by the
 * fingerprint.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FrequencyTablesCodec {
  private FrequencyTablesCodec() {}

  /** The configuration fingerprint of {@code config}. */
  public static long fingerprint(NaiveBayesConfig config) {
    Objects.requireNonNull(config, "config");
    return StateWriter.fingerprint("naive-bayes;" + config);
  }

  /** The portable bytes of {@code tables}. */
  public static byte[] encode(FrequencyTables tables) {
    Objects.requireNonNull(tables, "tables");
    StateWriter w = new StateWriter(PortableStateKind.FREQUENCY_TABLES, fingerprint(tables.config()));
    int stages = tables.portableStageCount();
    int fields = tables.portableFieldCount();
    w.writeCount(stages).writeCount(fields);
    List<Object[]> segs = new ArrayList<>();
    tables.portableVisit((key, won, lost, names, counts) -> {
      boolean any = false;
      for (int s = 0; s < stages; s++) {
        any |= won[s] != 0 || lost[s] != 0;
      }
      List<TreeMap<String, long[]>> perField = new ArrayList<>();
      for (int f = 0; f < fields; f++) {
        TreeMap<String, long[]> values = new TreeMap<>();
        for (int i = 0; i < names[f].length; i++) {
          long cw = counts[f][2 * i];
          long cl = counts[f][2 * i + 1];
          if (cw != 0 || cl != 0) {
            values.put(names[f][i], new long[] {cw, cl});
          }
        }
        any |= !values.isEmpty();
        perField.add(values);
      }
      if (any) {
        segs.add(new Object[] {key, won, lost, perField});
      }
    });
    segs.sort(Comparator.comparing(o -> (String) o[0], Comparator.nullsFirst(Comparator.naturalOrder())));
    w.writeCount(segs.size());
    for (Object[] seg : segs) {
      String key = (String) seg[0];
      if (key == null) {
        w.writeByte(0);
      } else {
        w.writeByte(1).writeString(key);
      }
      long[] won = (long[]) seg[1];
      long[] lost = (long[]) seg[2];
      for (int s = 0; s < stages; s++) {
        w.writeSigned(won[s]).writeSigned(lost[s]);
      }
      @SuppressWarnings("unchecked")
      List<TreeMap<String, long[]>> perField = (List<TreeMap<String, long[]>>) seg[3];
      for (TreeMap<String, long[]> values : perField) {
        w.writeCount(values.size());
        values.forEach((v, c) -> w.writeString(v).writeSigned(c[0]).writeSigned(c[1]));
      }
    }
    return w.toByteArray();
  }

  /**
   * New tables for {@code config} holding the counts in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not frequency tables of that configuration
   */
  public static FrequencyTables decode(byte[] bytes, NaiveBayesConfig config) {
    Objects.requireNonNull(bytes, "bytes");
    StateReader r = StateReader.open(bytes, PortableStateKind.FREQUENCY_TABLES, fingerprint(config));
    FrequencyTables out = new FrequencyTables(config);
    int stages = out.portableStageCount();
    int fields = out.portableFieldCount();
    if (r.readCount() != stages || r.readCount() != fields) {
      throw r.fail("has another number of stages or fields than the configuration");
    }
    int n = r.readLength(1 + 2 * stages + fields, Integer.MAX_VALUE);
    boolean first = true;
    String previous = null;
    for (int i = 0; i < n; i++) {
      int marker = r.readByte();
      String key;
      if (marker == 0) {
        key = null;
        if (!first) {
          throw r.fail("has the segment of deals without segment after another segment");
        }
      } else if (marker == 1) {
        key = r.readString();
        if (previous != null && key.compareTo(previous) <= 0) {
          throw r.fail("has segments out of order or repeated");
        }
        previous = key;
      } else {
        throw r.fail("has an invalid segment marker " + marker);
      }
      first = false;
      long[] won = new long[stages];
      long[] lost = new long[stages];
      for (int s = 0; s < stages; s++) {
        won[s] = r.readSigned();
        lost[s] = r.readSigned();
      }
      out.portableAddStages(key, won, lost);
      for (int f = 0; f < fields; f++) {
        int nv = r.readLength(3, Integer.MAX_VALUE);
        String prevValue = null;
        for (int v = 0; v < nv; v++) {
          String value = r.readString();
          if (prevValue != null && value.compareTo(prevValue) <= 0) {
            throw r.fail("has field values out of order or repeated");
          }
          prevValue = value;
          long cw = r.readSigned();
          long cl = r.readSigned();
          if (cw == 0 && cl == 0) {
            throw r.fail("has a value with zero counts (never written)");
          }
          out.portableAddValue(key, f, value, cw, cl);
        }
      }
    }
    r.end();
    return out;
  }
}
