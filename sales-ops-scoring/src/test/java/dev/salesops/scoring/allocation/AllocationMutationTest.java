package dev.salesops.scoring.allocation;

import static dev.salesops.scoring.allocation.AllocatorTest.ANN;
import static dev.salesops.scoring.allocation.AllocatorTest.BOB;
import static dev.salesops.scoring.allocation.AllocatorTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Allocation's value classes, tie-breaks, refusals and reasons, exactly (PIT issue 13). */
class AllocationMutationTest {
  static final UserId CY = UserId.of("cy");
  static final Allocator SCORE = Allocator.of(Allocator.Priority.SCORE_FIRST);
  static final Allocator VALUE = Allocator.of(Allocator.Priority.VALUE_FIRST);

  @Test
  void candidateEqualityTextAndRefusals() {
    Money m = Money.parse("EUR 10");
    Candidate x = new Candidate("x", 1, m, Probability.parse("50%"), "N");
    new EqualsTester()
        .addEqualityGroup(x, new Candidate("x", 1, m, Probability.parse("50%"), "N"))
        .addEqualityGroup(new Candidate("y", 1, m, Probability.parse("50%"), "N"))
        .addEqualityGroup(new Candidate("x", 2, m, Probability.parse("50%"), "N"))
        .addEqualityGroup(new Candidate("x", 1, Money.parse("EUR 11"), Probability.parse("50%"), "N"))
        .addEqualityGroup(new Candidate("x", 1, m, Probability.parse("40%"), "N"))
        .addEqualityGroup(new Candidate("x", 1, m, Probability.parse("50%"), null))
        .testEquals();
    assertThat(x.equals(x)).isTrue();
    assertThat(x.hashCode()).isNotZero();
    assertThat(x.territory()).contains("N");
    assertThat(x.probability()).isEqualTo(Probability.parse("50%"));
    assertThat(x).hasToString("Candidate[id=x, score=1.0, amount=EUR 10.00, probability=50%, territory=Optional[N]]");
    assertThat(Candidate.of("x", 1, m, Probability.ONE)).hasToString("Candidate[id=x, score=1.0, amount=EUR 10.00, probability=100%, territory=Optional.empty]");
    assertThat(Candidate.of("z", 1, Money.parse("EUR 0"), Probability.ONE).amount()).isEqualTo(Money.parse("EUR 0"));
    assertThatThrownBy(() -> Candidate.of("x", 1, Money.parse("EUR -0.01"), Probability.ONE)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("candidate.amount").hasMessageContaining("must not be negative");
    assertThat(Candidate.of("x", 1, Money.parse("EUR 10.01"), Probability.parse("50%")).expectedValue()).isEqualTo(Money.parse("EUR 5.00"));
    assertThat(Candidate.of("x", 1, Money.parse("EUR 10.03"), Probability.parse("50%")).expectedValue()).isEqualTo(Money.parse("EUR 5.02"));
  }

  @Test
  void assignmentEqualityAndText() {
    Candidate x = c("x", 1, "10", "50%");
    Money ev = Money.parse("EUR 5");
    Assignment a = new Assignment(1, x, ev, ANN, "r");
    new EqualsTester()
        .addEqualityGroup(a, new Assignment(1, x, ev, ANN, "r"))
        .addEqualityGroup(new Assignment(2, x, ev, ANN, "r"))
        .addEqualityGroup(new Assignment(1, c("y", 1, "10", "50%"), ev, ANN, "r"))
        .addEqualityGroup(new Assignment(1, x, Money.parse("EUR 6"), ANN, "r"))
        .addEqualityGroup(new Assignment(1, x, ev, null, "r"))
        .addEqualityGroup(new Assignment(1, x, ev, ANN, "s"))
        .testEquals();
    assertThat(a.equals(a)).isTrue();
    assertThat(a.hashCode()).isNotZero();
    assertThat(a.rank()).isEqualTo(1);
    assertThat(a.candidate()).isEqualTo(x);
    assertThat(a.expectedValue()).isEqualTo(ev);
    assertThat(a).hasToString("Assignment[rank=1, candidate=" + x + ", expectedValue=EUR 5.00, rep=Optional[ann], reason=r]");
    assertThat(new Assignment(2, x, ev, null, "r")).hasToString("Assignment[rank=2, candidate=" + x + ", expectedValue=EUR 5.00, rep=Optional.empty, reason=r]");
  }

  @Test
  void allocatorTextAndRefusals() {
    assertThat(SCORE).hasToString("Allocator{SCORE_FIRST}");
    assertThat(VALUE).hasToString("Allocator{VALUE_FIRST}");
    assertThatThrownBy(() -> SCORE.rank(List.of(c("a", 1, "1", "1"), c("a", 2, "1", "1")))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must have unique ids");
    assertThatThrownBy(() -> SCORE.allocate(List.of(), List.of(RepCapacity.of(ANN, 1), RepCapacity.of(ANN, 2))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must list each rep once");
    assertThat(SCORE.allocate(List.of(), List.of(RepCapacity.of(ANN, 1), RepCapacity.of(BOB, 2)))).isEmpty();
  }

  /** Ties: score, then value (or the reverse), then id ascending. */
  @Test
  void rankingTieBreaks() {
    List<Candidate> in = List.of(c("b", 5, "100", "50%"), c("a", 5, "100", "50%"), c("c", 5, "300", "50%"), c("d", 6, "1", "50%"),
        c("e", 4, "300", "50%"));
    assertThat(SCORE.rank(in)).extracting(Candidate::id).containsExactly("d", "c", "a", "b", "e");
    assertThat(VALUE.rank(in)).extracting(Candidate::id).containsExactly("c", "e", "a", "b", "d");
  }

  /** Most capacity left first, then fewest taken, then rep id; a rep with nothing left is skipped. */
  @Test
  void repTieBreaksAndReasons() {
    List<Candidate> in = List.of(c("a", 9, "10", "100%"), c("b", 8, "10", "100%"), c("c", 7, "10", "100%"), c("d", 6, "10", "100%"),
        c("e", 5, "10", "100%"), c("f", 4, "10", "100%"));
    List<RepCapacity> reps = List.of(RepCapacity.of(BOB, 2), RepCapacity.of(ANN, 3), RepCapacity.of(CY, 0));
    List<Assignment> out = SCORE.allocate(in, reps);
    assertThat(out).extracting(x -> x.rep().map(UserId::value).orElse("-")).containsExactly("ann", "bob", "ann", "bob", "ann", "-");
    assertThat(out).extracting(Assignment::rank).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(out.get(1).reason()).isEqualTo("rank 2 (score 8, expected value EUR 10.00 = EUR 10.00 × 100%): assigned to bob,"
        + " the eligible rep with the most capacity left (2 of 2)");
    assertThat(out.get(5).reason()).isEqualTo("rank 6 (score 4, expected value EUR 10.00 = EUR 10.00 × 100%): unassigned,"
        + " every eligible rep is at capacity (bob 2/2, ann 3/3, cy 0/0)");
    List<Assignment> even = SCORE.allocate(List.of(c("a", 1.255, "10", "50%")), List.of(RepCapacity.of(BOB, 1), RepCapacity.of(ANN, 1)));
    assertThat(even.get(0).rep()).contains(ANN);
    assertThat(even.get(0).reason()).startsWith("rank 1 (score 1.26, expected value EUR 5.00 = EUR 10.00 × 50%): assigned to ann,");
    // capacity left beats the rep id
    assertThat(SCORE.allocate(List.of(c("a", 1, "10", "50%")), List.of(RepCapacity.of(ANN, 1), RepCapacity.of(BOB, 2))).get(0).rep())
        .contains(BOB);
  }

  @Test
  void onlyEligibleRepReasons() {
    List<RepCapacity> reps = List.of(new RepCapacity(ANN, 1, Set.of("N")), new RepCapacity(BOB, 1, Set.of("S")));
    Candidate north = new Candidate("n", 1, Money.parse("EUR 10"), Probability.ONE, "N");
    assertThat(SCORE.allocate(List.of(north), reps).get(0).reason())
        .isEqualTo("rank 1 (score 1, expected value EUR 10.00 = EUR 10.00 × 100%): assigned to ann, the only eligible rep for territory N");
    assertThat(SCORE.allocate(List.of(c("x", 1, "10", "100%")), List.of(RepCapacity.of(BOB, 1))).get(0).reason())
        .endsWith(": assigned to bob, the only eligible rep");
    Candidate west = new Candidate("w", 1, Money.parse("EUR 10"), Probability.ONE, "W");
    assertThat(SCORE.allocate(List.of(west), reps).get(0).reason()).endsWith(": unassigned, no rep covers territory W");
  }

  @Test
  void repCapacityCovers() {
    assertThat(RepCapacity.of(ANN, 0).covers("X")).isTrue();
    assertThat(new RepCapacity(ANN, 0, Set.of("N")).covers("N")).isTrue();
    assertThat(new RepCapacity(ANN, 0, Set.of("N")).covers("S")).isFalse();
    assertThatThrownBy(() -> RepCapacity.of(ANN, -1)).isInstanceOf(ValidationException.class);
  }
}
