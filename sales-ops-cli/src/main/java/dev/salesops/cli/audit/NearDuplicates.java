package dev.salesops.cli.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Near-duplicate detection among the distinct values of a column (never among rows): values whose
 * {@link #key normalised key} (lower case, letters and digits only) is equal differ only in case, spacing or
 * punctuation; keys of at least {@code minLength} characters within {@code maxEdits} Levenshtein edits of each
 * other (and with the same digits, so that {@code Team 1} and {@code Team 2} stay apart) are a likely
 * misspelling. Edit distances are computed only within blocks of keys sharing their first three or their last
 * three characters, and blocks larger than {@code maxBlock} are skipped, so the work stays near-linear in the
 * number of distinct values.
 */
final class NearDuplicates {
  private NearDuplicates() {}

  /** A value that looks like another, more frequent one. */
  record Variant(String value, String canonical, String how) {}

  /** The result: the variants and how many oversized blocks were skipped. */
  record Result(List<Variant> variants, int blocksSkipped) {}

  /** Lower case, letters and digits only. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String digits(String k) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < k.length(); i++) {
      if (Character.isDigit(k.charAt(i))) {
        b.append(k.charAt(i));
      }
    }
    return b.toString();
  }

  /** Within one column: every value that is a variant of a more frequent one ({@code count} gives a value's rows). */
  static Result within(Iterable<String> values, ToLongFunction<String> count, int maxEdits, int minLength, int maxBlock) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String v : values) {
      groups.computeIfAbsent(key(v), k -> new ArrayList<>()).add(v);
    }
    List<Variant> out = new ArrayList<>();
    Map<String, String> canonicalOf = new HashMap<>();
    Map<String, Long> groupRows = new HashMap<>();
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      String canon = null;
      long best = -1;
      long total = 0;
      for (String v : g.getValue()) {
        long c = count.applyAsLong(v);
        total += c;
        if (c > best) {
          best = c;
          canon = v;
        }
      }
      canonicalOf.put(g.getKey(), canon);
      groupRows.put(g.getKey(), total);
      for (String v : g.getValue()) {
        if (!v.equals(canon)) {
          out.add(new Variant(v, canon, "case, spacing or punctuation"));
        }
      }
    }
    int skipped = 0;
    if (maxEdits > 0) {
      Set<String> done = new HashSet<>();
      Blocks blocks = new Blocks(groups.keySet(), minLength);
      for (List<String> block : blocks.lists()) {
        if (block.size() > maxBlock) {
          skipped++;
          continue;
        }
        for (int i = 0; i < block.size(); i++) {
          for (int j = i + 1; j < block.size(); j++) {
            String a = block.get(i);
            String b = block.get(j);
            if (!close(a, b, maxEdits)) {
              continue;
            }
            long ra = groupRows.get(a);
            long rb = groupRows.get(b);
            String variantKey = ra < rb || (ra == rb && a.compareTo(b) > 0) ? a : b;
            String canonKey = variantKey.equals(a) ? b : a;
            if (!done.add(variantKey)) {
              continue;
            }
            for (String v : groups.get(variantKey)) {
              out.removeIf(x -> x.value().equals(v));
              out.add(new Variant(v, canonicalOf.get(canonKey), "within " + maxEdits + " edit" + (maxEdits == 1 ? "" : "s")));
            }
          }
        }
      }
    }
    return new Result(out, skipped);
  }

  /**
   * Across files: each of {@code exportValues} that is not a key of the side file but looks like one of
   * {@code sideKeys} (same normalised key, or within {@code maxEdits} edits).
   */
  static Result across(Iterable<String> exportValues, Set<String> sideKeys, int maxEdits, int minLength, int maxBlock) {
    Map<String, String> byKey = new HashMap<>();
    for (String s : sideKeys) {
      byKey.putIfAbsent(key(s), s);
    }
    Blocks blocks = new Blocks(byKey.keySet(), minLength);
    List<Variant> out = new ArrayList<>();
    int skipped = 0;
    for (String v : exportValues) {
      if (sideKeys.contains(v)) {
        continue;
      }
      String k = key(v);
      String match = byKey.get(k);
      if (match != null) {
        out.add(new Variant(v, match, "case, spacing or punctuation"));
        continue;
      }
      if (maxEdits == 0 || k.length() < minLength) {
        continue;
      }
      String found = null;
      for (String bk : Blocks.blockKeys(k)) {
        List<String> cands = blocks.get(bk);
        if (cands.size() > maxBlock) {
          skipped++;
          continue;
        }
        for (String c : cands) {
          if (close(k, c, maxEdits)) {
            found = c;
            break;
          }
        }
        if (found != null) {
          break;
        }
      }
      if (found != null) {
        out.add(new Variant(v, byKey.get(found), "within " + maxEdits + " edit" + (maxEdits == 1 ? "" : "s")));
      }
    }
    return new Result(out, skipped);
  }

  private static boolean close(String a, String b, int maxEdits) {
    return !a.equals(b) && Math.abs(a.length() - b.length()) <= maxEdits && digits(a).equals(digits(b)) && distance(a, b, maxEdits) <= maxEdits;
  }

  /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** Keys of at least {@code minLength} characters grouped by their first three and by their last three characters. */
  private static final class Blocks {
    private final Map<String, List<String>> map = new HashMap<>();

    Blocks(Iterable<String> keys, int minLength) {
      for (String k : keys) {
        if (k.length() >= minLength) {
          for (String bk : blockKeys(k)) {
            map.computeIfAbsent(bk, x -> new ArrayList<>()).add(k);
          }
        }
      }
    }

    static List<String> blockKeys(String k) {
      int n = Math.min(3, k.length());
      return List.of("^" + k.substring(0, n), "$" + k.substring(k.length() - n));
    }

    List<String> get(String bk) {
      return map.getOrDefault(bk, List.of());
    }

    Iterable<List<String>> lists() {
      return map.values();
    }
  }
}
