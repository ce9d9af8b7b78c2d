package io.github.peatmoss.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one response said about its rate limit, whichever header dialect it used.
 *
 * @param bucket the limited resource ({@code api}, {@code resolvers}, GitHub's {@code core}, ...), when named
 * @param remaining requests left in the current window
 * @param limit requests allowed per window (the policy quota)
 * @param resetAt when the current window ends, on the client clock
 * @param window the window length, when the policy names it
 */
public record RateLimitInfo(
    Optional<String> bucket,
    OptionalLong remaining,
    OptionalLong limit,
    Optional<Instant> resetAt,
    Optional<Duration> window) {

  /** A response without rate-limit headers. */
  public static final RateLimitInfo NONE = new RateLimitInfo(
      Optional.empty(),
      OptionalLong.empty(),
      OptionalLong.empty(),
      Optional.empty(),
      Optional.empty());

  /** Returns whether the response said no request is left in this window. */
  public boolean isExhausted() {
    return remaining.isPresent() && remaining.getAsLong() <= 0;
  }
}
