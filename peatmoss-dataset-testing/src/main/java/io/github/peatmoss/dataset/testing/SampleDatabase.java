package io.github.peatmoss.dataset.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter of type {@link java.nio.file.Path} that {@link PeatmossSampleExtension} fills with a
 * fresh, writable copy of the bundled sample database. Parameters of type
 * {@link io.github.peatmoss.dataset.PeatmossDataset} need no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SampleDatabase {}
