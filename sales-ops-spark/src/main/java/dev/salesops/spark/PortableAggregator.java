package dev.salesops.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A typed Spark {@link Aggregator} over rows whose buffer is a sales-ops accumulator: Spark keeps the buffer as
 * a Java object while it reduces a partition and ships it between stages as the accumulator's <b>portable
 * bytes</b> (the buffer's Java serialization writes only the {@link Kind} and the codec's output); the result is
 * the final portable state, which the driver decodes and finishes.
 *
 * @param <A> the accumulator
 */
public final class PortableAggregator<A> extends Aggregator<Row, PortableAggregator.Buffer<A>, byte[]> {
  private static final long serialVersionUID = 1L;

  /** How to make, fill, merge, encode and decode one kind of accumulator; shipped to executors. */
  public interface Kind<A> extends Serializable {
    /** An empty accumulator. */
    A empty();

    /** Adds one input row. */
    void add(A acc, Row row);

    /** Merges {@code other} into {@code acc} and returns {@code acc}. */
    A merge(A acc, A other);

    /** The portable bytes of {@code acc}. */
    byte[] encode(A acc);

    /** The accumulator of {@code bytes} (throws {@code PortableStateException} for bad bytes). */
    A decode(byte[] bytes);
  }

  /** The aggregation buffer: the accumulator, serialized as its portable bytes. */
  public static final class Buffer<A> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Kind<A> kind;
    private transient A acc;

    Buffer(Kind<A> kind, A acc) {
      this.kind = kind;
      this.acc = acc;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      byte[] bytes = kind.encode(acc);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      int n = in.readInt();
      if (n < 0) {
        throw new IOException("negative portable state length " + n);
      }
      byte[] bytes = in.readNBytes(n);
      if (bytes.length != n) {
        throw new IOException("truncated portable state");
      }
      acc = kind.decode(bytes);
    }
  }

  private final Kind<A> kind;

  /** An aggregator of {@code kind}. */
  public PortableAggregator(Kind<A> kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  @Override
  public Buffer<A> zero() {
    return new Buffer<>(kind, kind.empty());
  }

  @Override
  public Buffer<A> reduce(Buffer<A> b, Row row) {
    kind.add(b.acc, row);
    return b;
  }

  @Override
  public Buffer<A> merge(Buffer<A> b1, Buffer<A> b2) {
    b1.acc = kind.merge(b1.acc, b2.acc);
    return b1;
  }

  @Override
  public byte[] finish(Buffer<A> reduction) {
    return kind.encode(reduction.acc);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Encoder<Buffer<A>> bufferEncoder() {
    return (Encoder) Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }
}
