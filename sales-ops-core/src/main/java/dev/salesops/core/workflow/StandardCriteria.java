package dev.salesops.core.workflow;

import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.internal.CoreMessages;
import dev.salesops.core.message.Message;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.Role;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The criterion types core ships, and the default registry holding them.
 *
 * <ul>
 *   <li>{@code bant.qualified} — <b>a slot</b>: core's default holds when every BANT criterion named in
 *       {@code params.mandatory} (default: all four) is {@link BantStatus#CONFIRMED} on the subject's {@link
 *       BantAssessment} (subject a {@link DealFacts} — an {@link Opportunity} or the host's own record — or a {@link
 *       BantAssessment}); an unmet result has one
 *       reason per unmet criterion, e.g. {@code "Authority: UNKNOWN"}. The scoring module (or a host) fills the
 *       slot with its policy-based type: {@code StandardCriteria.registry().toBuilder().replace(policyType).build()}.
 *   <li>{@code role.required} — the actor has at least one of {@code params.roles} (a non-empty list of role
 *       codes): {@code "requires one of the roles MANAGER; the actor has REP"}.
 *   <li>{@code lost_reason.required} — the command carries a lost reason, from {@code params.allowed} when given.
 *       (Moves into a LOST state check the definition's taxonomy anyway; this type is for other edges.)
 *   <li>{@code reason.required} — the command carries a free-text reason (e.g. churn, win-back).
 * </ul>
 *
 * <p>Library decision: a missing or mistyped subject makes {@code bant.qualified} unmet with a reason
 * ({@code "BANT not assessed: no opportunity supplied"}), never an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardCriteria {
  /** The name of the BANT slot. */
  public static final String BANT_QUALIFIED = "bant.qualified";
  /**
   * The one parameter of {@code bant.qualified} that core's default reads: the BANT criteria that must be
   * CONFIRMED (default: all four). {@code bant.qualified} has one parameter schema, the policy's of
   * sales-ops-scoring ({@code QualificationPolicy.fromParams}: {@code mandatory}, {@code minMet},
   * {@code partialCounts}, {@code minBudgetPercent}, {@code maxTimelineMonths}, {@code requireEvidence},
   * {@code negativeDisqualifies}); core's default implements its {@code mandatory} part and refuses the others
   * with a problem naming the scoring module.
   */
  public static final String BANT_MANDATORY = "mandatory";
  private static final Set<String> BANT_POLICY_PARAMS = Set.of("minMet", "partialCounts", "minBudgetPercent",
      "maxTimelineMonths", "requireEvidence", "negativeDisqualifies");
  /** The name of the role check. */
  public static final String ROLE_REQUIRED = "role.required";
  /** The name of the lost-reason check. */
  public static final String LOST_REASON_REQUIRED = "lost_reason.required";
  /** The name of the free-text reason check. */
  public static final String REASON_REQUIRED = "reason.required";

  private static final CriterionRegistry REGISTRY = CriterionRegistry.builder()
      .register(bantAllConfirmed())
      .register(roleRequired())
      .register(lostReasonRequired())
      .register(reasonRequired())
      .build();

  private StandardCriteria() {}

  /** The default registry: {@code bant.qualified} (all four confirmed), {@code role.required}, {@code lost_reason.required}, {@code reason.required}. */
  public static CriterionRegistry registry() {
    return REGISTRY;
  }

  /** Core's default {@code bant.qualified}: every named criterion (default all four) CONFIRMED. */
  public static CriterionType bantAllConfirmed() {
    return new Named(BANT_QUALIFIED) {
      @Override
      public Criterion create(DefinitionParams params) {
        List<String> names = params.strings(BANT_MANDATORY);
        Set<BantCriterion> required = EnumSet.noneOf(BantCriterion.class);
        Problems problems = new Problems();
        if (params.has(BANT_MANDATORY) && names.isEmpty()) {
          problems.add("params." + BANT_MANDATORY, "must not be empty", "[]");
        }
        for (int i = 0; i < names.size(); i++) {
          try {
            required.add(BantCriterion.valueOf(names.get(i)));
          } catch (IllegalArgumentException e) {
            problems.add("params." + BANT_MANDATORY + "[" + i + "]", "must be one of BUDGET, AUTHORITY, NEED, TIMELINE", names.get(i));
          }
        }
        for (String name : params.asMap().keySet()) {
          if (BANT_POLICY_PARAMS.contains(name)) {
            problems.add("params." + name, "is a parameter of the policy-based bant.qualified of sales-ops-scoring"
                + " (core's default reads only " + BANT_MANDATORY + ")", name);
          }
        }
        unknownParams(params, problems, BANT_MANDATORY, "minMet", "partialCounts", "minBudgetPercent",
            "maxTimelineMonths", "requireEvidence", "negativeDisqualifies");
        problems.throwIfAny();
        BantCriterion[] req = names.isEmpty() ? BantCriterion.values() : required.toArray(new BantCriterion[0]);
        // reasons are precomputed per (criterion, status): the hot path allocates no messages and formats nothing
        Message[][] reasons = new Message[BantCriterion.values().length][BantStatus.values().length];
        for (BantCriterion c : BantCriterion.values()) {
          for (BantStatus st : BantStatus.values()) {
            reasons[c.ordinal()][st.ordinal()] = CoreMessages.of(CoreMessages.BANT_STATUS, BANT_QUALIFIED,
                "criterion", c, "status", st);
          }
        }
        CriterionResult met = CriterionResult.met(CoreMessages.of(CoreMessages.BANT_CONFIRMED, BANT_QUALIFIED,
            "criteria", List.of(req)));
        CriterionResult noSubject = CriterionResult.unmet(CoreMessages.of(CoreMessages.BANT_NO_SUBJECT, BANT_QUALIFIED));
        return ctx -> {
          BantAssessment bant = ctx.subject(DealFacts.class).map(DealFacts::bant)
              .or(() -> ctx.subject(BantAssessment.class)).orElse(null);
          if (bant == null) {
            return noSubject;
          }
          List<Message> unmet = null;
          for (BantCriterion c : req) {
            BantStatus st = bant.status(c);
            if (st != BantStatus.CONFIRMED) {
              if (unmet == null) {
                unmet = new ArrayList<>(4);
              }
              unmet.add(reasons[c.ordinal()][st.ordinal()]);
            }
          }
          return unmet == null ? met : CriterionResult.of(false, unmet);
        };
      }
    };
  }

  /** {@code role.required}: the actor has one of {@code params.roles}. */
  public static CriterionType roleRequired() {
    return new Named(ROLE_REQUIRED) {
      @Override
      public Criterion create(DefinitionParams params) {
        Problems problems = new Problems();
        List<String> names = params.strings("roles");
        if (names.isEmpty()) {
          problems.add("params.roles", "must be a non-empty list of role codes", params.asMap().getOrDefault("roles", "missing"));
        }
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          try {
            roles.add(Role.of(names.get(i)));
          } catch (ValidationException e) {
            problems.add("params.roles[" + i + "]", "must be a role code", names.get(i));
          }
        }
        unknownParams(params, problems, "roles");
        problems.throwIfAny();
        List<Role> required = List.copyOf(roles);
        String list = required.stream().map(Role::code).collect(Collectors.joining(", "));
        CriterionResult met = CriterionResult.met(CoreMessages.of(CoreMessages.ROLE_PRESENT, ROLE_REQUIRED, "required", list));
        return ctx -> {
          for (Role r : required) {
            if (ctx.actor().hasRole(r)) {
              return met;
            }
          }
          String has = ctx.actor().roles().stream().map(Role::code).sorted().collect(Collectors.joining(", "));
          return CriterionResult.unmet(has.isEmpty()
              ? CoreMessages.of(CoreMessages.ROLE_NONE, ROLE_REQUIRED, "required", list)
              : CoreMessages.of(CoreMessages.ROLE_MISSING, ROLE_REQUIRED, "required", list, "actual", has));
        };
      }
    };
  }

  /** {@code lost_reason.required}: the command carries a lost reason, from {@code params.allowed} when given. */
  public static CriterionType lostReasonRequired() {
    return new Named(LOST_REASON_REQUIRED) {
      @Override
      public Criterion create(DefinitionParams params) {
        Problems problems = new Problems();
        List<String> allowed = params.strings("allowed");
        for (int i = 0; i < allowed.size(); i++) {
          try {
            LostReason.of(allowed.get(i));
          } catch (ValidationException e) {
            problems.add("params.allowed[" + i + "]", "must be a lost-reason code", allowed.get(i));
          }
        }
        unknownParams(params, problems, "allowed");
        problems.throwIfAny();
        Set<String> set = Set.copyOf(allowed);
        return ctx -> {
          LostReason r = ctx.lostReason().orElse(null);
          if (r == null) {
            return CriterionResult.unmet(set.isEmpty()
                ? CoreMessages.of(CoreMessages.LOST_REASON_MISSING, LOST_REASON_REQUIRED)
                : CoreMessages.of(CoreMessages.LOST_REASON_MISSING_ONE_OF, LOST_REASON_REQUIRED, "allowed", allowed));
          }
          if (!set.isEmpty() && !set.contains(r.code())) {
            return CriterionResult.unmet(CoreMessages.of(CoreMessages.LOST_REASON_NOT_ALLOWED, LOST_REASON_REQUIRED,
                "reason", r.code(), "allowed", allowed));
          }
          return CriterionResult.met(CoreMessages.of(CoreMessages.LOST_REASON_GIVEN, LOST_REASON_REQUIRED, "reason", r.code()));
        };
      }
    };
  }

  /** {@code reason.required}: the command carries a free-text reason. */
  public static CriterionType reasonRequired() {
    return new Named(REASON_REQUIRED) {
      @Override
      public Criterion create(DefinitionParams params) {
        Problems problems = new Problems();
        unknownParams(params, problems);
        problems.throwIfAny();
        CriterionResult met = CriterionResult.met(CoreMessages.of(CoreMessages.REASON_GIVEN, REASON_REQUIRED));
        return ctx -> ctx.reason().isPresent() ? met
            : CriterionResult.unmet(CoreMessages.of(CoreMessages.REASON_MISSING, REASON_REQUIRED,
                "command", ctx.command(), "from", ctx.fromState(), "to", ctx.toState()));
      }
    };
  }

  private static void unknownParams(DefinitionParams params, Problems problems, String... known) {
    Set<String> k = Set.of(known);
    for (String name : params.asMap().keySet()) {
      if (!k.contains(name)) {
        problems.add("params." + name, "is not a parameter of this criterion type"
            + (known.length == 0 ? " (it has none)" : " (known: " + String.join(", ", known) + ")"), name);
      }
    }
  }

  private abstract static class Named implements CriterionType {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public String toString() {
      return "CriterionType{" + name + "}";
    }
  }
}
