package dev.salesops.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. <b>Not API.</b>
 *
 * <p>SOURCE retention: nothing of it reaches the class files that hosts load, so a host that depends on
 * sales-ops needs no Immutables on its class path. Generated {@code Immutable*} classes are package-private
 * ({@code visibility = PACKAGE}) and hidden behind the abstract value type ({@code overshadowImplementation}),
 * so they never appear in a public signature. Generated code uses only the JDK ({@code jdkOnly}).
 *
 * <p>A public builder is exposed by declaring {@code public static final class Builder extends
 * ImmutableX.Builder {}} inside the abstract value type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    defaultAsDefault = true,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    redactedMask = "***",
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = NullPointerException.class)
public @interface ValueStyle {}
