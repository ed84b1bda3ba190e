package dev.salesops.scoring.allocation;

import dev.salesops.core.model.UserId;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Ranks candidates and assigns them to reps with capacity limits.
 *
 * <p><b>Ranking</b> ({@link Priority}): {@code SCORE_FIRST} orders by score (descending), then expected value
 * (descending); {@code VALUE_FIRST} by expected value, then score; ties by id (ascending), so the ranking is
 * deterministic and independent of input order. Expected values are compared exactly, so all candidates must be
 * in one currency (convert first with {@code ExchangeRates}); mixed currencies are refused.
 *
 * <p><b>Assignment</b>: greedy in rank order; each candidate goes to the eligible rep (covering its territory)
 * with the most capacity left, ties broken by fewest candidates taken so far, then rep id. A candidate no eligible
 * rep can take stays unassigned with the reason. Greedy by rank means a higher-ranked candidate is never left
 * unassigned while a lower-ranked one with the same eligible reps is assigned.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allocator {

  /** What ranks first. */
  public enum Priority {
    /** Score, then expected value. */
    SCORE_FIRST,
    /** Expected value, then score. */
    VALUE_FIRST
  }

  private final Priority priority;

  private Allocator(Priority priority) {
    this.priority = priority;
  }

  /** An allocator ranking by {@code priority}. */
  public static Allocator of(Priority priority) {
    return new Allocator(Objects.requireNonNull(priority, "priority"));
  }

  /** The candidates in rank order. */
  public List<Candidate> rank(List<Candidate> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    Set<CurrencyUnit> currencies = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      Objects.requireNonNull(c, "candidate");
      currencies.add(c.amount().getCurrencyUnit());
      if (!ids.add(c.id())) {
        throw Checks.fail("candidates", "must have unique ids", c.id());
      }
    }
    if (currencies.size() > 1) {
      throw Checks.fail("candidates", "must all be in one currency to compare expected values (convert them first)",
          new java.util.TreeSet<>(currencies.stream().map(CurrencyUnit::getCode).collect(Collectors.toSet())));
    }
    Comparator<Candidate> byScore = Comparator.comparingDouble(Candidate::score).reversed();
    Comparator<Candidate> byValue = Comparator.comparing((Candidate c) -> c.expectedValue().getAmount()).reversed();
    Comparator<Candidate> order = priority == Priority.SCORE_FIRST ? byScore.thenComparing(byValue) : byValue.thenComparing(byScore);
    List<Candidate> out = new ArrayList<>(candidates);
    out.sort(order.thenComparing(Candidate::id));
    return out;
  }

  /** Ranks {@code candidates} and assigns them to {@code reps}. */
  public List<Assignment> allocate(List<Candidate> candidates, List<RepCapacity> reps) {
    Objects.requireNonNull(reps, "reps");
    List<Candidate> ranked = rank(candidates);
    Map<UserId, Integer> left = new HashMap<>();
    Map<UserId, Integer> taken = new HashMap<>();
    for (RepCapacity r : reps) {
      Objects.requireNonNull(r, "rep");
      if (left.put(r.rep(), r.capacity()) != null) {
        throw Checks.fail("reps", "must list each rep once", r.rep());
      }
      taken.put(r.rep(), 0);
    }
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      Money ev = c.expectedValue();
      String head = "rank " + (i + 1) + " (score " + fmt(c.score()) + ", expected value " + ev + " = " + c.amount() + " × "
          + c.probability() + ")";
      List<RepCapacity> eligible = reps.stream().filter(r -> c.territory().map(r::covers).orElse(true)).collect(Collectors.toList());
      Optional<RepCapacity> best = eligible.stream().filter(r -> left.get(r.rep()) > 0)
          .min(Comparator.comparingInt((RepCapacity r) -> -left.get(r.rep())).thenComparingInt(r -> taken.get(r.rep()))
              .thenComparing(r -> r.rep().value()));
      if (best.isEmpty()) {
        String why = eligible.isEmpty()
            ? "no rep covers territory " + c.territory().orElse("-")
            : "every eligible rep is at capacity (" + eligible.stream().map(r -> r.rep() + " " + r.capacity() + "/" + r.capacity())
                .collect(Collectors.joining(", ")) + ")";
        out.add(new Assignment(i + 1, c, ev, null, head + ": unassigned, " + why));
        continue;
      }
      UserId rep = best.get().rep();
      int before = left.get(rep);
      left.put(rep, before - 1);
      taken.merge(rep, 1, Integer::sum);
      String others = eligible.size() == 1 ? "the only eligible rep" + c.territory().map(t -> " for territory " + t).orElse("")
          : "the eligible rep with the most capacity left (" + before + " of " + best.get().capacity() + ")";
      out.add(new Assignment(i + 1, c, ev, rep, head + ": assigned to " + rep + ", " + others));
    }
    return out;
  }

  private static String fmt(double d) {
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return "Allocator{" + priority + "}";
  }
}
