package io.github.peatmoss.http;

import java.time.Duration;
import java.time.Instant;

/**
 * Told about every wait a client makes, before it waits, so a user is never left in silence: a retry (what
 * failed, why, how long, which attempt) and a rate-limit wait (which bucket, until when). Called on the thread
 * that waits; implementations must be thread-safe and quick. The default is {@link #NONE}.
 */
public interface WaitListener {
  /** Tells nobody. */
  WaitListener NONE = new WaitListener() {};

  /**
   * A request is about to be sent again.
   *
   * @param request the method and path, e.g. {@code GET /api/models}
   * @param reason what went wrong, e.g. {@code 503 Service Unavailable} or {@code no answer within the read
   *     timeout of 2 s}
   * @param wait how long the client waits before the next attempt
   * @param nextAttempt the attempt about to be made, from 2
   * @param maxAttempts the most attempts this request gets
   */
  default void retrying(
      String request, String reason, Duration wait, int nextAttempt, int maxAttempts) {}

  /**
   * A request waits for a rate-limit window to reset.
   *
   * @param bucket the rate-limit bucket, e.g. {@code api} or {@code default}
   * @param wait how long the client waits
   * @param resetAt when the window resets, as the server said
   */
  default void rateLimited(String bucket, Duration wait, Instant resetAt) {}
}
