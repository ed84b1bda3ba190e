package dev.salesops.core.internal.accumulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.testing.PortableFuzz;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** The envelope and primitives of portable states. */
class StateCodecTest {
  private static final long FP = StateWriter.fingerprint("test;config");

  private static byte[] sample(long a, long b, String s) {
    return new StateWriter(PortableStateKind.SAMPLE, FP).writeCount(a).writeSigned(b).writeString(s)
        .writeCurrency(CurrencyUnit.JPY).writeCurrency(CurrencyUnit.USD).toByteArray();
  }

  private static void read(byte[] bytes) {
    StateReader r = StateReader.open(bytes, PortableStateKind.SAMPLE, FP);
    r.readCount();
    r.readSigned();
    r.readString();
    r.readCurrency();
    r.readCurrency();
    r.end();
  }

  @Test
  void primitivesRoundTrip() {
    Property.forAll(0x5EED, 200, rnd -> {
      long a = rnd.nextBoolean() ? rnd.nextInt(300) : rnd.nextLong() & Long.MAX_VALUE;
      long b = rnd.nextBoolean() ? rnd.nextInt(600) - 300 : rnd.nextLong();
      String s = rnd.nextBoolean() ? "Zürich 東京 " + rnd.nextInt() : "";
      byte[] bytes = sample(a, b, s);
      StateReader r = StateReader.open(bytes, PortableStateKind.SAMPLE, FP);
      assertThat(r.readCount()).isEqualTo(a);
      assertThat(r.readSigned()).isEqualTo(b);
      assertThat(r.readString()).isEqualTo(s);
      assertThat(r.readCurrency()).isEqualTo(CurrencyUnit.JPY);
      assertThat(r.readCurrency()).isEqualTo(CurrencyUnit.USD);
      r.end();
    });
  }

  @Test
  void headerIsDocumentedLayout() {
    byte[] b = new StateWriter(PortableStateKind.KPI, 0x0102030405060708L).toByteArray();
    assertThat(b).hasSize(18);
    assertThat(new String(b, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("SOPS");
    assertThat(b[4]).isEqualTo((byte) 1);
    assertThat(b[5]).isEqualTo((byte) PortableStateKind.KPI.id());
    assertThat(b[6]).isEqualTo((byte) 1);
    assertThat(b[13]).isEqualTo((byte) 8);
    // FNV-1a 64 test vector: "a" -> af63dc4c8601ec8c
    assertThat(StateWriter.fingerprint("a")).isEqualTo(0xaf63dc4c8601ec8cL);
  }

  @Test
  void refusesForeignNewerOtherKindOtherConfigTruncatedAndCorrupt() {
    byte[] ok = sample(5, -7, "x");
    read(ok);
    assertThatThrownBy(() -> read("{\"json\": true, \"not\": \"a state\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PortableStateException.class).isInstanceOf(ValidationException.class).hasMessageContaining("magic");
    byte[] newer = ok.clone();
    newer[4] = 2;
    PortableFuzz.rechecksum(newer);
    assertThatThrownBy(() -> read(newer)).isInstanceOf(PortableStateException.class).hasMessageContaining("newer");
    assertThatThrownBy(() -> StateReader.open(ok, PortableStateKind.KPI, FP)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> StateReader.open(ok, PortableStateKind.SAMPLE, FP + 1)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("another configuration");
    assertThatThrownBy(() -> read(java.util.Arrays.copyOf(ok, ok.length - 1))).isInstanceOf(PortableStateException.class);
    byte[] flipped = ok.clone();
    flipped[15] ^= 1;
    assertThatThrownBy(() -> read(flipped)).isInstanceOf(PortableStateException.class).hasMessageContaining("checksum");
    assertThatThrownBy(() -> read(new byte[3])).isInstanceOf(PortableStateException.class).hasMessageContaining("truncated");
  }

  @Test
  void hugeLengthsAreRefusedBeforeAllocation() {
    byte[] b = new StateWriter(PortableStateKind.SAMPLE, FP).writeCount(Integer.MAX_VALUE - 1).toByteArray();
    StateReader r = StateReader.open(b, PortableStateKind.SAMPLE, FP);
    assertThatThrownBy(() -> r.readLength(8, Integer.MAX_VALUE)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("does not fit");
    byte[] s = new StateWriter(PortableStateKind.SAMPLE, FP).writeCount(1L << 40).toByteArray();
    assertThatThrownBy(() -> StateReader.open(s, PortableStateKind.SAMPLE, FP).readString()).isInstanceOf(PortableStateException.class);
    byte[] badUtf8 = new StateWriter(PortableStateKind.SAMPLE, FP).writeBlob(new byte[] {(byte) 0xC3, 0x28}).toByteArray();
    assertThatThrownBy(() -> StateReader.open(badUtf8, PortableStateKind.SAMPLE, FP).readString())
        .isInstanceOf(PortableStateException.class).hasMessageContaining("UTF-8");
  }

  @Test
  void fuzzedEnvelopesThrowOnlyTheDocumentedException() {
    PortableFuzz.check(0xF022, 3000, sample(123456, -98765, "Zürich"), StateCodecTest::read);
  }
}
