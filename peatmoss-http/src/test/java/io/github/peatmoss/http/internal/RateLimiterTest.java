package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.http.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final Duration MAX = Duration.ofMinutes(5);
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-26T12:00:00Z"));
  private final RateLimiter limiter = new RateLimiter(time, time);

  private RateLimitInfo info(long remaining, long resetSeconds) {
    return new RateLimitInfo(
        Optional.of("api"),
        OptionalLong.of(remaining),
        OptionalLong.of(500),
        Optional.of(time.instant().plusSeconds(resetSeconds)),
        Optional.of(Duration.ofMinutes(5)));
  }

  @Test
  void acquire_spendsWhatIsLeft_thenWaitsForTheReset() throws Exception {
    limiter.update("api", info(2, 10));
    limiter.acquire("api", MAX);
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).isEmpty();
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(11));
    assertThat(limiter.remaining("api"))
        .as("unknown in the new window until an answer says")
        .isEqualTo(-1);
  }

  @Test
  void update_lateAnswersWithinAWindow_neverRaiseWhatIsLeft_butANewWindowResets() throws Exception {
    limiter.update("api", info(5, 100));
    limiter.acquire("api", MAX);
    limiter.acquire("api", MAX);
    limiter.acquire("api", MAX);
    limiter.update("api", info(4, 100)); // the answer to the first of the three
    assertThat(limiter.remaining("api")).isEqualTo(2);
    time.advance(Duration.ofMinutes(2));
    limiter.update("api", info(499, 300));
    assertThat(limiter.remaining("api")).isEqualTo(499);
  }

  @Test
  void acquire_bucketsAreIndependent_andUnknownStateNeverWaits() throws Exception {
    limiter.update("api", info(0, 30));
    limiter.acquire("resolvers", MAX);
    limiter.acquire("other", MAX);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void acquire_resetBeyondMaximumWait_throwsWithResetTime() {
    limiter.update("api", info(0, 600));
    assertThatThrownBy(() -> limiter.acquire("api", MAX))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.resetAt()).hasValue(Instant.parse("2026-11-26T12:10:01Z")));
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void acquire_concurrentCallers_shareTheWindowWithoutOvershooting() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch settled = new CountDownLatch(8);
    ThreadLocal<Boolean> counted = ThreadLocal.withInitial(() -> false);
    AtomicInteger sleeping = new AtomicInteger();
    Sleeper blocking = d -> {
      if (!counted.get()) {
        counted.set(true);
        sleeping.incrementAndGet();
        settled.countDown();
      }
      release.await();
    };
    RateLimiter shared = new RateLimiter(time, blocking);
    shared.update("api", info(3, 60));
    AtomicInteger passedBeforeReset = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> requests = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        requests.add(pool.submit(() -> {
          shared.acquire("api", MAX);
          if (!counted.get()) {
            passedBeforeReset.incrementAndGet();
            settled.countDown();
          }
          return null;
        }));
      }
      assertThat(settled.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(passedBeforeReset.get())
          .as("only the 3 requests left in the window go before the reset")
          .isEqualTo(3);
      assertThat(sleeping.get()).isEqualTo(5);
      time.advance(Duration.ofSeconds(61));
      release.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      for (Future<?> request : requests) {
        assertThat(request.get()).isNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void acquire_aWaitExactlyTheMaximum_isWaited() throws Exception {
    limiter.update("api", info(0, 299)); // resets in 299 s plus the 1 s margin: 300 s, the maximum
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).containsExactly(MAX);
  }

  @Test
  void acquire_atTheResetInstant_doesNotWait_andForgetsTheSpentWindow() throws Exception {
    limiter.update("api", info(0, 10));
    time.advance(Duration.ofSeconds(11));
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).isEmpty();
    assertThat(limiter.remaining("api")).isEqualTo(-1);
  }

  @Test
  void acquire_beforeTheResetOfAWindowWithRequestsLeft_spendsOne() throws Exception {
    limiter.update("api", info(1, 10));
    limiter.acquire("api", MAX);
    assertThat(limiter.remaining("api")).isZero();
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void acquire_theRateLimitException_saysHowLongAndWhatToDo() {
    limiter.update("api", info(0, 600));
    assertThatThrownBy(() -> limiter.acquire("api", MAX))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(429);
          assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(601));
        })
        .hasMessage(
            "rate limit of 'api' is spent until 2026-11-26T12:10:01Z, 601 s away, longer than"
                + " the configured maximum wait of 300 s; resume after the reset, or allow a longer wait"
                + " (--max-wait on the command line, RetryOptions.maxWait in the API)");
  }

  @Test
  void acquire_tellsTheListenerBeforeWaiting() throws Exception {
    List<String> told = new ArrayList<>();
    RateLimiter listened = new RateLimiter(
        time,
        d -> {
          told.add("slept " + d);
          time.sleep(d);
        },
        new io.github.peatmoss.http.WaitListener() {
          @Override
          public void rateLimited(String bucket, Duration wait, Instant resetAt) {
            told.add(bucket + " " + wait + " " + resetAt);
          }
        });
    listened.update("api", info(0, 4));
    listened.acquire("api", MAX);
    assertThat(told).containsExactly("api PT5S 2026-11-26T12:00:05Z", "slept PT5S");
  }

  @Test
  void acquire_interrupted_throwsInterruptedIOException_andKeepsTheInterrupt() {
    RateLimiter interrupted = new RateLimiter(time, d -> {
      throw new InterruptedException("stop");
    });
    interrupted.update("api", info(0, 4));
    try {
      assertThatThrownBy(() -> interrupted.acquire("api", MAX))
          .isInstanceOf(java.io.InterruptedIOException.class)
          .hasMessage("interrupted while waiting PT5S")
          .hasCauseInstanceOf(InterruptedException.class);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void update_withoutRemaining_changesNothing() {
    limiter.update(
        "api",
        new RateLimitInfo(
            Optional.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.of(time.instant().plusSeconds(30)),
            Optional.empty()));
    assertThat(limiter.remaining("api")).isEqualTo(-1);
  }

  @Test
  void update_negativeRemaining_countsAsNoneLeft() throws Exception {
    limiter.update("api", info(-3, 5));
    assertThat(limiter.remaining("api")).isZero();
    limiter.update("other", info(-3, 5), true);
    assertThat(limiter.remaining("other")).isZero();
    limiter.update("api", info(4, 5));
    limiter.update("api", info(-1, 5));
    assertThat(limiter.remaining("api")).isZero();
  }

  @Test
  void update_aResetUpToOneSecondLater_isTheSameWindow_twoSecondsLaterANewOne() throws Exception {
    limiter.update("api", info(5, 100));
    limiter.acquire("api", MAX);
    limiter.acquire("api", MAX);
    limiter.acquire("api", MAX);
    limiter.update("api", info(4, 101)); // rounding: the same window
    assertThat(limiter.remaining("api")).isEqualTo(2);

    limiter.update("b", info(5, 100));
    limiter.acquire("b", MAX);
    limiter.acquire("b", MAX);
    limiter.acquire("b", MAX);
    limiter.update("b", info(4, 102));
    assertThat(limiter.remaining("b")).isEqualTo(4);
  }

  @Test
  void update_withoutReset_isTakenAsSaid() throws Exception {
    limiter.update("api", info(5, 100));
    limiter.acquire("api", MAX);
    limiter.acquire("api", MAX);
    limiter.update(
        "api",
        new RateLimitInfo(
            Optional.empty(),
            OptionalLong.of(4),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty()));
    assertThat(limiter.remaining("api")).isEqualTo(4);
  }

  @Test
  void update_withinAWindow_aLaterResetMovesTheWait_anEarlierOneDoesNot() throws Exception {
    limiter.update("api", info(1, 100));
    limiter.update("api", info(0, 101));
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(102));

    limiter.update("b", info(1, 100));
    limiter.update("b", info(0, 99));
    limiter.acquire("b", MAX);
    assertThat(time.sleeps).endsWith(Duration.ofSeconds(101));
  }

  @Test
  void update_authoritative_replacesALaterReset_withoutResetItIsAnOrdinaryUpdate()
      throws Exception {
    limiter.update("api", info(5, 200));
    limiter.update("api", info(0, 9), true);
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10));

    limiter.update("b", info(5, 200));
    limiter.acquire("b", MAX);
    limiter.update(
        "b",
        new RateLimitInfo(
            Optional.empty(),
            OptionalLong.of(9),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty()),
        true);
    assertThat(limiter.remaining("b")).isEqualTo(9);
  }

  @Test
  void acquire_noneLeftWithoutAKnownReset_neitherWaitsNorCountsBelowZero() throws Exception {
    limiter.update(
        "api",
        new RateLimitInfo(
            Optional.empty(),
            OptionalLong.of(0),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty()));
    limiter.acquire("api", MAX);
    assertThat(time.sleeps).isEmpty();
    assertThat(limiter.remaining("api")).isZero();
  }

  @Test
  void update_aLateAnswer_doesNotRefillASpentWindow() throws Exception {
    limiter.update("api", info(1, 100));
    limiter.acquire("api", MAX);
    assertThat(limiter.remaining("api")).isZero();
    limiter.update("api", info(3, 100)); // the answer to a request sent before the window was spent
    assertThat(limiter.remaining("api")).isZero();
  }
}
