package io.github.peatmoss.dataset;

import java.util.Optional;

/**
 * The SDK's own table {@code peatmoss_mining_checkpoint}, which the published schema does not have and
 * {@link PeatmossDataset} ignores: one row per mining source, written in the transaction of the page it
 * follows. SQL in {@code MiningCheckpoints/*.sql}.
 */
final class MiningCheckpoints {
  private final WriterRows rows;

  MiningCheckpoints(WriterRows rows) {
    this.rows = rows;
  }

  void createTable() {
    rows.update(MiningCheckpoints.class, "create-table").execute();
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
}
