package io.github.peatmoss.dataset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream over a database cursor that takes rows in batches of a fixed size and completes each batch with a
 * few set-based queries (lookups, licenses), so memory stays bounded by the batch and no query runs per row.
 */
final class BatchingStream {
  private BatchingStream() {}

  /** Returns a sequential stream of {@code rows}, completed batch by batch; closing it runs {@code onClose}. */
  static <R, T> Stream<T> of(
      Iterator<R> rows, int batchSize, Function<List<R>, List<T>> complete, Runnable onClose) {
    Spliterator<T> spliterator =
        new Spliterators.AbstractSpliterator<T>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private final ArrayDeque<T> ready = new ArrayDeque<>();

          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            if (ready.isEmpty()) {
              List<R> batch = new ArrayList<>(batchSize);
              while (batch.size() < batchSize && rows.hasNext()) {
                batch.add(rows.next());
              }
              if (batch.isEmpty()) {
                return false;
              }
              ready.addAll(complete.apply(batch));
              if (ready.isEmpty()) {
                return tryAdvance(action);
              }
            }
            action.accept(ready.poll());
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(onClose);
  }
}
