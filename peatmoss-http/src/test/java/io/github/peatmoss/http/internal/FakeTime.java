package io.github.peatmoss.http.internal;

import io.github.peatmoss.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that only moves when something sleeps on it; records every sleep. Thread-safe. Shared with the
 * clients' tests through this module's test-jar.
 */
public final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now;
  /** Every sleep, in order. */
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** Starts at 2026-11-26T12:00:00Z. */
  public FakeTime() {
    this(Instant.parse("2026-11-26T12:00:00Z"));
  }

  /** Starts at {@code start}. */
  public FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Moves the clock without recording a sleep. */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
