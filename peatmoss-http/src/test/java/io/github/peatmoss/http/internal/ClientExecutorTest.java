package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.TransportException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClientExecutorTest {
  @Test
  void fetchAll_keepsInputOrder() {
    try (ClientExecutor executor = new ClientExecutor("test-fetch", 3)) {
      List<Integer> inputs = IntStream.range(0, 50).boxed().collect(Collectors.toList());
      assertThat(executor.fetchAll(inputs, i -> i * 2))
          .containsExactlyElementsOf(inputs.stream().map(i -> i * 2).collect(Collectors.toList()));
    }
  }

  @Test
  void everyCall_sharesOnePoolOfAtMostConcurrencyThreads() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ClientExecutor executor = new ClientExecutor("test-fetch", 2)) {
      List<Integer> inputs = IntStream.range(0, 20).boxed().collect(Collectors.toList());
      for (int call = 0; call < 5; call++) {
        executor.fetchAll(inputs, i -> threads.add(Thread.currentThread().getName()));
      }
    }
    assertThat(threads).isSubsetOf("test-fetch-0", "test-fetch-1").isNotEmpty();
  }

  @Test
  void aFailure_isRethrownAsThrown() {
    try (ClientExecutor executor = new ClientExecutor("test-fetch", 4)) {
      assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2, 3), i -> {
            if (i == 2) {
              throw new IllegalArgumentException("bad input 2");
            }
            return i;
          }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bad input 2");
    }
  }

  @Test
  void afterClose_bulkCallsFailAndTheThreadsStop() throws InterruptedException {
    ClientExecutor executor = new ClientExecutor("test-close", 2);
    executor.fetchAll(List.of(1, 2), i -> i);
    executor.close();
    executor.close();
    assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2), i -> i))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("test-close-")) {
        thread.join();
      }
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("test-close-"));
  }

  @Test
  void concurrencyBelowOne_isRejected_oneIsFine() {
    assertThatThrownBy(() -> new ClientExecutor("t", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concurrency must be >= 1: 0");
    try (ClientExecutor one = new ClientExecutor("t", 1)) {
      assertThat(one.fetchAll(List.of(1, 2), i -> i + 1)).containsExactly(2, 3);
    }
  }

  @Test
  void oneAtATime_orASingleInput_runsOnTheCallingThread_severalInputsOnThePool() {
    String caller = Thread.currentThread().getName();
    try (ClientExecutor serial = new ClientExecutor("test-serial", 1);
        ClientExecutor pooled = new ClientExecutor("test-pooled", 4)) {
      assertThat(serial.fetchAll(List.of(1, 2, 3), i -> Thread.currentThread().getName()))
          .containsOnly(caller);
      assertThat(pooled.fetchAll(List.of(1), i -> Thread.currentThread().getName()))
          .containsExactly(caller);
      assertThat(pooled.fetchAll(List.of(1, 2), i -> Thread.currentThread())).allSatisfy(t -> {
        assertThat(t.getName()).startsWith("test-pooled-");
        assertThat(t.isDaemon()).isTrue();
      });
    }
  }

  @Test
  void anError_isRethrownAsThrown() {
    try (ClientExecutor executor = new ClientExecutor("test-fetch", 2)) {
      assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2), i -> {
            throw new AssertionError("broken " + i);
          }))
          .isInstanceOf(AssertionError.class)
          .hasMessage("broken 1");
    }
  }

  @Test
  void aCheckedFailure_isATransportException() {
    IOException cause = new IOException("disk");
    try (ClientExecutor executor = new ClientExecutor("test-fetch", 2)) {
      assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2), i -> sneakyThrow(cause)))
          .isInstanceOf(TransportException.class)
          .hasMessage("a concurrent request failed: java.io.IOException: disk")
          .hasCause(cause);
    }
  }

  @Test
  void aFailure_cancelsTheFetchesStillRunning() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    try (ClientExecutor executor = new ClientExecutor("test-cancel", 2)) {
      assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2), i -> {
            try {
              if (i == 1) {
                running.await(); // fail only once the other fetch runs
                throw new IllegalArgumentException("fails");
              }
              running.countDown();
              never.await();
            } catch (InterruptedException e) {
              cancelled.countDown();
            }
            return i;
          }))
          .hasMessage("fails");
      assertThat(cancelled.await(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void interruptedWhileWaiting_isATransportException_andKeepsTheInterrupt() {
    CountDownLatch never = new CountDownLatch(1);
    try (ClientExecutor executor = new ClientExecutor("test-interrupt", 2)) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2), i -> {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return i;
            }))
            .isInstanceOf(TransportException.class)
            .hasMessage("interrupted while waiting for concurrent requests");
      } finally {
        assertThat(Thread.interrupted()).isTrue();
      }
    }
  }

  @Test
  void close_beforeAnyUse_isFine_andRefusesLaterCalls() {
    ClientExecutor executor = new ClientExecutor("test-unused", 2);
    executor.close();
    assertThatThrownBy(() -> executor.fetchAll(List.of(1, 2), i -> i))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the client is closed; create a new one");
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> Integer sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }
}
