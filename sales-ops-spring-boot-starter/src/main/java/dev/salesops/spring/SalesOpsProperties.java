package dev.salesops.spring;

import dev.salesops.core.model.BantCriterion;
import dev.salesops.scoring.bant.QualificationPolicy;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, under {@code sales-ops.*}. Every one has a default, so a host sets none to start.
 *
 * <pre>
 * sales-ops.qualification.mandatory=BUDGET,AUTHORITY,NEED   # default: all four
 * sales-ops.qualification.min-met=3                         # default 0
 * sales-ops.qualification.partial-counts=true               # default false
 * sales-ops.qualification.min-budget-percent=80             # default: none
 * sales-ops.qualification.max-timeline-months=6             # default: none
 * sales-ops.qualification.require-evidence=true             # default false
 * sales-ops.qualification.negative-disqualifies=true        # default true
 * sales-ops.json.input-bounds=true                          # default true: the library's bounds on the app's mapper
 * sales-ops.web.problem-details=true                        # default true: HTTP 400 problem details for input errors
 * </pre>
 *
 * <p>The qualification settings are those of {@link QualificationPolicy.Builder}, checked by it when the policy
 * is built at start-up (an invalid value stops the application with the builder's message).
 */
@ConfigurationProperties(prefix = "sales-ops")
public class SalesOpsProperties {
  private final Qualification qualification = new Qualification();
  private final Json json = new Json();
  private final Web web = new Web();

  /** The BANT policy of the shipped pipeline's QUALIFICATION exit. */
  public Qualification getQualification() {
    return qualification;
  }

  /** What the starter applies to the application's JSON mapper. */
  public Json getJson() {
    return json;
  }

  /** The web layer's error mapping. */
  public Web getWeb() {
    return web;
  }

  /** The thresholds of the host's {@link QualificationPolicy}; the defaults are {@link QualificationPolicy#allConfirmed()}. */
  public static class Qualification {
    private Set<BantCriterion> mandatory = new LinkedHashSet<>(EnumSet.allOf(BantCriterion.class));
    private int minMet;
    private boolean partialCounts;
    private BigDecimal minBudgetPercent;
    private Integer maxTimelineMonths;
    private boolean requireEvidence;
    private boolean negativeDisqualifies = true;

    /** The criteria that must be met (default: all four). */
    public Set<BantCriterion> getMandatory() {
      return mandatory;
    }

    /** Sets the criteria that must be met (may be empty). */
    public void setMandatory(Set<BantCriterion> mandatory) {
      this.mandatory = mandatory == null ? new LinkedHashSet<>() : new LinkedHashSet<>(mandatory);
    }

    /** How many criteria must be met at least (0 to 4, default 0). */
    public int getMinMet() {
      return minMet;
    }

    /** Sets how many criteria must be met at least. */
    public void setMinMet(int minMet) {
      this.minMet = minMet;
    }

    /** Whether PARTIAL counts as met (default false). */
    public boolean isPartialCounts() {
      return partialCounts;
    }

    /** Sets whether PARTIAL counts as met. */
    public void setPartialCounts(boolean partialCounts) {
      this.partialCounts = partialCounts;
    }

    /** The budget must be at least this percentage of the deal amount (0 to 1000), or null for no such rule. */
    public BigDecimal getMinBudgetPercent() {
      return minBudgetPercent;
    }

    /** Sets the minimum budget percentage (null: none). */
    public void setMinBudgetPercent(BigDecimal minBudgetPercent) {
      this.minBudgetPercent = minBudgetPercent;
    }

    /** The target date must be within this many months of the evaluation date, or null for no such rule. */
    public Integer getMaxTimelineMonths() {
      return maxTimelineMonths;
    }

    /** Sets the timeline horizon in months (null: none). */
    public void setMaxTimelineMonths(Integer maxTimelineMonths) {
      this.maxTimelineMonths = maxTimelineMonths;
    }

    /** Whether a met criterion needs its evidence recorded (default false). */
    public boolean isRequireEvidence() {
      return requireEvidence;
    }

    /** Sets whether a met criterion needs its evidence. */
    public void setRequireEvidence(boolean requireEvidence) {
      this.requireEvidence = requireEvidence;
    }

    /** Whether a NEGATIVE criterion disqualifies even when it is not mandatory (default true). */
    public boolean isNegativeDisqualifies() {
      return negativeDisqualifies;
    }

    /** Sets whether a NEGATIVE criterion disqualifies. */
    public void setNegativeDisqualifies(boolean negativeDisqualifies) {
      this.negativeDisqualifies = negativeDisqualifies;
    }

    /** The policy these settings describe, checked by {@link QualificationPolicy.Builder}. */
    public QualificationPolicy toPolicy() {
      QualificationPolicy.Builder b = QualificationPolicy.builder()
          .mandatory(EnumSet.copyOf(mandatory.isEmpty() ? EnumSet.noneOf(BantCriterion.class) : mandatory))
          .minMet(minMet)
          .partialCounts(partialCounts)
          .requireEvidence(requireEvidence)
          .negativeDisqualifies(negativeDisqualifies);
      if (minBudgetPercent != null) {
        b.minBudgetPercent(minBudgetPercent);
      }
      if (maxTimelineMonths != null) {
        b.maxTimelineMonths(maxTimelineMonths);
      }
      return b.build();
    }
  }

  /** What the starter applies to the application's own JSON mapper. */
  public static class Json {
    private boolean inputBounds = true;

    /**
     * Whether the library's input bounds apply to the application's mapper (default true): documents of at most
     * 16 MiB, nesting 64 deep, strings of 65,536 characters, keys of 256, numbers of 100 characters, duplicate
     * keys refused, parser messages without source excerpts.
     */
    public boolean isInputBounds() {
      return inputBounds;
    }

    /** Sets whether the input bounds apply. */
    public void setInputBounds(boolean inputBounds) {
      this.inputBounds = inputBounds;
    }
  }

  /** The web layer's error mapping. */
  public static class Web {
    private boolean problemDetails = true;

    /** Whether the library's input and validation errors become HTTP 400 problem details (default true). */
    public boolean isProblemDetails() {
      return problemDetails;
    }

    /** Sets whether the errors are mapped. */
    public void setProblemDetails(boolean problemDetails) {
      this.problemDetails = problemDetails;
    }
  }
}
