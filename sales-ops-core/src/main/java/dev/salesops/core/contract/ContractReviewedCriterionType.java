package dev.salesops.core.contract;

import dev.salesops.core.validation.Problems;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.CriterionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workflow guard {@code contract.reviewed}: met when the subject is a {@link Contract} that passes every
 * required point of the {@link ContractReview} checklist.
 *
 * <p>Params: {@code require} — optional list of {@link ReviewItem} names (e.g. {@code ["SCOPE_DEFINED",
 * "CONFIDENTIALITY_PRESENT"]}); all points when absent. An unknown name or an empty list fails the load of the
 * definition, naming {@code params.require[i]}.
 *
 * <p>Results: met with one reason per passed point; unmet with one reason per failed point; unmet with
 * {@code "contract.reviewed needs a Contract subject"} when the subject is missing or of another type (never
 * an exception).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractReviewedCriterionType implements CriterionType {
  /** The criterion type; register it in a {@code CriterionRegistry}. */
  public ContractReviewedCriterionType() {}

  /** The type name. */
  public static final String NAME = "contract.reviewed";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Criterion create(DefinitionParams params) {
    java.util.Objects.requireNonNull(params, "params");
    Problems problems = new Problems();
    for (String key : params.asMap().keySet()) {
      if (!key.equals("require")) {
        problems.add("params." + key, "is not a parameter of " + NAME + " (known: require)", key);
      }
    }
    Set<ReviewItem> items = EnumSet.allOf(ReviewItem.class);
    if (params.has("require")) {
      List<String> names = params.strings("require");
      if (names.isEmpty()) {
        problems.add("params.require", "must name at least one checklist point", "[]");
      }
      items = EnumSet.noneOf(ReviewItem.class);
      for (int i = 0; i < names.size(); i++) {
        Optional<ReviewItem> item = find(names.get(i));
        if (item.isEmpty()) {
          problems.add("params.require[" + i + "]", "must be one of "
              + Arrays.stream(ReviewItem.values()).map(Enum::name).collect(Collectors.joining(", ")), names.get(i));
        } else {
          items.add(item.get());
        }
      }
    }
    problems.throwIfAny();
    Set<ReviewItem> required = Set.copyOf(items);
    return context -> {
      Optional<Contract> contract = context.subject(Contract.class);
      if (contract.isEmpty()) {
        return CriterionResult.unmet(dev.salesops.core.internal.CoreMessages.of(
            dev.salesops.core.internal.CoreMessages.CONTRACT_NO_SUBJECT, NAME));
      }
      List<ReviewFinding> findings = ContractReview.review(contract.get(), required);
      List<String> failed = new ArrayList<>();
      List<String> passed = new ArrayList<>();
      for (ReviewFinding f : findings) {
        (f.passed() ? passed : failed).add(f.item() + ": " + f.reason());
      }
      return failed.isEmpty() ? new CriterionResult(true, passed) : CriterionResult.unmet(failed);
    };
  }

  private static Optional<ReviewItem> find(String name) {
    for (ReviewItem item : ReviewItem.values()) {
      if (item.name().equals(name)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CriterionType[" + NAME + "]";
  }
}
