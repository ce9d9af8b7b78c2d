package io.github.peatmoss.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a duration. Injected through {@link ClientSettings} so tests replace waiting with advancing a fake
 * clock; {@link #SYSTEM} waits on the real clock.
 */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the current thread for {@code duration}; zero or negative returns at once. */
  void sleep(Duration duration) throws InterruptedException;

  /** Waits on the real clock. */
  Sleeper SYSTEM = duration -> {
    long nanos = duration.toNanos();
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  };
}
