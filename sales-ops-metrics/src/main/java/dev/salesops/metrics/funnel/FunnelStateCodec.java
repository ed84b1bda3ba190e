package dev.salesops.metrics.funnel;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.util.Objects;

/**
 * The portable form of a {@link FunnelAccumulator} (kind {@code FUNNEL}, 3; envelope and
 * layout in {@code docs/ARCHITECTURE.md}), and the funnel block the KPI codec embeds.
 *
 * <p>Block: the number of stages {@code n}, then per stage reached, advanced, seconds in stage (zigzag) and
 * timed entries; then deals placed from history, from the current stage, lost without stage, left out. The
 * configuration (stages, minimum deals, window) is not in the bytes: the decoder passes an accumulator of the
 * same configuration, checked through the header's fingerprint.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FunnelStateCodec {
  private FunnelStateCodec() {}

  /** The configuration fingerprint of {@code funnel}'s stages, minimum deals and window. */
  public static long fingerprint(FunnelAccumulator funnel) {
    Objects.requireNonNull(funnel, "funnel");
    return StateWriter.fingerprint("funnel;stages=" + funnel.portableStages() + ";minDeals=" + funnel.portableMinDeals()
        + ";window=" + funnel.portableWindow());
  }

  /** The portable bytes of {@code funnel}. */
  public static byte[] encode(FunnelAccumulator funnel) {
    StateWriter w = new StateWriter(PortableStateKind.FUNNEL, fingerprint(funnel));
    write(funnel, w);
    return w.toByteArray();
  }

  /**
   * A new accumulator with {@code like}'s configuration holding the state in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not a funnel state of that configuration
   */
  public static FunnelAccumulator decode(byte[] bytes, FunnelAccumulator like) {
    Objects.requireNonNull(bytes, "bytes");
    StateReader r = StateReader.open(bytes, PortableStateKind.FUNNEL, fingerprint(like));
    FunnelAccumulator out = like.newEmpty();
    readInto(r, out);
    r.end();
    return out;
  }

  static {
    dev.salesops.metrics.internal.PortableBlocks.registerFunnel(new dev.salesops.metrics.internal.PortableBlocks.Block<FunnelAccumulator>() {
      @Override
      public void write(FunnelAccumulator value, StateWriter w) {
        FunnelStateCodec.write(value, w);
      }

      @Override
      public void readInto(StateReader r, FunnelAccumulator empty) {
        FunnelStateCodec.readInto(r, empty);
      }
    });
  }

  /** Writes the funnel block of {@code funnel} (no envelope; other packages: {@code PortableBlocks.funnel()}). */
  static void write(FunnelAccumulator funnel, StateWriter w) {
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(w, "w");
    long[][] a = funnel.portableArrays();
    int n = a[0].length;
    w.writeCount(n);
    for (int i = 0; i < n; i++) {
      w.writeCount(a[0][i]).writeCount(a[1][i]).writeSigned(a[2][i]).writeCount(a[3][i]);
    }
    for (long c : funnel.portableCounts()) {
      w.writeCount(c);
    }
  }

  /** Reads a funnel block into {@code empty} (a new accumulator of the encoded configuration). */
  static void readInto(StateReader r, FunnelAccumulator empty) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(empty, "empty");
    long[][] a = empty.portableArrays();
    int n = a[0].length;
    int got = r.readLength(4, n);
    if (got != n) {
      throw r.fail("has a funnel of " + got + " stages, expected " + n);
    }
    for (int i = 0; i < n; i++) {
      a[0][i] = r.readCount();
      a[1][i] = r.readCount();
      a[2][i] = r.readSigned();
      a[3][i] = r.readCount();
      if (a[1][i] > a[0][i]) {
        throw r.fail("has a funnel stage that advanced more deals than reached it");
      }
    }
    long[] c = new long[4];
    for (int i = 0; i < 4; i++) {
      c[i] = r.readCount();
    }
    empty.portableSetCounts(c);
  }
}
