package io.github.peatmoss.http;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How an HTTP client retries and waits: bounded exponential backoff with jitter for 408, 5xx and connection
 * failures, and waits for rate-limit resets ({@code Retry-After}, {@code RateLimit}, {@code X-RateLimit-Reset})
 * that never exceed {@link #maxWait()}. Only idempotent requests (GET, HEAD) are retried. Immutable.
 */
@Value.Immutable
public interface RetryOptions {
  /** Returns how many times a failed request is sent again; 0 disables retries. Default 5. */
  @Value.Default
  default int maxRetries() {
    return 5;
  }

  /** Returns the first backoff delay; each retry doubles it, with jitter. Default 1 s. */
  @Value.Default
  default Duration baseDelay() {
    return Duration.ofSeconds(1);
  }

  /** Returns the cap of one backoff delay. Default 16 s. */
  @Value.Default
  default Duration maxDelay() {
    return Duration.ofSeconds(16);
  }

  /**
   * Returns the longest single wait the client accepts for a rate limit to reset. A longer wait is not slept:
   * the call fails with a {@code RateLimitException} carrying the reset time. Default 5 minutes, one Hugging
   * Face rate-limit window.
   */
  @Value.Default
  default Duration maxWait() {
    return Duration.ofMinutes(5);
  }

  /**
   * Returns whether requests are paced to the server's rate-limit window: once the server says no request is
   * left, later requests wait for the reset instead of drawing 429 answers. Default true.
   */
  @Value.Default
  default boolean isPacing() {
    return true;
  }

  /** Checks the settings. */
  @Value.Check
  default void check() {
    if (maxRetries() < 0) {
      throw new IllegalStateException("maxRetries must be >= 0: " + maxRetries());
    }
    for (Duration d : new Duration[] {baseDelay(), maxDelay(), maxWait()}) {
      if (d.isNegative()) {
        throw new IllegalStateException("retry durations must not be negative: " + d);
      }
    }
  }

  /** Returns the defaults: 5 retries from 1 s doubling up to 16 s, waits up to 5 minutes, pacing on. */
  static RetryOptions defaults() {
    return builder().build();
  }

  /** Returns options that send each request once and never wait. */
  static RetryOptions none() {
    return builder().maxRetries(0).maxWait(Duration.ZERO).pacing(false).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from these options. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link RetryOptions}; not thread-safe. */
  final class Builder extends ImmutableRetryOptions.Builder {}
}
