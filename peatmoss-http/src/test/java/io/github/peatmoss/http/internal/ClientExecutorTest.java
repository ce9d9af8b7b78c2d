package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
}
