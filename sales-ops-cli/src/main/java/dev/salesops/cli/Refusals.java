package dev.salesops.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Helpers for refusing input with every problem named: definitions read from a file have their problems'
 * paths prefixed with the file's name ({@code scheme.json indicators[2].weight must be ...}). Stateless.
 */
final class Refusals {
  private Refusals() {}

  /** Reads {@code file} with {@code reader}; a {@link ValidationException} is re-thrown with the file's name on every path. */
  static <T> T load(Path file, Function<InputStream, T> reader) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + file, e);
    } catch (ValidationException e) {
      throw in(String.valueOf(file.getFileName()), e.problems());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The problems, each with {@code file} in front of its path. */
  static ValidationException in(String file, List<Problem> problems) {
    List<Problem> moved = new ArrayList<>();
    for (Problem p : problems) {
      moved.add(p.at(file + " " + p.path()));
    }
    return new ValidationException(moved);
  }

  /** The problems as JSON objects: {@code path}, {@code rule}, {@code value} (may be null) and {@code message}. */
  static void toJson(List<Problem> problems, ArrayNode into) {
    toJson(problems, into, java.util.Locale.ROOT);
  }

  /** As {@link #toJson(List, ArrayNode)}, plus the rule's stable {@code code}; {@code message} in {@code locale}. */
  static void toJson(List<Problem> problems, ArrayNode into, java.util.Locale locale) {
    for (Problem p : problems) {
      ObjectNode n = into.addObject();
      n.put("path", p.path());
      n.put("rule", p.rule());
      n.put("value", p.value());
      n.put("message", p.message(locale));
      n.put("code", p.code());
    }
  }
}
