package dev.salesops.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Account, Contact, Lead, Opportunity, SalesRep, Team and BantAssessment. */
class RecordsTest {
  private static final Instant CREATED = Instant.parse("2024-05-01T09:30:00Z");
  private static final Money USD_100 = Money.of(CurrencyUnit.USD, new BigDecimal("100.00"));

  private static Opportunity.Builder opportunity() {
    return Opportunity.builder().id(OpportunityId.of("OPP-1")).ownerId(UserId.of("rep-1")).stage("PROPOSAL").createdAt(CREATED);
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Money.class, USD_100)
        .setDefault(Instant.class, CREATED)
        .setDefault(LocalDate.class, LocalDate.of(2024, 6, 1))
        .setDefault(String.class, "x")
        .setDefault(BantCriterion.class, BantCriterion.NEED)
        .setDefault(BantStatus.class, BantStatus.PARTIAL)
        .setDefault(Probability.class, Probability.ONE)
        .setDefault(OpportunityId.class, OpportunityId.of("o"))
        .setDefault(AccountId.class, AccountId.of("a"))
        .setDefault(ContactId.class, ContactId.of("c"))
        .setDefault(LeadId.class, LeadId.of("l"))
        .setDefault(UserId.class, UserId.of("u"))
        .setDefault(TeamId.class, TeamId.of("t"))
        .setDefault(Role.class, Role.REP)
        .setDefault(Region.class, Region.EAST)
        .setDefault(Industry.class, Industry.RETAIL)
        .setDefault(LeadSource.class, LeadSource.SEARCH)
        .setDefault(SalesChannel.class, SalesChannel.DIRECT)
        .setDefault(ProductLine.class, ProductLine.STANDARD)
        .setDefault(SizeBand.class, SizeBand.SMALL)
        .setDefault(BantAssessment.class, BantAssessment.unknown());
  }

  // ---- Opportunity

  @Test
  void opportunityHoldsTheFactsOfADeal() {
    Opportunity o = opportunity().accountId(AccountId.of("ACME")).amount(USD_100).expectedCloseDate(LocalDate.of(2024, 5, 1))
        .productLine(ProductLine.PREMIUM).channel(SalesChannel.DIRECT).leadSource(LeadSource.REFERRAL)
        .putAttributes("employees", "250").build();
    assertThat(o.amount()).contains(USD_100);
    assertThat(o.bant()).isSameAs(BantAssessment.unknown());
    assertThat(o.attributes()).containsExactly(Map.entry("employees", "250"));
    assertThat(Opportunity.builder().from(o).build()).isEqualTo(o);
    assertThat(o.toString()).startsWith("Opportunity{id=OPP-1, accountId=ACME, ownerId=rep-1, amount=USD 100.00");
    assertThatThrownBy(() -> o.attributes().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void opportunityRulesNameFieldValueAndRule() {
    assertThatThrownBy(() -> opportunity().amount(Money.of(CurrencyUnit.USD, new BigDecimal("-1"))).build())
        .isInstanceOf(ValidationException.class).hasMessage("opportunity.amount must not be negative: USD -1.00");
    assertThatThrownBy(() -> opportunity().amount(Money.of(CurrencyUnit.USD, new BigDecimal("1e16"))).build())
        .hasMessage("opportunity.amount must be at most 1000000000000000 in absolute value: USD 10000000000000000.00");
    assertThatThrownBy(() -> opportunity().expectedCloseDate(LocalDate.of(2024, 4, 30)).build())
        .hasMessage("opportunity.expectedCloseDate must not be before the creation date 2024-05-01: 2024-04-30");
    assertThatThrownBy(() -> opportunity().stage("").build()).hasMessage("opportunity.stage must not be blank: \"\"");
    assertThatThrownBy(() -> opportunity().stage("WON ").build()).hasMessage("opportunity.stage must not start or end with whitespace: \"WON \"");
    assertThatThrownBy(() -> opportunity().createdAt(Instant.MAX).build())
        .hasMessage("opportunity.createdAt must be within the years 0001 to 9999 (UTC): " + Instant.MAX);
    assertThatThrownBy(() -> opportunity().expectedCloseDate(LocalDate.MAX).build())
        .hasMessage("opportunity.expectedCloseDate must be within the years 0001 to 9999: +999999999-12-31");
    assertThatThrownBy(() -> opportunity().putAttributes("k", "v\u0000").build())
        .hasMessage("opportunity.attributes.k must be at most 1000 characters without control characters: 2 characters");
    assertThatThrownBy(() -> opportunity().putAttributes(" ", "v").build())
        .hasMessage("opportunity.attributes key must not be blank: \" \"");
    Opportunity.Builder many = opportunity();
    for (int i = 0; i <= 100; i++) {
      many.putAttributes("k" + i, "v");
    }
    assertThatThrownBy(many::build).hasMessage("opportunity.attributes must hold at most 100 entries: 101");
    assertThatThrownBy(() -> Opportunity.builder().id(OpportunityId.of("1")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownerId").hasMessageNotContaining("stage")
        .hasMessageContaining("createdAt");
    // one source of truth: the stage copy is optional (and deprecated); where a deal is lives in its snapshot
    assertThat(Opportunity.builder().id(OpportunityId.of("1")).ownerId(UserId.of("u")).createdAt(CREATED).build().stage())
        .isEmpty();
    assertThatThrownBy(() -> opportunity().amount((Money) null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
  }

  // ---- BANT

  @Test
  void bantRecordsFactsPerCriterion() {
    BantAssessment bant = BantAssessment.builder().budget(BantStatus.CONFIRMED).budgetAmount(USD_100)
        .authority(BantStatus.PARTIAL).decisionMaker(ContactId.of("c-9")).needStatement("Replace the old CRM.\nBy Q3.")
        .timeline(BantStatus.CONFIRMED).targetDate(LocalDate.of(2024, 9, 30)).build();
    assertThat(bant.status(BantCriterion.BUDGET)).isEqualTo(BantStatus.CONFIRMED);
    assertThat(bant.status(BantCriterion.AUTHORITY)).isEqualTo(BantStatus.PARTIAL);
    assertThat(bant.status(BantCriterion.NEED)).isEqualTo(BantStatus.UNKNOWN);
    assertThat(bant.hasEvidence(BantCriterion.NEED)).isTrue();
    assertThat(BantAssessment.unknown().hasEvidence(BantCriterion.TIMELINE)).isFalse();
    assertThat(bant.isFullyConfirmed()).isFalse();
    BantAssessment all = bant.withStatus(BantCriterion.AUTHORITY, BantStatus.CONFIRMED).withStatus(BantCriterion.NEED, BantStatus.CONFIRMED);
    assertThat(all.isFullyConfirmed()).isTrue();
    assertThat(all.withStatus(BantCriterion.TIMELINE, BantStatus.NEGATIVE).timeline()).isEqualTo(BantStatus.NEGATIVE);
    assertThat(all.withStatus(BantCriterion.BUDGET, BantStatus.NEGATIVE).budget()).isEqualTo(BantStatus.NEGATIVE);
    assertThat(BantCriterion.AUTHORITY.label()).isEqualTo("Authority");
    assertThatThrownBy(() -> BantAssessment.builder().budgetAmount(USD_100.negated()).build())
        .hasMessage("bant.budgetAmount must not be negative: USD -100.00");
    assertThatThrownBy(() -> BantAssessment.builder().needStatement("a\u0001").build())
        .hasMessage("bant.needStatement must not contain control characters other than line breaks and tabs: U+0001 at index 1");
    assertThatThrownBy(() -> BantAssessment.builder().needStatement("n".repeat(2001)).build())
        .hasMessage("bant.needStatement must be at most 2000 characters long: 2001 characters");
    assertThatThrownBy(() -> BantAssessment.builder().targetDate(LocalDate.of(-5, 1, 1)).build())
        .hasMessage("bant.targetDate must be within the years 0001 to 9999: -0005-01-01");
    tester().testAllPublicInstanceMethods(bant);
    tester().testAllPublicStaticMethods(BantAssessment.class);
  }

  // ---- Account, Team

  @Test
  void accountAndTeam() {
    Account a = Account.builder().id(AccountId.of("ACME")).name("ACME Trading Co.").industry(Industry.RETAIL)
        .sizeBand(SizeBand.LARGE).region(Region.EAST).segment("KEY").ownerId(UserId.of("rep-1")).build();
    assertThat(a.toString()).isEqualTo("Account{id=ACME, name=ACME Trading Co., industry=RETAIL, sizeBand=LARGE, region=EAST, segment=KEY, ownerId=rep-1}");
    assertThatThrownBy(() -> Account.builder().id(AccountId.of("A")).name("").build()).hasMessage("account.name must not be blank: \"\"");
    assertThatThrownBy(() -> Account.builder().id(AccountId.of("A")).name("n").segment("s\t").build())
        .hasMessage("account.segment must not contain control characters: U+0009 at index 1");
    Team t = Team.of(TeamId.of("east"), "East team");
    assertThat(t.name()).isEqualTo("East team");
    assertThat(t.region()).isEmpty();
    assertThatThrownBy(() -> Team.of(TeamId.of("t"), "x".repeat(201))).hasMessage("team.name must be at most 200 characters long: 201 characters");
    assertThatThrownBy(() -> Team.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("id");
    tester().setDefault(TeamId.class, TeamId.of("t")).testAllPublicStaticMethods(Team.class);
  }

  // ---- personal data

  @Test
  void personalDataNeverAppearsInToStringOrMessages() {
    Contact c = Contact.builder().id(ContactId.of("c-1")).accountId(AccountId.of("ACME")).name("Wang Xiaoming")
        .email("wang.xm@example.cn").phone("+86 21 5555 0101").title("CTO").decisionMaker(true).build();
    assertThat(c.toString()).doesNotContain("Wang", "wang", "5555", "example").contains("name=***", "email=***", "phone=***", "title=CTO");
    assertThat(c.name()).isEqualTo("Wang Xiaoming");
    Lead lead = Lead.builder().id(LeadId.of("L-1")).source(LeadSource.EVENTS).contactPoint("li.na@example.com")
        .companyName("Li Trading").createdAt(CREATED).build();
    assertThat(lead.toString()).doesNotContain("li.na").contains("contactPoint=***");
    assertThat(lead.hasContactPoint()).isTrue();
    assertThat(Lead.builder().from(lead).contactPoint(java.util.Optional.empty()).build().hasContactPoint()).isFalse();
    SalesRep rep = SalesRep.builder().id(UserId.of("rep-7")).name("Zhang Wei").teamId(TeamId.of("east"))
        .addRoles(Role.REP, Role.MANAGER).build();
    assertThat(rep.toString()).doesNotContain("Zhang").contains("name=***");
    assertThat(rep.hasRole(Role.MANAGER)).isTrue();
    assertThat(rep.hasRole(Role.of("AUDITOR"))).isFalse();

    String secret = "Secret Person\u0000";
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name(secret).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("contact.name must be 1 to 200 characters without control characters: (redacted, 14 characters)")
        .message().doesNotContain("Secret");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").email("secret@@example.com").build())
        .hasMessage("contact.email must be an e-mail address of at most 254 characters: (redacted)");
    assertThatThrownBy(() -> Contact.builder().id(ContactId.of("c")).name("n").phone("call 555-secret").build())
        .hasMessage("contact.phone must be at most 40 digits, spaces and +()-./: (redacted)");
    assertThatThrownBy(() -> Lead.builder().id(LeadId.of("l")).source(LeadSource.SEARCH).createdAt(CREATED)
        .contactPoint("secret\n@example.com").build())
        .hasMessage("lead.contactPoint must be 1 to 254 characters without control characters: (redacted)");
    assertThatThrownBy(() -> SalesRep.builder().id(UserId.of("u")).name(" ").build())
        .hasMessage("salesRep.name must be 1 to 200 characters without control characters: (redacted)");
    assertThatThrownBy(() -> SalesRep.builder().id(UserId.of("u")).managerId(UserId.of("u")).build())
        .hasMessage("salesRep.managerId must not be the user itself: u");
    assertThatThrownBy(() -> Lead.builder().id(LeadId.of("l")).source(LeadSource.SEARCH).createdAt(Instant.MIN).build())
        .hasMessageStartingWith("lead.createdAt must be within the years 0001 to 9999 (UTC): ");
    tester().testAllPublicInstanceMethods(rep);
  }

  @Test
  void personalDataIsRedactedWhateverItsValue() {
    Property.forAll(303L, 300, r -> {
      String name = "Person " + Generators.text(r, 100) + r.nextInt(1_000_000);
      String email = "pii" + r.nextInt(1_000_000) + "@mail" + r.nextInt(1000) + ".example";
      String phone = "+" + (1_000_000 + r.nextInt(9_000_000));
      Contact c = Contact.builder().from(Generators.contact(r)).name(name).email(email).phone(phone).build();
      assertThat(c.toString()).doesNotContain(name, email, phone);
      Lead l = Lead.builder().from(Generators.lead(r)).contactPoint(r.nextBoolean() ? email : phone).build();
      assertThat(l.toString()).doesNotContain(email, phone);
      SalesRep s = SalesRep.builder().from(Generators.salesRep(r)).name(name).build();
      assertThat(s.toString()).doesNotContain(name);
      Opportunity o = Generators.opportunity(r);
      assertThat(o.toString()).contains(o.id().value());
    });
  }

  @Test
  void valueEqualityOfEveryRecord() {
    Random r = new Random(3);
    for (Function<Random, ?> gen : List.<Function<Random, ?>>of(Generators::opportunity, Generators::account,
        Generators::contact, Generators::lead, Generators::salesRep, Generators::team, Generators::bant)) {
      Object a = gen.apply(new Random(99));
      Object b = gen.apply(new Random(99));
      Object c = gen.apply(r);
      new EqualsTester().addEqualityGroup(a, b).addEqualityGroup(c).testEquals();
    }
  }

  @Test
  void buildersRefuseNullsNamingTheAttribute() {
    tester().testAllPublicInstanceMethods(Opportunity.builder());
    tester().testAllPublicInstanceMethods(Account.builder());
    tester().testAllPublicInstanceMethods(Contact.builder());
    tester().testAllPublicInstanceMethods(Lead.builder());
    tester().testAllPublicInstanceMethods(SalesRep.builder());
    tester().testAllPublicInstanceMethods(Team.builder());
    tester().testAllPublicInstanceMethods(BantAssessment.builder());
    for (Class<?> c : List.of(Opportunity.class, Account.class, Contact.class, Lead.class, SalesRep.class, Team.class)) {
      tester().testAllPublicStaticMethods(c);
    }
  }

  // ---- properties: random valid and invalid inputs never throw anything but the documented exceptions

  /** Runs {@code build}; passes when it succeeds or throws a documented exception with a message naming a field. */
  private static void documented(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      assertThat(e.getMessage()).matches("(?s)[a-zA-Z][a-zA-Z.]* .*must .*");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("Cannot build ");
    } catch (NullPointerException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static Money anyMoney(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return Generators.money(r).negated();
      case 1:
        return Money.of(CurrencyUnit.USD, BigDecimal.TEN.pow(10 + r.nextInt(15)));
      default:
        return Generators.money(r);
    }
  }

  private static Instant anyInstant(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return r.nextBoolean() ? Instant.MAX : Instant.MIN;
      case 1:
        return Instant.ofEpochSecond(r.nextLong() % 31_556_889_864_403_199L);
      default:
        return Generators.instant(r);
    }
  }

  private static LocalDate anyDate(Random r) {
    return r.nextInt(4) == 0 ? LocalDate.ofEpochDay(r.nextLong() % 365_241_780_471L) : LocalDate.of(1990 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  @Test
  void opportunityConstructionProperty() {
    Property.forAll(101L, 500, r -> {
      Opportunity valid = Generators.opportunity(r);
      assertThat(Opportunity.builder().from(valid).build()).isEqualTo(valid);
      documented(() -> Opportunity.builder().id(OpportunityId.of(Generators.idText(r))).ownerId(UserId.of(Generators.idText(r)))
          .stage(Generators.nastyText(r)).createdAt(anyInstant(r)).amount(anyMoney(r)).expectedCloseDate(anyDate(r))
          .putAttributes(Generators.nastyText(r), r.nextBoolean() ? "v" : Generators.nastyText(r))
          .bant(Generators.bant(r)).build());
      documented(() -> Opportunity.builder().from(valid).ownerId(UserId.of(Generators.nastyText(r))).build());
      documented(() -> Opportunity.builder().id(OpportunityId.of("x")).build());
    });
  }

  @Test
  void accountContactLeadRepTeamBantConstructionProperty() {
    Property.forAll(202L, 500, r -> {
      assertThat(Account.builder().from(Generators.account(r)).build()).isNotNull();
      assertThat(Contact.builder().from(Generators.contact(r)).build()).isNotNull();
      assertThat(Lead.builder().from(Generators.lead(r)).build()).isNotNull();
      assertThat(SalesRep.builder().from(Generators.salesRep(r)).build()).isNotNull();
      assertThat(Team.builder().from(Generators.team(r)).build()).isNotNull();
      assertThat(BantAssessment.builder().from(Generators.bant(r)).build()).isNotNull();
      documented(() -> Account.builder().id(AccountId.of(Generators.nastyText(r))).name(Generators.nastyText(r))
          .segment(Generators.nastyText(r)).build());
      documented(() -> Contact.builder().id(ContactId.of("c")).name(Generators.nastyText(r)).email(Generators.nastyText(r))
          .phone(Generators.nastyText(r)).title(Generators.nastyText(r)).build());
      documented(() -> Lead.builder().id(LeadId.of("l")).source(LeadSource.of(Generators.nastyText(r)))
          .contactPoint(Generators.nastyText(r)).companyName(Generators.nastyText(r)).createdAt(anyInstant(r)).build());
      documented(() -> SalesRep.builder().id(UserId.of("u")).name(Generators.nastyText(r))
          .managerId(UserId.of(r.nextBoolean() ? "u" : "m")).addRoles(Role.of(Generators.nastyText(r))).build());
      documented(() -> Team.builder().id(TeamId.of(Generators.nastyText(r))).name(Generators.nastyText(r)).build());
      documented(() -> BantAssessment.builder().budgetAmount(anyMoney(r)).needStatement(Generators.nastyText(r))
          .targetDate(anyDate(r)).build());
    });
  }
}
