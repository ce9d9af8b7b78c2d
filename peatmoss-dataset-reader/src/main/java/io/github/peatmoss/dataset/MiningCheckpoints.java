package io.github.peatmoss.dataset;

/**
 * The SQL of the SDK's own table {@code peatmoss_mining_checkpoint}, which the published schema does not have
 * and PeatmossDataset ignores: one row per mining source, written in the transaction of the page it follows.
 */
final class MiningCheckpoints {
  static final String CREATE = "CREATE TABLE IF NOT EXISTS peatmoss_mining_checkpoint ("
      + "source TEXT PRIMARY KEY, next_token TEXT, items INTEGER NOT NULL, complete INTEGER NOT NULL)";
  static final String SELECT =
      "SELECT next_token, items, complete FROM peatmoss_mining_checkpoint WHERE source = ?";
  static final String UPSERT = "INSERT INTO peatmoss_mining_checkpoint (source, next_token, items, complete)"
      + " VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET next_token = excluded.next_token,"
      + " items = excluded.items, complete = excluded.complete";

  private MiningCheckpoints() {}
}
