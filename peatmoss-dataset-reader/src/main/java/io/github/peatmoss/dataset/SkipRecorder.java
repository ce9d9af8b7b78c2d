package io.github.peatmoss.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the rows typed queries leave out, once per row, keeping the first {@link #KEPT} in full and counting
 * the rest, so a corrupt file cannot exhaust memory. Thread-safe.
 */
final class SkipRecorder {
  /** How many skipped rows are kept in full. */
  static final int KEPT = 1_000;

  private static final Logger log = LoggerFactory.getLogger(SkipRecorder.class);

  private final Map<String, SkippedRow> kept = new LinkedHashMap<>();
  private final java.util.Set<String> seenBeyondKept = new java.util.HashSet<>();
  private long total;

  /** Records that {@code table}'s row {@code rowId} was left out for {@code reason}; repeats are ignored. */
  synchronized void record(String table, long rowId, String reason) {
    String key = table + "#" + rowId;
    if (kept.containsKey(key) || seenBeyondKept.contains(key)) {
      return;
    }
    total++;
    if (kept.size() < KEPT) {
      kept.put(
          key, SkippedRow.builder().table(table).rowId(rowId).reason(reason).build());
      log.warn("skipping a {} row [row={}, reason={}]", table, rowId, reason);
    } else if (seenBeyondKept.size() < 100_000) {
      seenBeyondKept.add(key);
    }
  }

  synchronized List<SkippedRow> rows() {
    return List.copyOf(new ArrayList<>(kept.values()));
  }

  synchronized long count() {
    return total;
  }
}
