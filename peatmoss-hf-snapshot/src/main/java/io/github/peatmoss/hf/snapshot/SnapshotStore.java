package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.dataset.internal.ContextIds;
import io.github.peatmoss.hf.HfDiscussionSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * What earlier snapshot runs recorded, read from (and the snapshot marker written to) the PeaTMOSS database
 * the {@code PeatmossWriter} fills. Besides the PeaTMOSS tables it keeps two tables of its own, which readers
 * of the published schema ignore: {@code hf_snapshot_file} (the file list of each snapshot, pinned to its
 * commit) and {@code hf_snapshot_discussion} (each discussion as the Hub's listing last showed it: status,
 * title and comment count, whatever the Hub counts as a comment), so the one-request probe compares like with
 * like.
 *
 * <p>It uses its own connection in auto-commit mode, so it never holds a lock between calls and the writer's
 * batches go through; {@link #record} is the one multi-statement transaction. A model counts as snapshotted at a
 * sha only once {@link #record} committed, after everything else of the model was written, so a run killed in
 * between simply snapshots the model again. Not thread-safe; close it.
 */
final class SnapshotStore implements AutoCloseable {
  private static final String FILE_TABLE = "CREATE TABLE IF NOT EXISTS hf_snapshot_file ("
      + "id INTEGER NOT NULL, model_id INTEGER NOT NULL REFERENCES model (id), commit_sha VARCHAR NOT NULL,"
      + " path VARCHAR NOT NULL, size INTEGER, git_oid VARCHAR, lfs_sha256 VARCHAR, PRIMARY KEY (id),"
      + " UNIQUE (model_id, commit_sha, path))";
  private static final String DISCUSSION_TABLE = "CREATE TABLE IF NOT EXISTS hf_snapshot_discussion ("
      + "model_id INTEGER NOT NULL REFERENCES model (id), num INTEGER NOT NULL, listed VARCHAR NOT NULL,"
      + " PRIMARY KEY (model_id, num))";

  private final Path file;
  private final Connection connection;

  private SnapshotStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens the database a {@code PeatmossWriter} has already created at {@code file}. */
  static SnapshotStore open(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(30_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      Connection connection = source.getConnection();
      try (Statement statement = connection.createStatement()) {
        statement.execute(FILE_TABLE);
        statement.execute(DISCUSSION_TABLE);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new SnapshotStore(file, connection);
    } catch (SQLException e) {
      throw new DatasetException("cannot open " + file + " to record snapshots: " + e.getMessage()
          + "; check that the file is a writable PeaTMOSS database", e);
    }
  }

  /** What the database holds about a model's last snapshot. */
  static final class ModelState {
    final OptionalLong row;
    final Optional<String> sha;
    final boolean snapshotted;
    final Map<Integer, String> discussions;

    ModelState(OptionalLong row, Optional<String> sha, boolean snapshotted, Map<Integer, String> discussions) {
      this.row = row;
      this.sha = sha;
      this.snapshotted = snapshotted;
      this.discussions = discussions;
    }

    /** Returns whether the last snapshot saw {@code summary}'s discussion as the listing shows it now. */
    boolean holds(HfDiscussionSummary summary) {
      return listed(summary).equals(discussions.get(summary.num()));
    }
  }

  /** The part of a listed discussion that changes when it does: status, title and the number of comments. */
  static String listed(HfDiscussionSummary summary) {
    return summary.status().orElse("") + "\u0000" + summary.title().orElse("") + "\u0000"
        + (summary.numComments().isPresent() ? Integer.toString(summary.numComments().getAsInt()) : "");
  }

  ModelState state(ModelId model) {
    try {
      OptionalLong row = OptionalLong.empty();
      Optional<String> sha = Optional.empty();
      boolean snapshotted = false;
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT id, sha, has_snapshot FROM model WHERE context_id = ?")) {
        query.setObject(1, ContextIds.bindValue(model.value()));
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            row = OptionalLong.of(rows.getLong(1));
            sha = Optional.ofNullable(rows.getString(2));
            snapshotted = rows.getInt(3) != 0;
          }
        }
      }
      Map<Integer, String> discussions = new HashMap<>();
      if (row.isPresent()) {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT num, listed FROM hf_snapshot_discussion WHERE model_id = ?")) {
          query.setLong(1, row.getAsLong());
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              discussions.put(rows.getInt(1), rows.getString(2));
            }
          }
        }
      }
      return new ModelState(row, sha, snapshotted, discussions);
    } catch (SQLException e) {
      throw failed("reading the snapshot state of " + model, e);
    }
  }

  Set<String> commitIds(long modelRow) {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT commit_id FROM hf_commit WHERE model_id = ?")) {
      query.setLong(1, modelRow);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw failed("reading the commits of model row " + modelRow, e);
    }
  }

  /** Returns the recorded file list of a snapshot, by path; empty when none was recorded. */
  List<SnapshotFile> files(long modelRow, String sha) {
    List<SnapshotFile> files = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT path, size, git_oid, lfs_sha256"
        + " FROM hf_snapshot_file WHERE model_id = ? AND commit_sha = ? ORDER BY path")) {
      query.setLong(1, modelRow);
      query.setString(2, sha);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long size = rows.getLong(2);
          boolean hasSize = !rows.wasNull();
          files.add(SnapshotFile.builder().path(rows.getString(1))
              .size(hasSize ? OptionalLong.of(size) : OptionalLong.empty())
              .gitOid(Optional.ofNullable(rows.getString(3))).lfsSha256(Optional.ofNullable(rows.getString(4)))
              .build());
        }
      }
      return files;
    } catch (SQLException e) {
      throw failed("reading the file list of model row " + modelRow, e);
    }
  }

  /**
   * Marks {@code model} as snapshotted at {@code sha} in one transaction: the file list (once per sha), the
   * discussions as listed (replacing the earlier listing, unless {@code listing} is empty: not read this time),
   * and the model row's sha, {@code has_snapshot}, downloads, likes and repository URL.
   */
  void record(ModelId model, String sha, OptionalLong downloads, OptionalLong likes, String repoUrl,
      List<SnapshotFile> files, Optional<List<HfDiscussionSummary>> listing) {
    try {
      connection.setAutoCommit(false);
      try {
        long row = modelRow(model);
        boolean listed;
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT 1 FROM hf_snapshot_file WHERE model_id = ? AND commit_sha = ? LIMIT 1")) {
          query.setLong(1, row);
          query.setString(2, sha);
          try (ResultSet rows = query.executeQuery()) {
            listed = rows.next();
          }
        }
        if (!listed && !files.isEmpty()) {
          try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hf_snapshot_file"
              + " (model_id, commit_sha, path, size, git_oid, lfs_sha256) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SnapshotFile f : files) {
              insert.setLong(1, row);
              insert.setString(2, sha);
              insert.setString(3, f.path());
              if (f.size().isPresent()) {
                insert.setLong(4, f.size().getAsLong());
              } else {
                insert.setNull(4, Types.INTEGER);
              }
              insert.setString(5, f.gitOid().orElse(null));
              insert.setString(6, f.lfsSha256().orElse(null));
              insert.addBatch();
            }
            insert.executeBatch();
          }
        }
        if (listing.isPresent()) {
          try (PreparedStatement delete = connection.prepareStatement(
              "DELETE FROM hf_snapshot_discussion WHERE model_id = ?")) {
            delete.setLong(1, row);
            delete.executeUpdate();
          }
          try (PreparedStatement insert = connection.prepareStatement(
              "INSERT OR REPLACE INTO hf_snapshot_discussion (model_id, num, listed) VALUES (?, ?, ?)")) {
            for (HfDiscussionSummary summary : listing.get()) {
              insert.setLong(1, row);
              insert.setInt(2, summary.num());
              insert.setString(3, listed(summary));
              insert.addBatch();
            }
            insert.executeBatch();
          }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE model SET sha = ?, has_snapshot = 1,"
            + " downloads = coalesce(?, downloads), likes = coalesce(?, likes), repo_url = coalesce(repo_url, ?)"
            + " WHERE id = ?")) {
          update.setString(1, sha);
          setLong(update, 2, downloads);
          setLong(update, 3, likes);
          update.setString(4, repoUrl);
          update.setLong(5, row);
          update.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed("recording the snapshot of " + model + " at " + sha, e);
    }
  }

  private long modelRow(ModelId model) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT id FROM model WHERE context_id = ?")) {
      query.setObject(1, ContextIds.bindValue(model.value()));
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          return rows.getLong(1);
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO model (context_id, model_hub_id) VALUES (?, (SELECT id FROM model_hub WHERE name = ?))",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, ContextIds.bindValue(model.value()));
      insert.setString(2, "HuggingFace");
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void setLong(PreparedStatement statement, int index, OptionalLong value) throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.getAsLong());
    } else {
      statement.setNull(index, Types.INTEGER);
    }
  }

  private DatasetException failed(String what, SQLException e) {
    return new DatasetException(what + " in " + file + " failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failed("closing", e);
    }
  }
}
