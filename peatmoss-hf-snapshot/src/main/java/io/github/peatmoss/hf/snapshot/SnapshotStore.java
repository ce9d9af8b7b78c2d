package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.dataset.internal.ContextIds;
import io.github.peatmoss.dataset.internal.Sql;
import io.github.peatmoss.dataset.internal.WritableDatabase;
import io.github.peatmoss.hf.HfDiscussionSummary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * What earlier snapshot runs recorded, read from (and the snapshot marker written to) the PeaTMOSS database
 * the {@code PeatmossWriter} fills, through the same writer plumbing ({@link WritableDatabase}; SQL in {@code
 * SnapshotStore/*.sql}). Besides the PeaTMOSS tables it keeps two tables of its own, which readers of the
 * published schema ignore: {@code hf_snapshot_file} (the file list of each snapshot, pinned to its commit) and
 * {@code hf_snapshot_discussion} (each discussion as the Hub's listing last showed it: status, title and
 * comment count, whatever the Hub counts as a comment), so the one-request probe compares like with like.
 *
 * <p>Between calls its handle is in auto-commit mode, so it never holds a lock and the writer's batches go
 * through; {@link #record} is the one multi-statement transaction. A model counts as snapshotted at a sha only
 * once {@link #record} committed, after everything else of the model was written, so a run killed in between
 * simply snapshots the model again. Not thread-safe; close it.
 */
final class SnapshotStore implements AutoCloseable {
  private final WritableDatabase database;

  private SnapshotStore(WritableDatabase database) {
    this.database = database;
  }

  /** Opens the database a {@code PeatmossWriter} has already created at {@code file}. */
  static SnapshotStore open(Path file) {
    WritableDatabase database = WritableDatabase.open(file);
    try {
      database.useTransaction(
          "creating the snapshot tables",
          handle -> WritableDatabase.runScript(handle, SnapshotStore.class, "tables"));
      return new SnapshotStore(database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** What the database holds about a model's last snapshot. */
  static final class ModelState {
    final OptionalLong row;
    final Optional<String> sha;
    final boolean snapshotted;
    final Map<Integer, String> discussions;

    ModelState(
        OptionalLong row,
        Optional<String> sha,
        boolean snapshotted,
        Map<Integer, String> discussions) {
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
        + (summary.numComments().isPresent()
            ? Integer.toString(summary.numComments().getAsInt())
            : "");
  }

  private static Query query(Handle handle, String name) {
    return handle.createQuery(Sql.of(SnapshotStore.class, name));
  }

  private static Update update(Handle handle, String name) {
    return handle.createUpdate(Sql.of(SnapshotStore.class, name));
  }

  /** The model columns {@link #state} reads. */
  private record ModelRow(long id, Optional<String> sha, boolean snapshotted) {}

  /** A discussion as last listed. */
  private record Listed(int num, String listed) {}

  ModelState state(ModelId model) {
    return read("reading the snapshot state of " + model, handle -> {
      Optional<ModelRow> row = query(handle, "model-state")
          .bind("contextId", ContextIds.bindValue(model.value()))
          .map((rs, ctx) ->
              new ModelRow(rs.getLong(1), Optional.ofNullable(rs.getString(2)), rs.getInt(3) != 0))
          .findFirst();
      Map<Integer, String> discussions = new HashMap<>();
      row.ifPresent(r -> query(handle, "discussions")
          .bind("model", r.id())
          .map((rs, ctx) -> new Listed(rs.getInt(1), rs.getString(2)))
          .forEach(d -> discussions.put(d.num(), d.listed())));
      return new ModelState(
          row.map(r -> OptionalLong.of(r.id())).orElseGet(OptionalLong::empty),
          row.flatMap(ModelRow::sha),
          row.map(ModelRow::snapshotted).orElse(false),
          discussions);
    });
  }

  Set<String> commitIds(long modelRow) {
    return read(
        "reading the commits of model row " + modelRow,
        handle -> query(handle, "commit-ids")
            .bind("model", modelRow)
            .mapTo(String.class)
            .collectIntoSet());
  }

  /** Returns the recorded file list of a snapshot, by path; empty when none was recorded. */
  List<SnapshotFile> files(long modelRow, String sha) {
    return read(
        "reading the file list of model row " + modelRow,
        handle -> query(handle, "files")
            .bind("model", modelRow)
            .bind("sha", sha)
            .map((rs, ctx) -> {
              long size = rs.getLong(2);
              boolean hasSize = !rs.wasNull();
              return SnapshotFile.builder()
                  .path(rs.getString(1))
                  .size(hasSize ? OptionalLong.of(size) : OptionalLong.empty())
                  .gitOid(Optional.ofNullable(rs.getString(3)))
                  .lfsSha256(Optional.ofNullable(rs.getString(4)))
                  .build();
            })
            .list());
  }

  /**
   * Marks {@code model} as snapshotted at {@code sha} in one transaction: the file list (once per sha), the
   * discussions as listed (replacing the earlier listing, unless {@code listing} is empty: not read this time),
   * and the model row's sha, {@code has_snapshot}, downloads, likes and repository URL.
   */
  void record(
      ModelId model,
      String sha,
      OptionalLong downloads,
      OptionalLong likes,
      String repoUrl,
      List<SnapshotFile> files,
      Optional<List<HfDiscussionSummary>> listing) {
    database.useTransaction("recording the snapshot of " + model + " at " + sha, handle -> {
      long row = WritableDatabase.modelRow(handle, model)
          .orElseGet(() -> WritableDatabase.insertModel(handle, model, ModelHub.HUGGING_FACE));
      boolean listed = query(handle, "has-files")
          .bind("model", row)
          .bind("sha", sha)
          .mapTo(Integer.class)
          .findFirst()
          .isPresent();
      if (!listed && !files.isEmpty()) {
        PreparedBatch insert = handle.prepareBatch(Sql.of(SnapshotStore.class, "insert-file"));
        for (SnapshotFile f : files) {
          insert
              .bind("model", row)
              .bind("sha", sha)
              .bind("path", f.path())
              .bind("size", f.size().isPresent() ? f.size().getAsLong() : null)
              .bind("gitOid", f.gitOid().orElse(null))
              .bind("lfsSha256", f.lfsSha256().orElse(null))
              .add();
        }
        insert.execute();
      }
      if (listing.isPresent()) {
        update(handle, "delete-discussions").bind("model", row).execute();
        if (!listing.get().isEmpty()) {
          PreparedBatch insert =
              handle.prepareBatch(Sql.of(SnapshotStore.class, "insert-discussion"));
          for (HfDiscussionSummary summary : listing.get()) {
            insert
                .bind("model", row)
                .bind("num", summary.num())
                .bind("listed", listed(summary))
                .add();
          }
          insert.execute();
        }
      }
      update(handle, "mark-snapshotted")
          .bind("sha", sha)
          .bind("downloads", downloads.isPresent() ? downloads.getAsLong() : null)
          .bind("likes", likes.isPresent() ? likes.getAsLong() : null)
          .bind("repoUrl", repoUrl)
          .bind("model", row)
          .execute();
    });
  }

  /** Runs a read on the handle (auto-commit: no lock is held afterwards). */
  private <T> T read(String what, Function<Handle, T> work) {
    try {
      return work.apply(database.handle());
    } catch (JdbiException e) {
      throw database.failure(what, e);
    }
  }

  /**
   * Closes the file.
   *
   * @throws DatasetException if SQLite fails to close it
   */
  @Override
  public void close() {
    database.close();
  }
}
