package dev.salesops.core.api;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/** A deliberately bad public type: proves that {@link ApiScan} sees leaks and throwing {@code toString}s. */
public final class LeakyFixture {
  /** A Guava type inside a generic argument. */
  public List<ImmutableList<String>> nested() {
    return List.of();
  }

  /** Hands out its mutable internal list. */
  public static final class Holder {
    private final List<String> items = new java.util.ArrayList<>();

    /** An empty holder. */
    public Holder() {}

    /** The internal list itself. */
    public List<String> items() {
      return items;
    }

    /** A copy: fine. */
    public List<String> copy() {
      return new java.util.ArrayList<>(items);
    }
  }

  /** A throwing value. */
  public static final class Bad {
    /** Any instance. */
    public Bad() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Bad;
    }

    @Override
    public int hashCode() {
      return Objects.hash();
    }

    @Override
    public String toString() {
      throw new IllegalStateException("boom");
    }
  }
}
