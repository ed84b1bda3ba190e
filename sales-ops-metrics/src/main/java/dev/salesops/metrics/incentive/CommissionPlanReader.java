package dev.salesops.metrics.incentive;

import dev.salesops.core.json.JsonValue;
import dev.salesops.core.internal.json.JsonFields;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.appraisal.BoundaryRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads a commission plan from a JSON tree field by field, collecting every problem with its path. Not API;
 * one instance per document (not thread-safe).
 */
final class CommissionPlanReader {
  static final Set<String> PLAN_FIELDS = Set.of("name", "currency", "method", "tiers", "accelerators", "attainmentCap", "payoutCap",
      "ratingMultipliers", "rounding", "roundingMode", "tierEdge");
  private static final Set<String> TIER_FIELDS = Set.of("from", "rate");
  private static final Set<String> ACCELERATOR_FIELDS = Set.of("from", "multiplier");
  private static final Set<String> MONEY_FIELDS = Set.of("amount", "currency");

  private final Problems problems = new Problems();
  private final JsonFields f = new JsonFields(problems).withPercentages("0.05", "5%");

  private CommissionPlanReader() {}

  static CommissionPlan read(String json) {
    // keep the literal scale of decimals ("0.50" stays 0.50), as the databind form does
    // never null: an empty document is refused by the reader ("must be a JSON document, not empty input")
    return new CommissionPlanReader().plan(JsonFields.read(json));
  }

  private CommissionPlan plan(JsonValue root) {
    if (!f.object(root, "$", PLAN_FIELDS)) {
      problems.throwIfAny();
    }
    String name = f.text(root, "$", "name", true);
    CurrencyUnit currency = null;
    String code = f.text(root, "$", "currency", true);
    if (code != null) {
      try {
        currency = Monies.currency(code, "currency");
      } catch (ValidationException e) {
        problems.addAll("", e.problems());
      }
    }
    CommissionMethod method = f.enumValue(root, "$", "method", CommissionMethod.class, true);
    Rounding rounding = f.enumValue(root, "$", "rounding", Rounding.class, false);
    RoundingMode roundingMode = f.enumValue(root, "$", "roundingMode", RoundingMode.class, false);
    BoundaryRule tierEdge = f.enumValue(root, "$", "tierEdge", BoundaryRule.class, false);
    boolean listsRead = true;
    List<RateTier> tiers = new ArrayList<>();
    JsonValue ts = f.array(root, "$", "tiers", true);
    if (ts == null) {
      listsRead = false;
    } else {
      for (int i = 0; i < ts.size(); i++) {
        String p = "tiers[" + i + "]";
        JsonValue n = ts.get(i);
        if (!f.object(n, p, TIER_FIELDS)) {
          listsRead = false;
          continue;
        }
        BigDecimal from = f.decimal(n, p, "from", true);
        BigDecimal rate = f.decimal(n, p, "rate", true);
        RateTier t = from == null || rate == null ? null : build(p, () -> new RateTier(from, rate));
        if (t == null) {
          listsRead = false;
        } else {
          tiers.add(t);
        }
      }
    }
    List<Accelerator> accelerators = new ArrayList<>();
    JsonValue as = f.array(root, "$", "accelerators", false);
    if (as != null) {
      for (int i = 0; i < as.size(); i++) {
        String p = "accelerators[" + i + "]";
        JsonValue n = as.get(i);
        if (!f.object(n, p, ACCELERATOR_FIELDS)) {
          listsRead = false;
          continue;
        }
        BigDecimal from = f.decimal(n, p, "from", true);
        BigDecimal multiplier = f.decimal(n, p, "multiplier", true);
        Accelerator a = from == null || multiplier == null ? null : build(p, () -> new Accelerator(from, multiplier));
        if (a == null) {
          listsRead = false;
        } else {
          accelerators.add(a);
        }
      }
    }
    BigDecimal attainmentCap = f.decimal(root, "$", "attainmentCap", false);
    Money payoutCap = money(root.get("payoutCap"), "payoutCap");
    Map<String, BigDecimal> ratings = new LinkedHashMap<>();
    JsonValue rs = root.get("ratingMultipliers");
    if (rs != null && !rs.isNull()) {
      if (!rs.isObject()) {
        problems.add("ratingMultipliers", "must be a JSON object of rating band to multiplier", JsonFields.nodeType(rs));
      } else {
        for (Map.Entry<String, JsonValue> e : rs.members().entrySet()) {
          BigDecimal m = f.decimal(e.getValue(), JsonFields.join("ratingMultipliers", e.getKey()));
          if (m != null) {
            ratings.put(e.getKey(), m);
          }
        }
      }
    }
    if (name != null && currency != null && method != null && listsRead) {
      // the plan's own rules, over every field read; they name the same paths
      CommissionPlan.Builder b = CommissionPlan.builder().name(name).currency(currency).method(method).tiers(tiers)
          .accelerators(accelerators).ratingMultipliers(ratings);
      if (attainmentCap != null) {
        b.attainmentCap(attainmentCap);
      }
      if (payoutCap != null) {
        b.payoutCap(payoutCap);
      }
      if (rounding != null) {
        b.rounding(rounding);
      }
      if (roundingMode != null) {
        b.roundingMode(roundingMode);
      }
      if (tierEdge != null) {
        b.tierEdge(tierEdge);
      }
      CommissionPlan plan = build("", b::build);
      problems.throwIfAny();
      return plan;
    }
    problems.throwIfAny();
    throw new AssertionError("a field could not be read without a problem being reported");
  }

  private interface Maker<T> {
    T make();
  }

  private <T> T build(String path, Maker<T> maker) {
    try {
      return maker.make();
    } catch (ValidationException e) {
      problems.addAll(path, e.problems());
      return null;
    }
  }

  private Money money(JsonValue n, String path) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!f.object(n, path, MONEY_FIELDS)) {
      return null;
    }
    JsonValue amount = n.get("amount");
    JsonValue code = n.get("currency");
    if (amount == null || !(amount.isString() || amount.isNumber())) {
      problems.add(path + ".amount", "must be a decimal string such as \"1234.50\"", amount == null ? "missing" : JsonFields.show(amount));
    }
    if (code == null || !code.isString()) {
      problems.add(path + ".currency", "must be an ISO-4217 code string such as \"USD\"", code == null ? "missing" : JsonFields.show(code));
    }
    if (amount == null || !(amount.isString() || amount.isNumber()) || code == null || !code.isString()) {
      return null;
    }
    String literal = amount.isString() ? amount.stringValue() : ((dev.salesops.core.json.JsonNumber) amount).decimal().toString();
    return build(path, () -> Monies.parse(literal, Monies.currency(code.stringValue(), "currency"), "amount"));
  }
}
