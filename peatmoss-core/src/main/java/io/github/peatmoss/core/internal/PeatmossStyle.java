package io.github.peatmoss.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: put it on every {@code package-info.java} that holds value types.
 * Users see only the interface and its nested {@code Builder}; the generated class stays package-private.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"library:libraries", "bias:biases", "status:statuses", "entry:entries"
    },
    defaults = @Value.Immutable(copy = false),
    // No classpath-discovered annotations on generated code (Immutables' @Generated,
    // Error Prone's): Immutables is compile-only, so a consumer compiling with -Xlint:all
    // could not read them. Allowing only an always-present annotation turns discovery off.
    allowedClasspathAnnotations = {Override.class})
public @interface PeatmossStyle {}
