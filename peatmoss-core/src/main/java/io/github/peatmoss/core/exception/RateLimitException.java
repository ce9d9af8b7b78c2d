package io.github.peatmoss.core.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The service asked to wait longer than the client is configured to wait (429, or a rate-limit 403). Carries
 * how long to wait and, when known, the instant the limit resets; retry after that or raise the client's
 * maximum wait.
 */
public class RateLimitException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final Instant resetAt;

  /**
   * Creates a rate-limit exception.
   *
   * @param retryAfter how long the service asked to wait, or {@code null} if it did not say
   * @param resetAt when the limit resets, or {@code null} if unknown
   */
  public RateLimitException(
      String message,
      int statusCode,
      String requestId,
      String serviceMessage,
      Duration retryAfter,
      Instant resetAt) {
    super(message, statusCode, requestId, serviceMessage);
    this.retryAfter = retryAfter;
    this.resetAt = resetAt;
  }

  /** Returns how long the service asked to wait. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Returns when the rate limit resets, if known. */
  public Optional<Instant> resetAt() {
    return Optional.ofNullable(resetAt);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
