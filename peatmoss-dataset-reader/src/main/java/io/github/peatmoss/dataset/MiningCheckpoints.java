package io.github.peatmoss.dataset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link Miner}'s own tables, which the published schema does not have and {@link PeatmossDataset} ignores,
 * each keyed by the mining source and written in the transaction of the page it follows: {@code
 * peatmoss_mining_checkpoint} (one row per source: where to resume), {@code peatmoss_mining_work} (lists of work
 * items a page found for later pages, in order) and {@code peatmoss_mining_count} (running counts of a run,
 * resumed runs included). SQL in {@code MiningCheckpoints/*.sql}.
 */
final class MiningCheckpoints {
  private final WriterRows rows;

  MiningCheckpoints(WriterRows rows) {
    this.rows = rows;
  }

  void createTable() {
    rows.update(MiningCheckpoints.class, "create-table").execute();
    rows.update(MiningCheckpoints.class, "create-work-table").execute();
    rows.update(MiningCheckpoints.class, "create-count-table").execute();
  }

  Optional<MiningCheckpoint> find(String source) {
    return rows.query(MiningCheckpoints.class, "find")
        .bind("source", source)
        .map((rs, ctx) -> new MiningCheckpoint(
            source,
            Optional.ofNullable(rs.getString("next_token")),
            rs.getLong("items"),
            rs.getInt("complete") != 0))
        .findFirst();
  }

  void save(MiningCheckpoint checkpoint) {
    rows.update(MiningCheckpoints.class, "save")
        .bind("source", checkpoint.source())
        .bind("next", checkpoint.next().orElse(null))
        .bind("items", checkpoint.items())
        .bind("complete", checkpoint.complete() ? 1 : 0)
        .execute();
  }

  /** Deletes the work lists and counts of {@code source}: a run starting from the first page. */
  void clear(String source) {
    rows.update(MiningCheckpoints.class, "clear-work").bind("source", source).execute();
    rows.update(MiningCheckpoints.class, "clear-counts").bind("source", source).execute();
  }

  long workSize(String source, String list) {
    return rows.query(MiningCheckpoints.class, "work-size")
        .bind("source", source)
        .bind("list", list)
        .mapTo(Long.class)
        .one();
  }

  void appendWork(String source, String list, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    long position = workSize(source, list);
    for (String item : items) {
      rows.update(MiningCheckpoints.class, "append-work", "peatmoss_mining_work")
          .bind("source", source)
          .bind("list", list)
          .bind("position", position++)
          .bind("item", item)
          .execute();
    }
  }

  List<String> readWork(String source, String list, long from, int limit) {
    return rows.query(MiningCheckpoints.class, "read-work")
        .bind("source", source)
        .bind("list", list)
        .bind("from", from)
        .bind("limit", limit)
        .mapTo(String.class)
        .list();
  }

  void addCounts(String source, Map<String, Long> deltas) {
    if (deltas.isEmpty()) {
      return;
    }
    deltas.forEach(
        (name, delta) -> rows.update(MiningCheckpoints.class, "add-count", "peatmoss_mining_count")
            .bind("source", source)
            .bind("name", name)
            .bind("delta", delta)
            .execute());
  }

  Map<String, Long> counts(String source) {
    return rows.query(MiningCheckpoints.class, "read-counts")
        .bind("source", source)
        .reduceRows(new TreeMap<String, Long>(), (map, row) -> {
          map.put(row.getColumn("name", String.class), row.getColumn("value", Long.class));
          return map;
        });
  }
}
