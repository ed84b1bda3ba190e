package dev.salesops.core.internal.accumulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * The portable state envelope and its primitives pinned byte for byte (written to kill PIT's surviving mutants
 * in {@code core.accumulate}): header layout, varint and zigzag encodings, the FNV-1a fingerprint, the CRC-32C
 * trailer, and every refusal of the reader with its offset.
 */
class PortableStateMutationTest {
  private static final long FP = 0x0102030405060708L;

  private static byte[] payload(byte[] state) {
    return Arrays.copyOfRange(state, StateWriter.HEADER, state.length - StateWriter.TRAILER);
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  /** A state of kind KPI with {@code payload}, with a correct checksum. */
  private static byte[] state(int version, int kind, long fp, byte[] payload) {
    byte[] out = new byte[StateWriter.HEADER + payload.length + StateWriter.TRAILER];
    out[0] = 'S';
    out[1] = 'O';
    out[2] = 'P';
    out[3] = 'S';
    out[4] = (byte) version;
    out[5] = (byte) kind;
    for (int i = 0; i < 8; i++) {
      out[6 + i] = (byte) (fp >>> (56 - 8 * i));
    }
    System.arraycopy(payload, 0, out, StateWriter.HEADER, payload.length);
    CRC32C crc = new CRC32C();
    crc.update(out, 0, out.length - 4);
    long c = crc.getValue();
    for (int i = 0; i < 4; i++) {
      out[out.length - 4 + i] = (byte) (c >>> (24 - 8 * i));
    }
    return out;
  }

  private static StateReader reader(int... payload) {
    return StateReader.open(state(1, PortableStateKind.KPI.id(), FP, bytes(payload)), PortableStateKind.KPI, FP);
  }

  @Test
  void theHeaderIsMagicVersionKindAndBigEndianFingerprint() {
    byte[] s = new StateWriter(PortableStateKind.FUNNEL, FP).toByteArray();
    assertThat(s).hasSize(18);
    assertThat(Arrays.copyOf(s, 14)).containsExactly(bytes('S', 'O', 'P', 'S', 1, 3, 1, 2, 3, 4, 5, 6, 7, 8));
    assertThat(s).isEqualTo(state(1, 3, FP, new byte[0]));
    StateReader r = StateReader.open(s, PortableStateKind.FUNNEL, FP);
    assertThat(r.remaining()).isZero();
    r.end();
    assertThat(r).hasToString("StateReader{at 14 of 14}");
  }

  @Test
  void fingerprintIsFnv1a64OfTheUtf8Text() {
    assertThat(StateWriter.fingerprint("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(StateWriter.fingerprint("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(StateWriter.fingerprint("foobar")).isEqualTo(0x85944171f73967e8L);
    // bytes above 0x7f are taken unsigned
    assertThat(StateWriter.fingerprint("é")).isNotEqualTo(StateWriter.fingerprint("e"));
    long h = 0xcbf29ce484222325L;
    for (byte b : "é".getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    assertThat(StateWriter.fingerprint("é")).isEqualTo(h);
  }

  @Test
  void varintsAreLittleEndianBase128() {
    StateWriter w = new StateWriter(PortableStateKind.KPI, FP).writeUnsigned(0).writeUnsigned(127).writeUnsigned(128)
        .writeUnsigned(300).writeUnsigned(-1L).writeCount(1);
    byte[] p = payload(w.toByteArray());
    assertThat(p).containsExactly(bytes(0, 0x7f, 0x80, 0x01, 0xac, 0x02,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 1));
    StateReader r = reader(0, 0x7f, 0x80, 0x01, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 1);
    assertThat(r.readUnsigned()).isZero();
    assertThat(r.readUnsigned()).isEqualTo(127);
    assertThat(r.readUnsigned()).isEqualTo(128);
    assertThat(r.readUnsigned()).isEqualTo(300);
    assertThat(r.readUnsigned()).isEqualTo(-1L);
    assertThat(r.readCount()).isEqualTo(1);
    r.end();
  }

  @Test
  void zigzagKeepsSmallMagnitudesShort() {
    StateWriter w = new StateWriter(PortableStateKind.KPI, FP).writeSigned(0).writeSigned(-1).writeSigned(1).writeSigned(-2)
        .writeSigned(Long.MAX_VALUE).writeSigned(Long.MIN_VALUE);
    byte[] s = w.toByteArray();
    assertThat(Arrays.copyOf(payload(s), 4)).containsExactly(bytes(0, 1, 2, 3));
    StateReader r = StateReader.open(s, PortableStateKind.KPI, FP);
    assertThat(r.readSigned()).isZero();
    assertThat(r.readSigned()).isEqualTo(-1);
    assertThat(r.readSigned()).isEqualTo(1);
    assertThat(r.readSigned()).isEqualTo(-2);
    assertThat(r.readSigned()).isEqualTo(Long.MAX_VALUE);
    assertThat(r.readSigned()).isEqualTo(Long.MIN_VALUE);
    r.end();
  }

  @Test
  void stringsBlobsAndCurrencies() {
    byte[] s = new StateWriter(PortableStateKind.KPI, FP).writeString("né").writeBlob(bytes(9, 8)).writeCurrency(CurrencyUnit.JPY)
        .writeCurrency(CurrencyUnit.USD).writeByte(0x1ff).toByteArray();
    assertThat(payload(s)).containsExactly(bytes(3, 'n', 0xc3, 0xa9, 2, 9, 8, 'J', 'P', 'Y', 0, 'U', 'S', 'D', 2, 0xff));
    StateReader r = StateReader.open(s, PortableStateKind.KPI, FP);
    assertThat(r.readString()).isEqualTo("né");
    assertThat(r.readBlob()).containsExactly(9, 8);
    assertThat(r.readCurrency()).isEqualTo(CurrencyUnit.JPY);
    assertThat(r.remaining()).isEqualTo(5);
    assertThat(r.readCurrency()).isEqualTo(CurrencyUnit.USD);
    assertThat(r.readByte()).isEqualTo(0xff);
    r.end();
  }

  @Test
  void theWriterGrowsAndThenRefusesToWriteAfterFinishing() {
    StateWriter w = new StateWriter(PortableStateKind.KPI, FP);
    byte[] big = new byte[1000];
    Arrays.fill(big, (byte) 7);
    w.writeBlob(big).writeBlob(new byte[0]);
    assertThat(w).hasToString("StateWriter{1017 bytes}");
    byte[] s = w.toByteArray();
    assertThat(s).hasSize(1021);
    StateReader r = StateReader.open(s, PortableStateKind.KPI, FP);
    assertThat(r.readBlob()).isEqualTo(big);
    assertThat(r.readBlob()).isEmpty();
    r.end();
    assertThatThrownBy(() -> w.writeByte(1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the state was already finished");
    assertThatThrownBy(() -> new StateWriter(PortableStateKind.KPI, FP).writeCount(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative: -1");
    assertThat(payload(new StateWriter(PortableStateKind.KPI, FP).writeCount(0).toByteArray())).containsExactly(0);
  }

  @Test
  void openRefusesShortForeignNewerOtherAndCorruptStates() {
    assertThatThrownBy(() -> StateReader.open(new byte[17], PortableStateKind.KPI, FP)).isInstanceOf(PortableStateException.class)
        .hasMessage("bytes portable state is truncated: 17 bytes, a state has at least 18");
    byte[] ok = state(1, 1, FP, new byte[0]);
    assertThat(StateReader.open(ok, PortableStateKind.KPI, FP).remaining()).isZero();
    for (int i = 0; i < 4; i++) {
      byte[] bad = ok.clone();
      bad[i] = 'X';
      int at = i;
      assertThatThrownBy(() -> StateReader.open(bad, PortableStateKind.KPI, FP))
          .hasMessage("bytes[" + at + "] portable state is not a sales-ops portable state (magic \"SOPS\" expected)");
    }
    assertThatThrownBy(() -> StateReader.open(state(2, 1, FP, new byte[0]), PortableStateKind.KPI, FP))
        .hasMessage("bytes[4] portable state has format version 2, newer than the newest this library reads (1)");
    assertThatThrownBy(() -> StateReader.open(state(0, 1, FP, new byte[0]), PortableStateKind.KPI, FP))
        .hasMessage("bytes[4] portable state has an invalid format version 0");
    assertThatThrownBy(() -> StateReader.open(state(0xff, 1, FP, new byte[0]), PortableStateKind.KPI, FP))
        .hasMessageContaining("format version 255");
    assertThatThrownBy(() -> StateReader.open(state(1, 2, FP, new byte[0]), PortableStateKind.KPI, FP))
        .hasMessage("bytes[5] portable state is of kind 2, not KPI (1)");
    assertThatThrownBy(() -> StateReader.open(state(1, 1, FP, new byte[0]), PortableStateKind.KPI, FP + 1))
        .hasMessage("bytes[6] portable state was encoded for another configuration than the one given (fingerprint "
            + "102030405060708, expected 102030405060709)");
    assertThat(StateReader.open(state(1, 1, -1L, new byte[0]), PortableStateKind.KPI, -1L).remaining()).isZero();
    for (int i = 0; i < ok.length; i++) {
      byte[] flipped = ok.clone();
      flipped[i] ^= (byte) 0x80;
      if (i < 6) {
        continue; // magic, version and kind are checked first
      }
      assertThatThrownBy(() -> StateReader.open(flipped, PortableStateKind.KPI, FP))
          .hasMessage("bytes[14] portable state is corrupt or truncated (checksum mismatch)");
    }
  }

  @Test
  void readsAreBoundsChecked() {
    StateReader r = reader(5);
    assertThat(r.readByte()).isEqualTo(5);
    assertThatThrownBy(r::readByte).isInstanceOf(PortableStateException.class).hasMessage("bytes[15] portable state is truncated");
    assertThatThrownBy(() -> reader(0x80).readUnsigned()).hasMessage("bytes[15] portable state is truncated");
    // the tenth byte may only carry the top bit
    assertThatThrownBy(() -> reader(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02).readUnsigned())
        .hasMessage("bytes[24] portable state has a varint longer than 64 bits");
    // a tenth byte with the continuation bit is refused by the 64-bit rule (so "longer than 10 bytes" is unreachable)
    assertThatThrownBy(() -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x81, 0x00).readUnsigned())
        .hasMessage("bytes[24] portable state has a varint longer than 64 bits");
    assertThat(reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01).readUnsigned()).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01).readCount())
        .hasMessage("bytes[24] portable state has a count beyond the long range");
    StateReader trailing = reader(1, 2);
    trailing.readByte();
    assertThatThrownBy(trailing::end).hasMessage("bytes[15] portable state has 1 unread bytes after its payload");
    assertThat(reader().fail("x").getMessage()).isEqualTo("bytes[14] portable state x");
  }

  @Test
  void lengthsAreCheckedAgainstTheMaximumAndTheBytesLeft() {
    assertThat(reader(3, 0, 0, 0).readLength(1, 3)).isEqualTo(3);
    assertThatThrownBy(() -> reader(4, 0, 0, 0, 0).readLength(1, 3))
        .hasMessage("bytes[14] portable state has a length 4 above the maximum 3");
    assertThat(reader(2, 0, 0, 0, 0).readLength(2, 10)).isEqualTo(2);
    assertThatThrownBy(() -> reader(2, 0, 0, 0).readLength(2, 10))
        .hasMessage("bytes[14] portable state is truncated: a length of 2 does not fit in the 3 bytes left");
    // a minimum of 0 bytes per element counts as 1
    assertThatThrownBy(() -> reader(2, 0).readLength(0, 10))
        .hasMessage("bytes[14] portable state is truncated: a length of 2 does not fit in the 1 bytes left");
    assertThat(reader(1, 0).readLength(0, 10)).isEqualTo(1);
    assertThatThrownBy(() -> reader(3, 'a', 'b').readString()).hasMessageContaining("is truncated: a length of 3");
    assertThatThrownBy(() -> reader(2, 0xc3, 0x28).readString())
        .hasMessage("bytes[14] portable state has a string that is not valid UTF-8");
  }

  @Test
  void currenciesAreCheckedLetterByLetterAndAgainstThisJvm() {
    assertThatThrownBy(() -> reader('U', 'S', 'd', 2).readCurrency()).hasMessage("bytes[14] portable state has an invalid currency code");
    assertThatThrownBy(() -> reader('@', 'S', 'D', 2).readCurrency()).hasMessage("bytes[14] portable state has an invalid currency code");
    assertThatThrownBy(() -> reader('U', '[', 'D', 2).readCurrency()).hasMessage("bytes[14] portable state has an invalid currency code");
    assertThat(reader('A', 'U', 'D', 2).readCurrency()).isEqualTo(CurrencyUnit.AUD);
    assertThat(reader('C', 'Z', 'K', 2).readCurrency()).isEqualTo(CurrencyUnit.of("CZK"));
    assertThatThrownBy(() -> reader('Q', 'Q', 'Q', 2).readCurrency())
        .hasMessage("bytes[14] portable state has a currency unknown to this JVM: QQQ");
    assertThatThrownBy(() -> reader('U', 'S', 'D', 3).readCurrency())
        .hasMessage("bytes[14] portable state has currency USD with 3 decimal places, this JVM has 2");
    assertThat(reader('X', 'A', 'U', 0).readCurrency()).isEqualTo(CurrencyUnit.of("XAU"));
  }
}
