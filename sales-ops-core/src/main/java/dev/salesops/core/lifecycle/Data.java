package dev.salesops.core.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant copies for data loaded from JSON, so that validation can report every problem. */
final class Data {
  private Data() {}

  /** An unmodifiable copy that keeps {@code null} elements (reported later); {@code null} becomes empty. */
  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable insertion-ordered copy that keeps {@code null} values; {@code null} becomes empty. */
  static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static boolean isCode(String s) {
    return s != null && !s.isBlank() && s.length() <= 64 && s.equals(s.strip()) && s.chars().noneMatch(Character::isISOControl);
  }

  static final String CODE_RULE = "must be a code of 1 to 64 characters without control characters or surrounding whitespace";
}
