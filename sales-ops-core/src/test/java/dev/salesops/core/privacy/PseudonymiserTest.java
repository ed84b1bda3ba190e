package dev.salesops.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
  private static final byte[] SECRET = "correct horse battery staple 42!".getBytes(StandardCharsets.UTF_8);
  private final Pseudonymiser anonymiser = Pseudonymiser.withSecret(SECRET);

  private static Account account() {
    return Account.builder().id(AccountId.of("ACC-7")).name("Zhang San Trading").industry(Industry.RETAIL).sizeBand(SizeBand.SMALL)
        .region(Region.EAST).segment("SMALL_BUSINESS").ownerId(UserId.of("rep-1")).channel(SalesChannel.DIRECT).build();
  }

  private static List<Contact> contacts() {
    return List.of(
        Contact.builder().id(ContactId.of("C-1")).accountId(AccountId.of("ACC-7")).name("Zhang San").email("zhang.san@example.com")
            .phone("+86 21 5555 0101").title("Owner").decisionMaker(true).build(),
        Contact.builder().id(ContactId.of("C-2")).name("Li Si").email("li.si@example.com").build());
  }

  @Test
  void keepsWhatKpisNeedAndReplacesPersonalData() {
    PseudonymisedCustomer anon = anonymiser.pseudonymiseCustomer(account(), contacts());
    Account a = anon.account();
    assertThat(a.id().value()).matches("acct-[0-9a-f]{32}");
    assertThat(a.name()).isEqualTo(a.id().value());
    assertThat(a.industry()).contains(Industry.RETAIL);
    assertThat(a.sizeBand()).contains(SizeBand.SMALL);
    assertThat(a.region()).contains(Region.EAST);
    assertThat(a.segment()).contains("SMALL_BUSINESS");
    assertThat(a.ownerId()).contains(UserId.of("rep-1"));
    assertThat(a.channel()).contains(SalesChannel.DIRECT);
    assertThat(anon.contacts()).hasSize(2);
    Contact c = anon.contacts().get(0);
    assertThat(c.id().value()).matches("cont-[0-9a-f]{32}");
    assertThat(c.accountId()).contains(a.id());
    assertThat(anon.contacts().get(1).accountId()).contains(a.id());
    assertThat(c.email()).isEmpty();
    assertThat(c.phone()).isEmpty();
    assertThat(c.title()).isEmpty();
    assertThat(c.decisionMaker()).isTrue();

    // (the foundation mapper cannot serialise Account's Optional fields yet: no Jdk8Module; see the report)
    String everything = a.toString() + anon.contacts() + anon + anonymiser + a.name() + a.id() + c.name() + c.id();
    for (String personal : List.of("Zhang", "zhang", "Li Si", "example.com", "5555", "Owner", "ACC-7", "C-1", "C-2",
        "correct horse", HexFormat.of().formatHex(SECRET))) {
      assertThat(everything).doesNotContain(personal);
    }
  }

  @Test
  void sameInputSamePseudonymSoJoinsWork() {
    Pseudonymiser again = Pseudonymiser.withSecret(SECRET.clone());
    assertThat(again.pseudonymiseCustomer(account(), contacts())).isEqualTo(anonymiser.pseudonymiseCustomer(account(), contacts()));
    assertThat(anonymiser.pseudonymise(AccountId.of("ACC-7"))).isEqualTo(anonymiser.pseudonymiseCustomer(account(), List.of()).account().id());
    // name spaces are separate; another secret gives other pseudonyms
    assertThat(anonymiser.pseudonym("account", "x", "same")).isNotEqualTo(anonymiser.pseudonym("contact", "x", "same"));
    byte[] other = SECRET.clone();
    other[0] ^= 1;
    assertThat(Pseudonymiser.withSecret(other).pseudonymise(AccountId.of("ACC-7"))).isNotEqualTo(anonymiser.pseudonymise(AccountId.of("ACC-7")));
  }

  @Test
  void distinctIdsGetDistinctPseudonyms() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    Property.forAll(3L, 2000, r -> {
      String id = "id-" + r.nextLong();
      String p = anonymiser.pseudonymise(AccountId.of(id)).value();
      assertThat(p).isEqualTo(anonymiser.pseudonymise(AccountId.of(id)).value());
      seen.add(id + "=" + p);
    });
    assertThat(seen.stream().map(s -> s.substring(s.indexOf('=') + 1)).distinct().count()).isEqualTo(seen.size());
  }

  @Test
  void secretIsCopiedAndMustBeLongEnough() {
    byte[] secret = SECRET.clone();
    Pseudonymiser a = Pseudonymiser.withSecret(secret);
    AccountId before = a.pseudonymise(AccountId.of("x"));
    java.util.Arrays.fill(secret, (byte) 0);
    assertThat(a.pseudonymise(AccountId.of("x"))).isEqualTo(before);
    assertThatThrownBy(() -> Pseudonymiser.withSecret(new byte[15])).hasMessage("secret must be at least 32 bytes long: 15 bytes");
    assertThatThrownBy(() -> Pseudonymiser.withSecret(new byte[31])).hasMessage("secret must be at least 32 bytes long: 31 bytes");
    // a placeholder key: every byte the same
    assertThatThrownBy(() -> Pseudonymiser.withSecret(new byte[32]))
        .hasMessage("secret must be random bytes from a key store, not one byte repeated: 32 bytes");
    byte[] sevens = new byte[64];
    java.util.Arrays.fill(sevens, (byte) 7);
    assertThatThrownBy(() -> Pseudonymiser.withSecret(sevens)).isInstanceOf(dev.salesops.core.validation.ValidationException.class);
    assertThat(a.toString()).isEqualTo("Pseudonymiser[HMAC-SHA256, secret ***]");
  }

  @Test
  void refusesContactsOfAnotherAccount() {
    Contact stranger = Contact.builder().id(ContactId.of("C-9")).accountId(AccountId.of("OTHER")).name("Wang Wu").build();
    assertThatThrownBy(() -> anonymiser.pseudonymiseCustomer(account(), List.of(contacts().get(0), stranger)))
        .hasMessage("contacts[1].accountId must be the id of the account being pseudonymised")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Wang").doesNotContain("OTHER").doesNotContain("ACC-7"));
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester = new NullPointerTester().setDefault(Account.class, account())
        .setDefault(AccountId.class, AccountId.of("a")).setDefault(ContactId.class, ContactId.of("c"));
    tester.testAllPublicInstanceMethods(anonymiser);
    new NullPointerTester().testAllPublicStaticMethods(Pseudonymiser.class);
  }
}
