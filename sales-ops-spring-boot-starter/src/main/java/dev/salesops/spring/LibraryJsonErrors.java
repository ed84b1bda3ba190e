package dev.salesops.spring;

import dev.salesops.core.json.JsonInputException;

/** The library's JSON input exception, kept apart so that it is loaded only where it can be. */
final class LibraryJsonErrors {
  private LibraryJsonErrors() {}

  /** Whether {@link JsonInputException} and its supertypes are on the class path. */
  static boolean loadable() {
    try {
      Class.forName("dev.salesops.core.json.JsonInputException", false, LibraryJsonErrors.class.getClassLoader())
          .getSuperclass();
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The JSON path and rule of {@code t} when it is a {@link JsonInputException}, else {@code null}. */
  static String[] pathAndRule(Throwable t) {
    if (t instanceof JsonInputException) {
      JsonInputException e = (JsonInputException) t;
      return new String[] {e.jsonPath(), e.rule()};
    }
    return null;
  }
}
