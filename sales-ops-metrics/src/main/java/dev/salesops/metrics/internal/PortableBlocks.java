package dev.salesops.metrics.internal;

import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.stats.Sample;
import java.util.Objects;

/**
 * Not API: the block-level (no envelope) writers and readers that one portable codec embeds in another across
 * packages (the KPI codec embeds sample and funnel blocks). Each owning codec ({@code SampleCodec},
 * {@code FunnelStateCodec}) registers its block from its static initializer, so the block code keeps package
 * access to its accumulator's internals and no public signature mentions the unexported {@link StateWriter} /
 * {@link StateReader} (issue 18).
 *
 * <p>This class is thread-safe.
 */
public final class PortableBlocks {
  private PortableBlocks() {}

  /**
   * A block codec of {@code T}.
   *
   * @param <T> the accumulator type
   */
  public interface Block<T> {
    /** Writes the block of {@code value} (no envelope). */
    void write(T value, StateWriter w);

    /** Reads a block written by {@link #write} into {@code empty} (a new value of the encoded configuration). */
    void readInto(StateReader r, T empty);
  }

  private static volatile Block<Sample> sample;
  private static volatile Block<FunnelAccumulator> funnel;

  /** Called once by {@code SampleCodec}'s static initializer. */
  public static void registerSample(Block<Sample> block) {
    sample = Objects.requireNonNull(block, "block");
  }

  /** Called once by {@code FunnelStateCodec}'s static initializer. */
  public static void registerFunnel(Block<FunnelAccumulator> block) {
    funnel = Objects.requireNonNull(block, "block");
  }

  /** The sample block ({@code SampleCodec}'s). */
  public static Block<Sample> sample() {
    Block<Sample> b = sample;
    if (b == null) {
      initialize("dev.salesops.metrics.stats.SampleCodec");
      b = sample;
    }
    return b;
  }

  /** The funnel block ({@code FunnelStateCodec}'s). */
  public static Block<FunnelAccumulator> funnel() {
    Block<FunnelAccumulator> b = funnel;
    if (b == null) {
      initialize("dev.salesops.metrics.funnel.FunnelStateCodec");
      b = funnel;
    }
    return b;
  }

  private static void initialize(String codec) {
    try {
      Class.forName(codec, true, PortableBlocks.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
