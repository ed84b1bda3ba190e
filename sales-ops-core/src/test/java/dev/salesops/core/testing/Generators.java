package dev.salesops.core.testing;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.Lead;
import dev.salesops.core.model.LeadId;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.model.Team;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Random valid core values for property tests (shared through the core test-jar). Every generator draws only
 * from its {@link Random}, so a failing seed replays exactly.
 */
public final class Generators {
  private Generators() {}

  /** Currencies with 0, 2 and 3 decimal places. */
  public static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY,
      CurrencyUnit.of("CNY"), CurrencyUnit.of("BHD"), CurrencyUnit.GBP);

  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:./";
  private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-&'.,éü漢字";

  /** One element of {@code list}. */
  public static <T> T oneOf(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** A valid identifier text: 1 to 40 characters, no whitespace at the ends. */
  public static String idText(Random r) {
    int n = 1 + r.nextInt(40);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(ID_CHARS.charAt(r.nextInt(ID_CHARS.length())));
    }
    return b.toString();
  }

  /** A valid display text of 1 to {@code max} characters, no whitespace at the ends. */
  public static String text(Random r, int max) {
    int n = 1 + r.nextInt(Math.min(max, 30));
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(WORD_CHARS.charAt(r.nextInt(WORD_CHARS.length())));
    }
    String s = b.toString().strip();
    return s.isEmpty() ? "x" : s;
  }

  /** A code for reference data: upper-case letters and underscores. */
  public static String code(Random r) {
    int n = 1 + r.nextInt(20);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ_".charAt(r.nextInt(27)));
    }
    return b.toString();
  }

  /** A valid amount in a random currency, from 0 up to 10^12 major units. */
  public static Money money(Random r) {
    return money(r, oneOf(r, CURRENCIES));
  }

  /** A valid non-negative amount in {@code currency}. */
  public static Money money(Random r, CurrencyUnit currency) {
    long bound = (long) Math.pow(10, 12 + currency.getDecimalPlaces());
    long minor = r.nextInt(4) == 0 ? r.nextInt(1000) : (r.nextLong() >>> 1) % bound;
    return Money.ofMinor(currency, minor);
  }

  /** An instant within 2000 to 2039, at a random nanosecond. */
  public static Instant instant(Random r) {
    long seconds = 946_684_800L + (long) (r.nextDouble() * 1_262_304_000L);
    return Instant.ofEpochSecond(seconds, r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
  }

  /** A date from {@code from}'s UTC date to about ten years after. */
  public static LocalDate dateAfter(Random r, Instant from) {
    return LocalDate.ofInstant(from, ZoneOffset.UTC).plusDays(r.nextInt(3650));
  }

  /** A probability with up to 12 decimal places. */
  public static Probability probability(Random r) {
    int scale = r.nextInt(13);
    long unscaled = (long) (r.nextDouble() * Math.pow(10, scale));
    return Probability.of(BigDecimal.valueOf(unscaled, scale));
  }

  /** A random well-known or host-defined value. */
  public static Region region(Random r) {
    return r.nextBoolean() ? oneOf(r, Region.wellKnown()) : Region.of(code(r));
  }

  /** A random well-known or host-defined value. */
  public static Industry industry(Random r) {
    return r.nextBoolean() ? oneOf(r, Industry.wellKnown()) : Industry.of(code(r));
  }

  /** A random well-known or host-defined value. */
  public static SalesChannel channel(Random r) {
    return r.nextBoolean() ? oneOf(r, SalesChannel.wellKnown()) : SalesChannel.of(code(r));
  }

  /** A random well-known or host-defined value. */
  public static LeadSource leadSource(Random r) {
    return r.nextBoolean() ? oneOf(r, LeadSource.wellKnown()) : LeadSource.of(code(r));
  }

  /** A random well-known or host-defined value. */
  public static ProductLine productLine(Random r) {
    return r.nextBoolean() ? oneOf(r, ProductLine.wellKnown()) : ProductLine.of(code(r));
  }

  /** A random well-known or host-defined value. */
  public static Role role(Random r) {
    return r.nextBoolean() ? oneOf(r, Role.wellKnown()) : Role.of(code(r));
  }

  /** A random BANT assessment. */
  public static BantAssessment bant(Random r) {
    BantAssessment.Builder b = BantAssessment.builder()
        .budget(oneOf(r, List.of(BantStatus.values())))
        .authority(oneOf(r, List.of(BantStatus.values())))
        .need(oneOf(r, List.of(BantStatus.values())))
        .timeline(oneOf(r, List.of(BantStatus.values())));
    if (r.nextBoolean()) {
      b.budgetAmount(money(r));
    }
    if (r.nextBoolean()) {
      b.decisionMaker(ContactId.of(idText(r)));
    }
    if (r.nextBoolean()) {
      b.needStatement(text(r, 2000) + (r.nextBoolean() ? "\nsecond line" : ""));
    }
    if (r.nextBoolean()) {
      b.targetDate(LocalDate.of(2000 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }
    return b.build();
  }

  /** A random valid opportunity. */
  public static Opportunity opportunity(Random r) {
    Instant created = instant(r);
    Opportunity.Builder b = Opportunity.builder()
        .id(OpportunityId.of(idText(r)))
        .ownerId(UserId.of(idText(r)))
        .stage(code(r))
        .createdAt(created);
    if (r.nextBoolean()) {
      b.accountId(AccountId.of(idText(r)));
    }
    if (r.nextBoolean()) {
      b.amount(money(r));
    }
    if (r.nextBoolean()) {
      b.expectedCloseDate(dateAfter(r, created));
    }
    if (r.nextBoolean()) {
      b.productLine(productLine(r));
    }
    if (r.nextBoolean()) {
      b.channel(channel(r));
    }
    if (r.nextBoolean()) {
      b.leadSource(leadSource(r));
    }
    if (r.nextBoolean()) {
      b.bant(bant(r));
    }
    int attributes = r.nextInt(4);
    for (int i = 0; i < attributes; i++) {
      b.putAttributes(code(r).toLowerCase(java.util.Locale.ROOT), r.nextBoolean() ? "" : text(r, 1000));
    }
    return b.build();
  }

  /** A random valid account. */
  public static Account account(Random r) {
    Account.Builder b = Account.builder().id(AccountId.of(idText(r))).name(text(r, 200));
    if (r.nextBoolean()) {
      b.industry(industry(r));
    }
    if (r.nextBoolean()) {
      b.sizeBand(oneOf(r, List.of(SizeBand.values())));
    }
    if (r.nextBoolean()) {
      b.region(region(r));
    }
    if (r.nextBoolean()) {
      b.segment(code(r));
    }
    if (r.nextBoolean()) {
      b.ownerId(UserId.of(idText(r)));
    }
    if (r.nextBoolean()) {
      b.channel(channel(r));
    }
    return b.build();
  }

  /** A random valid contact. */
  public static Contact contact(Random r) {
    Contact.Builder b = Contact.builder().id(ContactId.of(idText(r))).name(text(r, 200));
    if (r.nextBoolean()) {
      b.accountId(AccountId.of(idText(r)));
    }
    if (r.nextBoolean()) {
      b.email("p" + r.nextInt(100000) + "@example.com");
    }
    if (r.nextBoolean()) {
      b.phone("+86 21 " + (1000_0000 + r.nextInt(9000_0000)));
    }
    if (r.nextBoolean()) {
      b.title(text(r, 200));
    }
    b.decisionMaker(r.nextBoolean());
    return b.build();
  }

  /** A random valid lead. */
  public static Lead lead(Random r) {
    Lead.Builder b = Lead.builder().id(LeadId.of(idText(r))).source(leadSource(r)).createdAt(instant(r));
    if (r.nextBoolean()) {
      b.contactPoint("lead" + r.nextInt(100000) + "@example.org");
    }
    if (r.nextBoolean()) {
      b.contactId(ContactId.of(idText(r)));
    }
    if (r.nextBoolean()) {
      b.companyName(text(r, 200));
    }
    if (r.nextBoolean()) {
      b.ownerId(UserId.of(idText(r)));
    }
    return b.build();
  }

  /** A random valid sales rep. */
  public static SalesRep salesRep(Random r) {
    SalesRep.Builder b = SalesRep.builder().id(UserId.of("u-" + idText(r)));
    if (r.nextBoolean()) {
      b.name(text(r, 200));
    }
    if (r.nextBoolean()) {
      b.teamId(TeamId.of(idText(r)));
    }
    if (r.nextBoolean()) {
      b.managerId(UserId.of("m-" + idText(r)));
    }
    if (r.nextBoolean()) {
      b.region(region(r));
    }
    int roles = r.nextInt(3);
    for (int i = 0; i < roles; i++) {
      b.addRoles(role(r));
    }
    return b.build();
  }

  /** A random valid team. */
  public static Team team(Random r) {
    Team.Builder b = Team.builder().id(TeamId.of(idText(r))).name(text(r, 200));
    if (r.nextBoolean()) {
      b.region(region(r));
    }
    if (r.nextBoolean()) {
      b.managerId(UserId.of(idText(r)));
    }
    return b.build();
  }

  /** A random text that is often invalid: blank, too long, with control characters, or odd whitespace. */
  public static String nastyText(Random r) {
    switch (r.nextInt(8)) {
      case 0:
        return "";
      case 1:
        return " ".repeat(1 + r.nextInt(3));
      case 2:
        return "x".repeat(100 + r.nextInt(3000));
      case 3:
        return "a\u0000b";
      case 4:
        return " lead";
      case 5:
        return "tab\tinside";
      case 6:
        return "line\nbreak";
      default:
        return idText(r);
    }
  }
}
