package dev.salesops.metrics.incentive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.salesops.core.json.SalesOpsJson;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads a commission plan from a JSON tree field by field, collecting every problem with its path. Not API;
 * one instance per document (not thread-safe).
 */
final class CommissionPlanReader {
  static final Set<String> PLAN_FIELDS = Set.of("name", "currency", "method", "tiers", "accelerators", "attainmentCap", "payoutCap",
      "ratingMultipliers", "rounding", "roundingMode");
  private static final Set<String> TIER_FIELDS = Set.of("from", "rate");
  private static final Set<String> ACCELERATOR_FIELDS = Set.of("from", "multiplier");
  private static final Set<String> MONEY_FIELDS = Set.of("amount", "currency");
  private static final int MAX_DECIMAL_CHARS = 40;
  private static final int MAX_SCALE = Decimals.MAX_SCALE;

  private final Problems problems = new Problems();

  private CommissionPlanReader() {}

  static CommissionPlan read(String json) {
    JsonNode root;
    try {
      // keep the literal scale of decimals ("0.50" stays 0.50), as the databind form does
      root = SalesOpsJson.mapper().reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(json);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      throw new ValidationException(Problem.of("$", "must be well-formed JSON (line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")", msg == null ? "" : shorten(msg)));
    }
    if (root == null || root.isMissingNode()) {
      throw new ValidationException(Problem.of("$", "must be a JSON document", "empty"));
    }
    return new CommissionPlanReader().plan(root);
  }

  private CommissionPlan plan(JsonNode root) {
    if (!object(root, "$", PLAN_FIELDS)) {
      problems.throwIfAny();
    }
    String name = text(root, "name", true);
    CurrencyUnit currency = null;
    String code = text(root, "currency", true);
    if (code != null) {
      try {
        currency = Monies.currency(code, "currency");
      } catch (ValidationException e) {
        problems.addAll("", e.problems());
      }
    }
    CommissionMethod method = enumValue(root, "method", CommissionMethod.class, true);
    Rounding rounding = enumValue(root, "rounding", Rounding.class, false);
    RoundingMode roundingMode = enumValue(root, "roundingMode", RoundingMode.class, false);
    boolean listsRead = true;
    List<RateTier> tiers = new ArrayList<>();
    JsonNode ts = array(root, "tiers", true);
    if (ts == null) {
      listsRead = false;
    } else {
      for (int i = 0; i < ts.size(); i++) {
        String p = "tiers[" + i + "]";
        JsonNode n = ts.get(i);
        if (!object(n, p, TIER_FIELDS)) {
          listsRead = false;
          continue;
        }
        BigDecimal from = decimal(n, p, "from", true);
        BigDecimal rate = decimal(n, p, "rate", true);
        RateTier t = from == null || rate == null ? null : build(p, () -> new RateTier(from, rate));
        if (t == null) {
          listsRead = false;
        } else {
          tiers.add(t);
        }
      }
    }
    List<Accelerator> accelerators = new ArrayList<>();
    JsonNode as = array(root, "accelerators", false);
    if (as != null) {
      for (int i = 0; i < as.size(); i++) {
        String p = "accelerators[" + i + "]";
        JsonNode n = as.get(i);
        if (!object(n, p, ACCELERATOR_FIELDS)) {
          listsRead = false;
          continue;
        }
        BigDecimal from = decimal(n, p, "from", true);
        BigDecimal multiplier = decimal(n, p, "multiplier", true);
        Accelerator a = from == null || multiplier == null ? null : build(p, () -> new Accelerator(from, multiplier));
        if (a == null) {
          listsRead = false;
        } else {
          accelerators.add(a);
        }
      }
    }
    BigDecimal attainmentCap = decimal(root, "$", "attainmentCap", false);
    Money payoutCap = money(root.get("payoutCap"), "payoutCap");
    Map<String, BigDecimal> ratings = new LinkedHashMap<>();
    JsonNode rs = root.get("ratingMultipliers");
    if (rs != null && !rs.isNull()) {
      if (!rs.isObject()) {
        problems.add("ratingMultipliers", "must be a JSON object of rating band to multiplier", nodeType(rs));
      } else {
        for (Map.Entry<String, JsonNode> e : rs.properties()) {
          BigDecimal m = decimal(e.getValue(), "ratingMultipliers." + e.getKey());
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

  private boolean object(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(path, "must be a JSON object", node == null ? "missing" : nodeType(node));
      return false;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.add(join(path, f), "is not a known field (known: " + new TreeSet<>(allowed) + ")");
      }
    }
    return true;
  }

  private String text(JsonNode parent, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(field, "is required");
      }
      return null;
    }
    if (!n.isTextual()) {
      problems.add(field, "must be a string", shorten(n.toString()));
      return null;
    }
    return n.textValue();
  }

  private <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type, boolean required) {
    String s = text(parent, field, required);
    if (s == null) {
      return null;
    }
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(s)) {
        return c;
      }
    }
    problems.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()), "\"" + shorten(s) + "\"");
    return null;
  }

  private JsonNode array(JsonNode parent, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(field, "is required");
      }
      return null;
    }
    if (!n.isArray()) {
      problems.add(field, "must be a JSON array", shorten(n.toString()));
      return null;
    }
    return n;
  }

  private BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = parent.get(field);
    String p = join(path, field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(p, "is required");
      }
      return null;
    }
    return decimal(n, p);
  }

  /** A decimal from a JSON number, a decimal string, or a percentage string such as {@code "150%"} (= 1.5). */
  private BigDecimal decimal(JsonNode n, String path) {
    String text;
    if (n.isNumber()) {
      text = n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.decimalValue().toString();
    } else if (n.isTextual()) {
      text = n.textValue().strip();
    } else {
      problems.add(path, "must be a number or a string such as \"0.05\" or \"5%\"", shorten(n.toString()));
      return null;
    }
    if (text.isEmpty() || text.length() > MAX_DECIMAL_CHARS) {
      problems.add(path, "must be a decimal of 1 to " + MAX_DECIMAL_CHARS + " characters", shorten(text));
      return null;
    }
    boolean percent = text.endsWith("%");
    String digits = percent ? text.substring(0, text.length() - 1).strip() : text;
    try {
      BigDecimal d = new BigDecimal(digits);
      if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
        problems.add(path, "must have at most " + MAX_SCALE + " decimal places and an exponent of at most " + MAX_SCALE, shorten(text));
        return null;
      }
      return percent ? d.movePointLeft(2) : d;
    } catch (NumberFormatException e) {
      problems.add(path, "must be a decimal number or a percentage such as \"5%\"", shorten(text));
      return null;
    }
  }

  private Money money(JsonNode n, String path) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!object(n, path, MONEY_FIELDS)) {
      return null;
    }
    JsonNode amount = n.get("amount");
    JsonNode code = n.get("currency");
    if (amount == null || !(amount.isTextual() || amount.isNumber())) {
      problems.add(path + ".amount", "must be a decimal string such as \"1234.50\"", amount == null ? "missing" : shorten(amount.toString()));
    }
    if (code == null || !code.isTextual()) {
      problems.add(path + ".currency", "must be an ISO-4217 code string such as \"USD\"", code == null ? "missing" : shorten(code.toString()));
    }
    if (amount == null || !(amount.isTextual() || amount.isNumber()) || code == null || !code.isTextual()) {
      return null;
    }
    String literal = amount.isTextual() ? amount.textValue() : amount.isIntegralNumber() ? amount.bigIntegerValue().toString()
        : amount.decimalValue().toString();
    return build(path, () -> Monies.parse(literal, Monies.currency(code.textValue(), "currency"), "amount"));
  }

  private static String nodeType(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String join(String path, String field) {
    return path.isEmpty() || path.equals("$") ? field : path + "." + field;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
