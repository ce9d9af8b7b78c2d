package io.github.peatmoss.http.internal;

import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.http.Sleeper;
import io.github.peatmoss.http.WaitListener;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces requests to the server's rate-limit windows, one state per bucket. Every response updates the state
 * with what its headers said; before a request, {@link #acquire} spends one of the requests the server said are
 * left, or waits for the window to reset when none are. Concurrent callers share the state, so a pool of
 * detail fetches does not overshoot the window. Thread-safe; one instance per client.
 */
public final class RateLimiter {
  /** Added to server reset times, which are whole seconds rounded down by some servers. */
  static final Duration RESET_MARGIN = Duration.ofSeconds(1);

  private final Clock clock;
  private final Sleeper sleeper;
  private final WaitListener listener;
  private final Map<String, State> states = new HashMap<>();

  private static final class State {
    long remaining = -1; // unknown
    Instant resetAt;
  }

  /** Creates a limiter that reads time from {@code clock} and waits with {@code sleeper}. */
  public RateLimiter(Clock clock, Sleeper sleeper) {
    this(clock, sleeper, WaitListener.NONE);
  }

  /** Creates a limiter that also tells {@code listener} about each wait before it is made. */
  public RateLimiter(Clock clock, Sleeper sleeper, WaitListener listener) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * Takes one request from {@code bucket}'s window, waiting for the reset when the window is spent.
   *
   * @throws RateLimitException when the reset is further away than {@code maxWait}
   * @throws InterruptedIOException when interrupted while waiting
   */
  public void acquire(String bucket, Duration maxWait) throws InterruptedIOException {
    while (true) {
      Duration wait;
      Instant resetAt;
      synchronized (this) {
        State state = states.computeIfAbsent(bucket, b -> new State());
        Instant now = clock.instant();
        if (state.remaining != 0 || state.resetAt == null || !now.isBefore(state.resetAt)) {
          if (state.resetAt != null && !now.isBefore(state.resetAt)) {
            state.remaining = -1; // a new window: unknown until the next response
            state.resetAt = null;
          }
          if (state.remaining > 0) {
            state.remaining--;
          }
          return;
        }
        resetAt = state.resetAt;
        wait = Duration.between(now, resetAt);
      }
      if (wait.compareTo(maxWait) > 0) {
        throw new RateLimitException(
            "rate limit of '" + bucket + "' is spent until " + resetAt + ", "
                + wait.toSeconds() + " s away, longer than the configured maximum wait of "
                + maxWait.toSeconds()
                + " s; resume after the reset, or allow a longer wait (--max-wait on the command line,"
                + " RetryOptions.maxWait in the API)",
            429,
            null,
            null,
            wait,
            resetAt);
      }
      listener.rateLimited(bucket, wait, resetAt);
      sleep(sleeper, wait);
    }
  }

  /** Records what a response received now said about {@code bucket}'s window. */
  public synchronized void update(String bucket, RateLimitInfo info) {
    update(bucket, info, false);
  }

  /**
   * Records what a response said about {@code bucket}'s window; an {@code authoritative} answer (a 429, which
   * states the limit as it is now) replaces the known reset even with an earlier one.
   */
  public synchronized void update(String bucket, RateLimitInfo info, boolean authoritative) {
    if (info.remaining().isEmpty()) {
      return;
    }
    if (authoritative && info.resetAt().isPresent()) {
      State state = states.computeIfAbsent(bucket, b -> new State());
      state.remaining = Math.max(0, info.remaining().getAsLong());
      state.resetAt = info.resetAt().get().plus(RESET_MARGIN);
      return;
    }
    State state = states.computeIfAbsent(bucket, b -> new State());
    long remaining = info.remaining().getAsLong();
    Instant resetAt = info.resetAt().map(r -> r.plus(RESET_MARGIN)).orElse(null);
    boolean newWindow = state.resetAt == null
        || resetAt == null
        || resetAt.isAfter(state.resetAt.plus(RESET_MARGIN));
    // A known reset always comes with a known remaining (both are set together, and cleared
    // together).
    if (newWindow) {
      state.remaining = Math.max(0, remaining);
    } else {
      // Answers to requests sent earlier arrive late; never raise what is left within one window.
      state.remaining = Math.max(0, Math.min(state.remaining, remaining));
    }
    if (resetAt != null && (newWindow || state.resetAt == null || resetAt.isAfter(state.resetAt))) {
      state.resetAt = resetAt;
    }
  }

  /** Returns the requests left in {@code bucket}'s window as last known, or -1 when unknown. */
  public synchronized long remaining(String bucket) {
    State state = states.get(bucket);
    return state == null ? -1 : state.remaining;
  }

  static void sleep(Sleeper sleeper, Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting " + wait);
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
