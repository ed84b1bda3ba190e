package dev.salesops.spring;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ClassUtils;

/**
 * Turns the library's input and validation exceptions — thrown directly, or wrapped by Jackson 2 or 3 and by
 * Spring's {@code HttpMessageNotReadableException} — into an HTTP 400 {@link ProblemDetail} carrying the JSON path,
 * the rule's code and the rule, <b>never the offending value</b> (it may be personal data).
 *
 * <pre>{@code
 * {"type":"urn:sales-ops:problem:invalid-input","title":"Invalid input","status":400,
 *  "detail":"$.amount: amount must have at most 2 decimal places for USD","path":"$.amount",
 *  "code":"json.invalid","rule":"amount must have at most 2 decimal places for USD",
 *  "problems":[{"path":"$.amount","code":"json.invalid","rule":"..."}]}
 * }</pre>
 *
 * <p>Codes: a {@link ValidationException}'s problems keep their own codes ({@link Problem#code()}); a
 * {@link dev.salesops.core.json.JsonInputException} is {@value #JSON_INVALID}; a failure of Jackson itself is one of {@value #SYNTAX},
 * {@value #BOUNDS} (an input bound exceeded), {@value #DUPLICATE_KEY}, {@value #UNKNOWN_FIELD}, {@value #WRONG_TYPE},
 * {@value #INVALID_VALUE}, with a fixed rule (Jackson's own messages may quote the input, so they are never used,
 * except the bound messages, which hold only numbers).
 */
public final class InputErrors {
  /** The problem type of every input error. */
  public static final URI TYPE = URI.create("urn:sales-ops:problem:invalid-input");
  /** A library reader refused the value ({@link dev.salesops.core.json.JsonInputException}). */
  public static final String JSON_INVALID = "json.invalid";
  /** Malformed JSON. */
  public static final String SYNTAX = "json.syntax";
  /** A document over one of the {@link InputBounds}. */
  public static final String BOUNDS = "json.bounds";
  /** The same key twice in one object. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";
  /** A field the type does not have. */
  public static final String UNKNOWN_FIELD = "json.unknown-field";
  /** A value of the wrong JSON type. */
  public static final String WRONG_TYPE = "json.wrong-type";
  /** A value the type refuses. */
  public static final String INVALID_VALUE = "json.invalid-value";

  /** At most this many problems are listed (all are counted in {@code problemCount}). */
  static final int MAX_PROBLEMS = 20;

  private static final boolean JACKSON2 = ClassUtils.isPresent("com.fasterxml.jackson.core.JsonProcessingException",
      InputErrors.class.getClassLoader());
  private static final boolean JACKSON3 = ClassUtils.isPresent("tools.jackson.core.JacksonException",
      InputErrors.class.getClassLoader());
  /** Whether the library's JSON input exception can be loaded (today it extends a Jackson 2 type). */
  private static final boolean JSON_INPUT = LibraryJsonErrors.loadable();
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Map<String, String> RULES = Map.of(
      SYNTAX, "malformed JSON",
      BOUNDS, "the document exceeds an input bound",
      DUPLICATE_KEY, "duplicate key",
      UNKNOWN_FIELD, "unknown field",
      WRONG_TYPE, "wrong type of value",
      INVALID_VALUE, "invalid value");

  private InputErrors() {}

  /** One step of a JSON path: a property name, or an index when the name is {@code null}. */
  record Step(String name, int index) {}

  /** Where a JSON failure is and what kind it is. */
  record Located(String path, String code, String boundsMessage) {}

  /**
   * The problem detail of {@code error}, or {@code null} when neither it nor any of its causes is a library
   * input or validation exception nor a Jackson failure.
   *
   * @param locale the language of the rules in {@code detail} and {@code problems} (codes are stable)
   */
  public static ProblemDetail problem(Throwable error, Locale locale) {
    Located jackson = null;
    ValidationException validation = null;
    String[] input = null;
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      if (input == null && validation == null && JSON_INPUT) {
        input = LibraryJsonErrors.pathAndRule(t);
      }
      if (t instanceof ValidationException && validation == null && input == null) {
        validation = (ValidationException) t;
      }
      jackson = merge(jackson, locate(t));
    }
    List<Map<String, String>> problems = new ArrayList<>();
    int count;
    if (input != null) {
      problems.add(entry(input[0], JSON_INVALID, input[1]));
      count = 1;
    } else if (validation != null) {
      String at = jackson == null ? null : jackson.path();
      List<Problem> all = validation.problems();
      for (Problem p : all.subList(0, Math.min(all.size(), MAX_PROBLEMS))) {
        problems.add(entry(join(at, p.path()), p.code(), p.ruleMessage().text(locale)));
      }
      count = all.size();
    } else if (jackson != null) {
      String rule = RULES.get(jackson.code());
      if (jackson.boundsMessage() != null) {
        rule = rule + ": " + jackson.boundsMessage();
      }
      problems.add(entry(jackson.path(), jackson.code(), rule));
      count = 1;
    } else {
      return null;
    }
    Map<String, String> first = problems.get(0);
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        first.get("path") + ": " + first.get("rule") + (count > 1 ? " (and " + (count - 1) + " more)" : ""));
    pd.setType(TYPE);
    pd.setTitle("Invalid input");
    pd.setProperty("path", first.get("path"));
    pd.setProperty("code", first.get("code"));
    pd.setProperty("rule", first.get("rule"));
    pd.setProperty("problems", problems);
    pd.setProperty("problemCount", count);
    return pd;
  }

  /**
   * Jackson wraps a parser's failure (a bound, a duplicate key, bad syntax) in mapping exceptions that carry the
   * path: the outermost path that is not the document's, and the parser's kind when there is one.
   */
  private static Located merge(Located outer, Located inner) {
    if (outer == null || inner == null) {
      return outer == null ? inner : outer;
    }
    String path = outer.path().equals("$") ? inner.path() : outer.path();
    boolean parser = inner.code().equals(BOUNDS) || inner.code().equals(DUPLICATE_KEY) || inner.code().equals(SYNTAX);
    return parser ? new Located(path, inner.code(), inner.boundsMessage())
        : new Located(path, outer.code(), outer.boundsMessage());
  }

  private static Located locate(Throwable t) {
    if (JACKSON3) {
      Located l = Jackson3Support.locate(t);
      if (l != null) {
        return l;
      }
    }
    return JACKSON2 ? Jackson2Support.locate(t) : null;
  }

  private static Map<String, String> entry(String path, String code, String rule) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("path", path);
    m.put("code", code);
    m.put("rule", rule);
    return m;
  }

  /** A problem's path under the JSON path of the value that failed ({@code $.deal} + {@code amount}). */
  static String join(String at, String path) {
    if (at == null) {
      return path;
    }
    if (path == null || path.isEmpty() || path.equals("$")) {
      return at;
    }
    if (path.startsWith("$")) {
      path = path.substring(1);
    }
    return at + (path.startsWith("[") || path.startsWith(".") ? "" : ".") + path;
  }

  /** {@code $}, {@code $.deal.amount}, {@code $.roles[2]}, {@code $[""]} (a key that is not a short identifier). */
  static String path(List<Step> steps) {
    StringBuilder b = new StringBuilder("$");
    for (Step s : steps) {
      if (s.name() == null) {
        if (s.index() >= 0) {
          b.append('[').append(s.index()).append(']');
        }
      } else if (s.name().length() <= 64 && IDENTIFIER.matcher(s.name()).matches()) {
        b.append('.').append(s.name());
      } else {
        // an odd key is not quoted (it is input, as the library's readers do): its place is enough
        b.append("[\"\"]");
      }
    }
    return b.toString();
  }
}
