package io.github.peatmoss.dataset.internal;

import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.DatasetException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The plumbing every SDK writer of a PeaTMOSS file shares ({@code PeatmossWriter}, the snapshot store): one
 * JDBI handle on the file whose prepared statements are kept for its life ({@link StatementCache}), SQL read from {@code .sql} resources ({@link Sql}), transactions through {@link Handle#inTransaction}, and JDBI failures turned into {@link DatasetException}s
 * that name the file and say what to do ({@link SqliteFailures}). Between transactions the handle is in auto-commit mode and holds no lock, so several
 * writers of one file take turns. Not thread-safe; close it.
 */
public final class WritableDatabase implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final Path file;
  private final Handle handle;

  private WritableDatabase(Path file, Handle handle) {
    this.file = file;
    this.handle = handle;
  }

  /**
   * Opens {@code file} (created by SQLite if missing) for writing.
   *
   * @throws DatasetException if SQLite cannot open it
   */
  public static WritableDatabase open(Path file) {
    Path absolute = file.toAbsolutePath();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    // Row ids come from RETURNING; otherwise the driver runs SELECT last_insert_rowid() after every
    // insert.
    config.setGetGeneratedKeys(false);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + absolute);
    try {
      Handle handle = Jdbi.create(source).open();
      handle.setStatementBuilder(new StatementCache());
      return new WritableDatabase(absolute, handle);
    } catch (JdbiException e) {
      throw SqliteFailures.of(absolute, "opening for writing", e);
    }
  }

  /** Returns the file. */
  public Path file() {
    return file;
  }

  /** Returns the handle, for statements inside {@link #inTransaction}. */
  public Handle handle() {
    return handle;
  }

  /**
   * Runs {@code work} in one transaction: committed whole, or rolled back if it throws.
   *
   * @throws DatasetException if SQLite fails; {@code what} says what was being written
   */
  public <T> T inTransaction(String what, HandleCallback<T, RuntimeException> work) {
    try {
      return handle.inTransaction(work);
    } catch (JdbiException e) {
      throw failure(what, e);
    }
  }

  /** Like {@link #inTransaction}, without a result. */
  public void useTransaction(String what, HandleConsumer<RuntimeException> work) {
    inTransaction(what, h -> {
      work.useHandle(h);
      return null;
    });
  }

  /** Runs the DDL script {@code <owner>/<name>.sql} as a JDBI {@link org.jdbi.v3.core.statement.Script}. */
  public static void runScript(Handle handle, Class<?> owner, String name) {
    handle.createScript(Sql.of(owner, name)).execute();
  }

  /** Returns the row of a model, if the file has it (the rows every writer refers to models by). */
  public static OptionalLong modelRow(Handle handle, ModelId id) {
    return handle
        .createQuery(Sql.of(WritableDatabase.class, "model-row"))
        .bind("contextId", ContextIds.bindValue(id.value()))
        .mapTo(Long.class)
        .findFirst()
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }

  /**
   * Inserts a minimal row (id and hub) for a model the file does not have yet, for a later upsert to fill in,
   * and returns its row id; the hub's row must exist.
   */
  public static long insertModel(Handle handle, ModelId id, ModelHub hub) {
    return handle
        .createQuery(Sql.of(WritableDatabase.class, "insert-model"))
        .bind("contextId", ContextIds.bindValue(id.value()))
        .bind("hub", hub.name())
        .mapTo(Long.class)
        .one();
  }

  /** Returns the exception to throw for a JDBI failure while doing {@code what} (for example "writing model x"). */
  public DatasetException failure(String what, JdbiException e) {
    return SqliteFailures.of(file, what, e);
  }

  /**
   * Closes the file.
   *
   * @throws DatasetException if SQLite fails to close it
   */
  @Override
  public void close() {
    try {
      handle.close();
    } catch (JdbiException e) {
      throw failure("closing", e);
    }
  }
}
