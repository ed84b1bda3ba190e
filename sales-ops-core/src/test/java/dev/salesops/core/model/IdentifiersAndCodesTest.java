package dev.salesops.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdentifiersAndCodesTest {

  private static final List<Function<String, ?>> IDS = List.of(OpportunityId::of, AccountId::of, ContactId::of,
      LeadId::of, UserId::of, TeamId::of);
  private static final List<String> ID_FIELDS = List.of("opportunityId", "accountId", "contactId", "leadId", "userId", "teamId");

  private static final List<Function<String, ? extends ReferenceCode>> CODES = List.of(LeadSource::of, SalesChannel::of,
      Industry::of, LostReason::of, Region::of, ProductLine::of, Role::of);
  private static final List<String> CODE_FIELDS = List.of("leadSource", "salesChannel", "industry", "lostReason", "region",
      "productLine", "role");

  @Test
  void identifiersAreValidatedWithMessagesNamingFieldValueAndRule() {
    for (int i = 0; i < IDS.size(); i++) {
      Function<String, ?> of = IDS.get(i);
      String field = ID_FIELDS.get(i);
      assertThat(of.apply("A-1").toString()).isEqualTo("A-1");
      assertThatThrownBy(() -> of.apply("")).isInstanceOf(ValidationException.class).hasMessage(field + " must not be blank: \"\"");
      assertThatThrownBy(() -> of.apply("x".repeat(129)))
          .hasMessage(field + " must be at most 128 characters long: 129 characters");
      assertThatThrownBy(() -> of.apply("a\nb")).hasMessage(field + " must not contain control characters: U+000A at index 1");
      assertThatThrownBy(() -> of.apply(" a")).hasMessage(field + " must not start or end with whitespace: \" a\"");
      assertThatThrownBy(() -> of.apply(null)).isInstanceOf(NullPointerException.class).hasMessage(field);
      assertThat(of.apply("x".repeat(128))).isNotNull();
    }
  }

  @Test
  void identifiersCompareByValueAndTypeKeepsThemApart() {
    new EqualsTester()
        .addEqualityGroup(OpportunityId.of("1"), new OpportunityId("1"))
        .addEqualityGroup(OpportunityId.of("2"))
        .addEqualityGroup(AccountId.of("1"))
        .addEqualityGroup(UserId.of("1"))
        .addEqualityGroup(ContactId.of("1"))
        .addEqualityGroup(LeadId.of("1"))
        .addEqualityGroup(TeamId.of("1"))
        .testEquals();
    assertThat(UserId.of("a").compareTo(UserId.of("b"))).isNegative();
    assertThat(AccountId.of("b").compareTo(AccountId.of("a"))).isPositive();
    for (Class<?> c : List.of(OpportunityId.class, AccountId.class, ContactId.class, LeadId.class, UserId.class, TeamId.class)) {
      new NullPointerTester().testAllPublicStaticMethods(c);
      new NullPointerTester().testAllPublicConstructors(c);
    }
    new NullPointerTester().testAllPublicInstanceMethods(UserId.of("u"));
  }

  @Test
  void referenceCodesAreOpenSetsWithWellKnownConstants() {
    assertThat(LostReason.of("PRICE")).isSameAs(LostReason.PRICE);
    assertThat(LostReason.PRICE.isWellKnown()).isTrue();
    LostReason custom = LostReason.of("CONTRACT_TERMS");
    assertThat(custom.isWellKnown()).isFalse();
    assertThat(custom.code()).isEqualTo("CONTRACT_TERMS");
    assertThat(custom).hasToString("CONTRACT_TERMS");
    assertThat(LostReason.wellKnown()).containsExactly(LostReason.PRICE, LostReason.COMPETITOR, LostReason.NO_BUDGET,
        LostReason.NO_DECISION, LostReason.TIMING, LostReason.OTHER);
    assertThat(LeadSource.wellKnown()).extracting(ReferenceCode::code)
        .containsExactly("CONTENT_MARKETING", "SOCIAL_MEDIA", "SEARCH", "EVENTS", "REFERRAL");
    assertThat(SalesChannel.wellKnown()).extracting(ReferenceCode::code).containsExactly("DIRECT", "DISTRIBUTION", "ECOMMERCE");
    assertThat(Role.wellKnown()).contains(Role.REP, Role.MANAGER);
    assertThat(Industry.wellKnown()).hasSize(10);
    assertThat(Region.wellKnown()).hasSize(5);
    assertThat(ProductLine.wellKnown()).hasSize(3);
    new EqualsTester()
        .addEqualityGroup(Region.of("EMEA"), Region.of("EMEA"))
        .addEqualityGroup(Region.of("emea"))
        .addEqualityGroup(Industry.of("EMEA"))
        .addEqualityGroup(Region.NORTH, Region.of("NORTH"))
        .testEquals();
  }

  @Test
  void referenceCodesAreValidated() {
    for (int i = 0; i < CODES.size(); i++) {
      Function<String, ? extends ReferenceCode> of = CODES.get(i);
      String field = CODE_FIELDS.get(i);
      assertThatThrownBy(() -> of.apply(" ")).isInstanceOf(ValidationException.class).hasMessage(field + " must not be blank: \" \"");
      assertThatThrownBy(() -> of.apply("X ")).hasMessage(field + " must not start or end with whitespace: \"X \"");
      assertThatThrownBy(() -> of.apply("C".repeat(65))).hasMessage(field + " must be at most 64 characters long: 65 characters");
      assertThatThrownBy(() -> of.apply(null)).isInstanceOf(NullPointerException.class).hasMessage(field);
    }
    for (Class<?> c : List.of(LeadSource.class, SalesChannel.class, Industry.class, LostReason.class, Region.class,
        ProductLine.class, Role.class)) {
      new NullPointerTester().testAllPublicStaticMethods(c);
    }
  }

  @Test
  void identifiersAndCodesNeverThrowAnythingButTheDocumentedExceptions() {
    Property.forAll(21L, 500, r -> {
      String text = Generators.nastyText(r);
      for (Function<String, ?> of : IDS) {
        try {
          assertThat(of.apply(text).toString()).isEqualTo(text);
        } catch (ValidationException e) {
          assertThat(e.getMessage()).contains(" must ");
        }
      }
      for (Function<String, ? extends ReferenceCode> of : CODES) {
        try {
          ReferenceCode code = of.apply(text);
          assertThat(code.code()).isEqualTo(text);
          assertThat(of.apply(text)).isEqualTo(code).hasSameHashCodeAs(code);
        } catch (ValidationException e) {
          assertThat(e.getMessage()).contains(" must ");
        }
      }
    });
  }
}
