package dev.salesops.core.contract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * The contract review checklist (合同審核): one finding per {@link ReviewItem}, each with its reason, for the
 * host's approval flow. The same check is available to the workflow engine as the guard {@code
 * contract.reviewed} ({@link ContractReviewedCriterionType}).
 *
 * <p>Checks: {@link ReviewItem#SCOPE_DEFINED} — at least one scope line; {@link
 * ReviewItem#PRICE_AND_PAYMENT_TERMS_CLEAR} — payment milestones exist (their sum equals the total by
 * construction) and, when there are scope lines, their amounts add up exactly to the total; {@link
 * ReviewItem#DELIVERY_AND_ACCEPTANCE_STATED} — non-blank delivery terms and acceptance criteria; {@link
 * ReviewItem#LIABILITY_AND_DISPUTE_RESOLUTION_PRESENT} — non-blank liability and dispute-resolution clauses;
 * {@link ReviewItem#CONFIDENTIALITY_PRESENT} — a non-blank confidentiality clause. The review judges presence
 * and consistency, not legal quality.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContractReview {
  private ContractReview() {}

  /** Reviews every checklist point. */
  public static List<ReviewFinding> review(Contract contract) {
    return review(contract, EnumSet.allOf(ReviewItem.class));
  }

  /** Reviews the given checklist points, in {@link ReviewItem} order. */
  public static List<ReviewFinding> review(Contract contract, Set<ReviewItem> items) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(items, "items");
    List<ReviewFinding> out = new ArrayList<>();
    for (ReviewItem item : ReviewItem.values()) {
      if (items.contains(item)) {
        out.add(check(contract, item));
      }
    }
    return List.copyOf(out);
  }

  /** The findings that did not pass. */
  public static List<ReviewFinding> failures(Contract contract) {
    return review(contract).stream().filter(f -> !f.passed()).toList();
  }

  private static ReviewFinding check(Contract c, ReviewItem item) {
    switch (item) {
      case SCOPE_DEFINED:
        return c.scope().isEmpty()
            ? new ReviewFinding(item, false, "contract " + c.id() + " has no scope lines")
            : new ReviewFinding(item, true, "contract " + c.id() + " has " + c.scope().size() + " scope line(s)");
      case PRICE_AND_PAYMENT_TERMS_CLEAR: {
        List<String> wrong = new ArrayList<>();
        if (c.milestones().isEmpty()) {
          wrong.add("has no payment milestones");
        }
        if (!c.scope().isEmpty()) {
          Money sum = Money.zero(c.currency());
          for (ScopeLine l : c.scope()) {
            sum = sum.plus(l.amount());
          }
          if (!sum.isEqual(c.total())) {
            wrong.add("scope lines add up to " + sum + " but the total is " + c.total());
          }
        }
        return wrong.isEmpty()
            ? new ReviewFinding(item, true, "contract " + c.id() + " total " + c.total() + " is split into "
                + c.milestones().size() + " payment milestone(s)")
            : new ReviewFinding(item, false, "contract " + c.id() + " " + String.join("; ", wrong));
      }
      case DELIVERY_AND_ACCEPTANCE_STATED:
        return both(c, item, "delivery terms", c.deliveryTerms(), "acceptance criteria", c.acceptanceCriteria());
      case LIABILITY_AND_DISPUTE_RESOLUTION_PRESENT:
        return both(c, item, "liability clause", c.liabilityClause(), "dispute-resolution clause", c.disputeResolution());
      case CONFIDENTIALITY_PRESENT:
        return present(c.confidentialityClause())
            ? new ReviewFinding(item, true, "contract " + c.id() + " states a confidentiality clause")
            : new ReviewFinding(item, false, "contract " + c.id() + " has no confidentiality clause");
      default:
        throw new AssertionError(item);
    }
  }

  private static ReviewFinding both(Contract c, ReviewItem item, String a, Optional<String> va, String b, Optional<String> vb) {
    List<String> missing = new ArrayList<>();
    if (!present(va)) {
      missing.add(a);
    }
    if (!present(vb)) {
      missing.add(b);
    }
    return missing.isEmpty()
        ? new ReviewFinding(item, true, "contract " + c.id() + " states " + a + " and " + b)
        : new ReviewFinding(item, false, "contract " + c.id() + " has no " + String.join(" and no ", missing));
  }

  private static boolean present(Optional<String> v) {
    return v.isPresent() && !v.get().isBlank();
  }
}
