package dev.salesops.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Boundaries of the model's values: probability scales and ranges, contact checks, codes and ids. */
class ModelBoundariesTest {
  @Test
  void probabilityRangesAndScalesAreInclusiveAtTheirEdges() {
    assertThat(Probability.ofPercent(BigDecimal.ZERO)).isSameAs(Probability.ZERO);
    assertThat(Probability.ofPercent(new BigDecimal("100"))).isSameAs(Probability.ONE);
    assertThatThrownBy(() -> Probability.ofPercent(new BigDecimal("-0.000001"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("percent must be within [0, 100]");
    assertThatThrownBy(() -> Probability.ofPercent(new BigDecimal("100.0000001"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("percent must be within [0, 100]");
    // at most 10 decimal places as a percentage (12 as a probability)
    assertThat(Probability.ofPercent(new BigDecimal("12.3456789012")).value()).isEqualTo(new BigDecimal("0.123456789012"));
    assertThatThrownBy(() -> Probability.ofPercent(new BigDecimal("12.34567890123"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("percent must have at most 10 decimal places");
    assertThat(Probability.ofPercent(new BigDecimal("12.3456789012000")).value()).isEqualTo(new BigDecimal("0.123456789012"));
    assertThat(Probability.of(new BigDecimal("0.123456789012")).value()).isEqualTo(new BigDecimal("0.123456789012"));
    assertThatThrownBy(() -> Probability.of(new BigDecimal("0.1234567890123"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must have at most 12 decimal places");
    assertThat(Probability.of(new BigDecimal("0.5000000000000000000")).value()).isEqualTo(new BigDecimal("0.5"));
    assertThat(Probability.of(new BigDecimal("0E-30"))).isSameAs(Probability.ZERO);
    assertThat(Probability.of(new BigDecimal("1.000000000000000"))).isSameAs(Probability.ONE);
    assertThat(Probability.of(new BigDecimal("1E-12")).value()).isEqualTo(new BigDecimal("1E-12"));
    assertThatThrownBy(() -> Probability.of(new BigDecimal("1E-13"))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Probability.of(new BigDecimal("1.0000000000001"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be within [0, 1]");
    // parse: 40 characters is the limit
    String forty = "0." + "1".repeat(10) + "0".repeat(28);
    assertThat(forty).hasSize(40);
    assertThat(Probability.parse(forty).value()).isEqualTo(new BigDecimal("0.1111111111"));
    assertThatThrownBy(() -> Probability.parse(forty + "0")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("of at most 40 characters");
    assertThat(Probability.parse(" 100 % ")).isSameAs(Probability.ONE);
    assertThat(Probability.parse("0%")).isSameAs(Probability.ZERO);
    assertThatThrownBy(() -> Probability.parse("-1%")).hasMessageContaining("must be within [0%, 100%]");
    assertThatThrownBy(() -> Probability.parse("100.01%")).hasMessageContaining("must be within [0%, 100%]");
    assertThatThrownBy(() -> Probability.parse("1.23456789012345%")).hasMessageContaining("decimal places as a percentage");
    assertThat(Probability.parse("1.2345678901%").value()).isEqualTo(new BigDecimal("0.012345678901"));
    assertThat(Probability.of(new BigDecimal("0.35")).toPercent()).isEqualTo(new BigDecimal("35"));
    assertThat(Probability.of(new BigDecimal("0.355")).toPercent()).isEqualTo(new BigDecimal("35.5"));
    assertThat(Probability.ONE.toPercent().toString()).isEqualTo("100");
    assertThat(Probability.ZERO.toPercent()).isEqualTo(BigDecimal.ZERO);
    assertThat(Probability.of(new BigDecimal("0.3")).hashCode()).isEqualTo(Probability.parse("30%").hashCode())
        .isNotEqualTo(Probability.of(new BigDecimal("0.4")).hashCode());
  }

  @Test
  void contactChecksAreInclusiveAtTheirLimits() {
    Contact ok = Contact.builder().id(ContactId.of("c")).name("n".repeat(200)).email("a@" + "b".repeat(252)).phone("1".repeat(40)).build();
    assertThat(ok.decisionMaker()).isFalse();
    assertThat(ok.email().orElseThrow()).hasSize(254);
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n".repeat(201)).build())
        .hasMessageContaining("contact.name must be 1 to 200 characters");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").email("a@" + "b".repeat(253)).build())
        .hasMessageContaining("contact.email");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").email("@b").build()).hasMessageContaining("contact.email");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").email("a@").build()).hasMessageContaining("contact.email");
    assertThat(Contact.builder().id(ContactId.of("c")).name("n").email("a@b").build().email()).contains("a@b");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").phone("1".repeat(41)).build())
        .hasMessageContaining("contact.phone");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").title("t".repeat(201)).build())
        .hasMessageContaining("contact.title");
    assertThat(Contact.builder().id(ContactId.of("c")).name("n").title("t".repeat(200)).build().title()).isPresent();
  }

  @Test
  void codesKnowTheirConstantsAndIdsCompareByValue() {
    assertThat(Industry.RETAIL.isWellKnown()).isTrue();
    assertThat(Industry.of("SPACE_MINING").isWellKnown()).isFalse();
    assertThat(LeadSource.EVENTS.isWellKnown()).isTrue();
    assertThat(LeadSource.of("CARRIER_PIGEON").isWellKnown()).isFalse();
    assertThat(ProductLine.PREMIUM.isWellKnown()).isTrue();
    assertThat(ProductLine.of("WIDGETS").isWellKnown()).isFalse();
    assertThat(Region.NORTH.isWellKnown()).isTrue();
    assertThat(Region.of("MOON").isWellKnown()).isFalse();
    assertThat(Role.REP.isWellKnown()).isTrue();
    assertThat(Role.of("JESTER").isWellKnown()).isFalse();
    assertThat(SalesChannel.of("DIRECT").isWellKnown()).isTrue();
    assertThat(SalesChannel.of("TELEPATHY").isWellKnown()).isFalse();
    assertThat(LeadId.of("L-1").value()).isEqualTo("L-1");
    assertThat(TeamId.of("T-1").value()).isEqualTo("T-1");
    assertThat(OpportunityId.of("O-1").value()).isEqualTo("O-1");
    assertThat(LeadId.of("a").compareTo(LeadId.of("b"))).isNegative();
    assertThat(LeadId.of("b").compareTo(LeadId.of("a"))).isPositive();
    assertThat(TeamId.of("a").compareTo(TeamId.of("b"))).isNegative();
    assertThat(TeamId.of("b").compareTo(TeamId.of("a"))).isPositive();
    assertThat(OpportunityId.of("a").compareTo(OpportunityId.of("b"))).isNegative();
    assertThat(OpportunityId.of("b").compareTo(OpportunityId.of("a"))).isPositive();
    assertThat(ContactId.of("a").compareTo(ContactId.of("b"))).isNegative();
    assertThat(ContactId.of("b").compareTo(ContactId.of("a"))).isPositive();
  }
}
