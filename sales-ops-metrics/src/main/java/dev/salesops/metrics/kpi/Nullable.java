package dev.salesops.metrics.kpi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter whose null is documented to mean "absent" (read by the API tests' null checks, which then pass
 * no null there). Package-private: not part of the API.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface Nullable {}
