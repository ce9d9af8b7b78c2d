package io.github.peatmoss.http.internal;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.github.peatmoss.core.exception.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The one thread pool of a client: runs a bulk call's requests at most {@code concurrency} at a time, across
 * every bulk call of the client. Threads are daemons, made on first use and stopped by {@link #close()}, which
 * the owning client's {@code close()} calls. Thread-safe.
 */
public final class ClientExecutor implements AutoCloseable {
  private final String threadPrefix;
  private final int concurrency;
  private ExecutorService pool;
  private boolean closed;

  /** Creates an executor whose threads are named {@code threadPrefix-N}. */
  public ClientExecutor(String threadPrefix, int concurrency) {
    this.threadPrefix = Objects.requireNonNull(threadPrefix, "threadPrefix == null");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1: " + concurrency);
    }
    this.concurrency = concurrency;
  }

  /**
   * Applies {@code fetch} to every input, up to the concurrency at once, and returns the results in input order.
   * {@code fetch} must not call back into this executor.
   *
   * @throws RuntimeException the first failure of {@code fetch}, as thrown; the remaining fetches are cancelled
   * @throws TransportException when the calling thread is interrupted while waiting
   * @throws IllegalStateException when the client was closed
   */
  public <T, R> List<R> fetchAll(List<T> inputs, Function<T, R> fetch) {
    Objects.requireNonNull(inputs, "inputs == null");
    Objects.requireNonNull(fetch, "fetch == null");
    if (concurrency == 1 || inputs.size() <= 1) {
      List<R> results = new ArrayList<>(inputs.size());
      inputs.forEach(input -> results.add(fetch.apply(input)));
      return results;
    }
    ExecutorService executor = pool();
    List<Future<R>> futures = new ArrayList<>(inputs.size());
    try {
      for (T input : inputs) {
        futures.add(executor.submit(() -> fetch.apply(input)));
      }
      List<R> results = new ArrayList<>(inputs.size());
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new TransportException("a concurrent request failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for concurrent requests", e);
    } finally {
      futures.forEach(f -> f.cancel(true));
    }
  }

  private synchronized ExecutorService pool() {
    if (closed) {
      throw new IllegalStateException("the client is closed; create a new one");
    }
    if (pool == null) {
      pool = Executors.newFixedThreadPool(
          concurrency,
          new ThreadFactoryBuilder()
              .setNameFormat(threadPrefix + "-%d")
              .setDaemon(true)
              .build());
    }
    return pool;
  }

  /** Stops the threads, interrupting running requests; idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
