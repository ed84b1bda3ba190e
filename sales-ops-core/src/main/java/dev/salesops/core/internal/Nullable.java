package dev.salesops.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter that takes {@code null} for "absent": the optional part of a value class whose accessor
 * returns it as an {@code Optional} (the rule in docs/ARCHITECTURE.md "Conventions": {@code Optional} only as an
 * accessor's return type). Read by the API rules test (guava-testlib's {@code NullPointerTester} skips parameters
 * annotated with any annotation named {@code Nullable}); the parameter's javadoc says what {@code null} means.
 * Not API.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Nullable {}
