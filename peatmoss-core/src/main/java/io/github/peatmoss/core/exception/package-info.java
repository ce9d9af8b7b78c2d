/**
 * The one unchecked exception tree of the SDK. Everything the SDK throws on purpose is a {@link
 * io.github.peatmoss.core.exception.PeatmossException}, except precondition failures, which use the JDK's
 * {@code NullPointerException}, {@code IllegalArgumentException} and {@code IllegalStateException}.
 */
package io.github.peatmoss.core.exception;
