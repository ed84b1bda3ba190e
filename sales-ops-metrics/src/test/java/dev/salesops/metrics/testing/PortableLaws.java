package dev.salesops.metrics.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.testing.PortableFuzz;
import dev.salesops.core.testing.Property;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The laws of a portable state codec over seeded random records (the seed is printed on failure):
 * <ol>
 *   <li>{@code decode(encode(a))} equals {@code a}: same finished result and same bytes when re-encoded;
 *   <li>{@code merge(decode(encode(a)), b)} equals {@code merge(a, b)};
 *   <li>merge order never matters: the decoded parts of three shards merged in two orders, and one pass over all
 *       records, give the same bytes and the same result;
 *   <li>mutants of the bytes decode or throw only {@code PortableStateException}.
 * </ol>
 */
public final class PortableLaws {
  private PortableLaws() {}

  public static <T, A extends Accumulator<T, A, R>, R> void check(long seed, int trials, Function<Random, List<T>> records,
      Supplier<A> empty, Function<A, byte[]> encode, BiFunction<byte[], A, A> decode) {
    Property.forAll(seed, trials, rnd -> {
      List<T> all = records.apply(rnd);
      int cut1 = all.isEmpty() ? 0 : rnd.nextInt(all.size() + 1);
      int cut2 = cut1 + (all.size() == cut1 ? 0 : rnd.nextInt(all.size() - cut1 + 1));
      List<T> p1 = all.subList(0, cut1);
      List<T> p2 = all.subList(cut1, cut2);
      List<T> p3 = all.subList(cut2, all.size());
      A like = empty.get();
      A a = fill(empty, p1);
      byte[] ea = encode.apply(a);
      A da = decode.apply(ea, like);
      PortableFuzz.assertSameBytes(encode.apply(da), ea, "re-encoded bytes");
      assertThat(da.finish()).as("decoded result").isEqualTo(a.finish());

      A left = decode.apply(ea, like).merge(fill(empty, p2));
      A right = fill(empty, p1).merge(fill(empty, p2));
      PortableFuzz.assertSameBytes(encode.apply(left), encode.apply(right), "merge(decode(encode(a)), b) bytes");
      assertThat(left.finish()).as("merge(decode(encode(a)), b)").isEqualTo(right.finish());

      byte[] e1 = ea;
      byte[] e2 = encode.apply(fill(empty, p2));
      byte[] e3 = encode.apply(fill(empty, p3));
      A abc = decode.apply(e1, like).merge(decode.apply(e2, like)).merge(decode.apply(e3, like));
      A cba = decode.apply(e3, like).merge(decode.apply(e2, like).merge(decode.apply(e1, like)));
      A one = fill(empty, all);
      byte[] eOne = encode.apply(one);
      PortableFuzz.assertSameBytes(encode.apply(abc), eOne, "a+b+c bytes");
      PortableFuzz.assertSameBytes(encode.apply(cba), eOne, "c+(b+a) bytes");
      assertThat(cba.finish()).as("c+(b+a)").isEqualTo(one.finish());

      PortableFuzz.check(rnd.nextLong(), 40, eOne, bytes -> decode.apply(bytes, like));
    });
  }

  private static <T, A extends Accumulator<T, A, R>, R> A fill(Supplier<A> empty, List<T> records) {
    A acc = empty.get();
    records.forEach(acc::add);
    return acc;
  }
}
