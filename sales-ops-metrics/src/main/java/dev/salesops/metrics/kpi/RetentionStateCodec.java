package dev.salesops.metrics.kpi;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The portable form of a {@link RetentionAccumulator} (kind {@code RETENTION}; envelope in {@code
 * StateWriter}, layout in {@code docs/ARCHITECTURE.md}).
 *
 * <p>Payload: deals left out, the number of accounts, then per account (sorted by account) the account as UTF-8,
 * start-window revenue and period revenue in minor units (zigzag) and period orders. The currency and windows are
 * covered by the fingerprint.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RetentionStateCodec {
  private RetentionStateCodec() {}

  /** The configuration fingerprint of {@code acc}'s currency and windows. */
  public static long fingerprint(RetentionAccumulator acc) {
    Objects.requireNonNull(acc, "acc");
    return StateWriter.fingerprint(acc.portableConfiguration());
  }

  /** The portable bytes of {@code acc}. */
  public static byte[] encode(RetentionAccumulator acc) {
    StateWriter w = new StateWriter(PortableStateKind.RETENTION, fingerprint(acc));
    w.writeCount(acc.portableLeftOut());
    TreeMap<String, long[]> sorted = new TreeMap<>(acc.portableAccounts());
    w.writeCount(sorted.size());
    for (Map.Entry<String, long[]> e : sorted.entrySet()) {
      long[] a = e.getValue();
      w.writeString(e.getKey()).writeSigned(a[0]).writeSigned(a[1]).writeCount(a[2]);
    }
    return w.toByteArray();
  }

  /**
   * A new accumulator with {@code like}'s configuration holding the state in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not a retention state of that configuration
   */
  public static RetentionAccumulator decode(byte[] bytes, RetentionAccumulator like) {
    Objects.requireNonNull(bytes, "bytes");
    StateReader r = StateReader.open(bytes, PortableStateKind.RETENTION, fingerprint(like));
    RetentionAccumulator out = like.newEmpty();
    out.portableSetLeftOut(r.readCount());
    int n = r.readLength(4, Integer.MAX_VALUE);
    Map<String, long[]> accounts = out.portableAccounts();
    String previous = null;
    for (int i = 0; i < n; i++) {
      String account = r.readString();
      if (previous != null && account.compareTo(previous) <= 0) {
        throw r.fail("has accounts out of order or repeated");
      }
      previous = account;
      accounts.put(account, new long[] {r.readSigned(), r.readSigned(), r.readCount()});
    }
    r.end();
    return out;
  }
}
