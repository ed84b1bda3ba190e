package dev.salesops.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Probability;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocatorTest {
  static final UserId ANN = UserId.of("ann");
  static final UserId BOB = UserId.of("bob");

  static Candidate c(String id, double score, String amount, String p) {
    return Candidate.of(id, score, Money.parse("EUR " + amount), Probability.parse(p));
  }

  @Test
  void ranksByScoreThenExpectedValue() {
    List<Candidate> in = List.of(c("a", 50, "100000", "10%"), c("b", 80, "10000", "50%"), c("c", 80, "20000", "50%"));
    assertThat(Allocator.of(Allocator.Priority.SCORE_FIRST).rank(in)).extracting(Candidate::id).containsExactly("c", "b", "a");
    assertThat(Allocator.of(Allocator.Priority.VALUE_FIRST).rank(in)).extracting(Candidate::id).containsExactly("c", "a", "b");
    assertThat(in.get(0).expectedValue()).isEqualTo(Money.parse("EUR 10000.00"));
  }

  @Test
  void assignsWithCapacityAndTerritoryAndSaysWhy() {
    List<Candidate> in = List.of(c("a", 90, "1000", "50%"), c("b", 80, "1000", "50%"), c("c", 70, "1000", "50%"),
        new Candidate("d", 60, Money.parse("EUR 500"), Probability.parse("20%"), "NORTH"),
        new Candidate("e", 50, Money.parse("EUR 500"), Probability.parse("20%"), "SOUTH"));
    List<RepCapacity> reps = List.of(RepCapacity.of(ANN, 2), new RepCapacity(BOB, 2, Set.of("NORTH")));
    List<Assignment> out = Allocator.of(Allocator.Priority.SCORE_FIRST).allocate(in, reps);
    assertThat(out).extracting(a -> a.rep().map(UserId::value).orElse("-")).containsExactly("ann", "bob", "ann", "bob", "-");
    assertThat(out.get(0).reason()).isEqualTo(
        "rank 1 (score 90, expected value EUR 500.00 = EUR 1000.00 × 50%): assigned to ann, the eligible rep with the most capacity left (2 of 2)");
    assertThat(out.get(4).reason()).endsWith("unassigned, every eligible rep is at capacity (ann 2/2)");
    assertThat(Allocator.of(Allocator.Priority.SCORE_FIRST).allocate(in, List.of(new RepCapacity(BOB, 5, Set.of("NORTH"))))
        .get(4).reason()).endsWith("unassigned, no rep covers territory SOUTH");
  }

  @Test
  void mixedCurrenciesRefused() {
    List<Candidate> in = List.of(c("a", 1, "1", "1"), Candidate.of("b", 1, Money.parse("USD 1"), Probability.ONE));
    assertThatThrownBy(() -> Allocator.of(Allocator.Priority.SCORE_FIRST).rank(in)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("[EUR, USD]");
  }

  @Test
  void allocationIsIndependentOfInputOrderAndRespectsCapacity() {
    Property.forAll(0xA110C, 50, r -> {
      List<Candidate> in = new ArrayList<>();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        in.add(new Candidate("c" + i, r.nextInt(5), Money.parse("EUR " + r.nextInt(1000)), Probability.ofPercent(r.nextInt(101)),
            r.nextBoolean() ? null : r.nextBoolean() ? "N" : "S"));
      }
      List<RepCapacity> reps = List.of(new RepCapacity(ANN, r.nextInt(6), Set.of("N")), RepCapacity.of(BOB, r.nextInt(6)));
      Allocator a = Allocator.of(Allocator.Priority.SCORE_FIRST);
      List<Assignment> out = a.allocate(in, reps);
      List<Candidate> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, r);
      assertThat(a.allocate(shuffled, reps)).isEqualTo(out);
      for (RepCapacity rep : reps) {
        assertThat(out.stream().filter(x -> x.rep().equals(Optional.of(rep.rep()))).count()).isLessThanOrEqualTo(rep.capacity());
      }
    });
  }
}
