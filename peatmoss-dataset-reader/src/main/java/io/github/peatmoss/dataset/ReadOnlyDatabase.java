package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import io.github.peatmoss.dataset.internal.DatabaseFiles;
import io.github.peatmoss.dataset.internal.Schema;
import io.github.peatmoss.dataset.internal.Sql;
import io.github.peatmoss.dataset.internal.SqliteFailures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.result.ResultIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The reader's plumbing: the file checks on open, a read-only JDBI on the file, one handle per call, streams
 * that hold a handle and a cursor and complete rows batch by batch, and JDBI failures turned into {@link
 * DatasetException}s (a corrupt file into {@link InvalidDatabaseException}). Thread-safe.
 */
final class ReadOnlyDatabase {
  private static final Logger log = LoggerFactory.getLogger(ReadOnlyDatabase.class);
  private static final int BATCH = 512;

  private final DatabaseInfo info;
  private final Jdbi jdbi;
  private volatile boolean closed;

  private ReadOnlyDatabase(DatabaseInfo info, Jdbi jdbi) {
    this.info = info;
    this.jdbi = jdbi;
  }

  /** Opens {@code file} read-only after checking its header, and detects its schema generation. */
  static ReadOnlyDatabase open(Path file) {
    DatabaseFiles.checkHeader(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toUri() + "?mode=ro");
    Jdbi jdbi = Jdbi.create(source);
    DatabaseInfo info;
    try (Handle handle = jdbi.open()) {
      info = inspect(file, handle);
    } catch (JdbiException e) {
      throw classify(file, e);
    }
    log.debug(
        "opened PeaTMOSS database [file={}, schema={}, tables={}]",
        file,
        info.schema(),
        info.tables().size());
    return new ReadOnlyDatabase(info, jdbi);
  }

  private static DatabaseInfo inspect(Path file, Handle handle) {
    Set<String> tables = Schema.tables(handle);
    List<String> missing =
        Schema.R1_TABLES.stream().filter(t -> !tables.contains(t)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new InvalidDatabaseException(
          Problem.NOT_PEATMOSS,
          file,
          file + " is a SQLite database but not a PeaTMOSS one: "
              + Schema.describeMissing(missing, tables)
              + "; open PeaTMOSS.db or a database this SDK wrote (peatmoss hf mine, PeatmossWriter)",
          missing,
          null);
    }
    SchemaVersion schema =
        tables.containsAll(Schema.R2_ADDED_TABLES) ? SchemaVersion.R2 : SchemaVersion.R1;
    Set<String> paperColumns = Schema.columns(handle, "paper");
    Set<String> datasetColumns = Schema.columns(handle, "dataset");
    // Touch the first data page, so a file whose pages are damaged fails here rather than in the
    // first query.
    handle
        .createQuery(Sql.of(ReadOnlyDatabase.class, "touch"))
        .mapTo(Long.class)
        .one();
    return new DatabaseInfo(
        file,
        schema,
        tables,
        paperColumns.contains("title") ? "title" : "name",
        datasetColumns.contains("url"));
  }

  private static DatasetException classify(Path file, JdbiException failure) {
    return SqliteFailures.of(file, "reading", failure);
  }

  DatabaseInfo info() {
    return info;
  }

  /** Marks the database closed: later calls fail; streams still open keep working until closed. */
  void close() {
    closed = true;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("dataset " + info.file() + " is closed; open it again");
    }
  }

  /** Runs {@code work} on a handle of its own. */
  <T> T call(Function<Handle, T> work) {
    checkOpen();
    try (Handle handle = jdbi.open()) {
      return work.apply(handle);
    } catch (JdbiException e) {
      throw classify(info.file(), e);
    }
  }

  /** Runs {@code work} on the row of model {@code model}; empty if the database does not have it. */
  <T> List<T> forModel(ModelId model, BiFunction<Handle, Long, List<T>> work) {
    return call(handle -> {
      OptionalLong row = ModelReader.modelRow(handle, model);
      return row.isEmpty() ? List.<T>of() : work.apply(handle, row.getAsLong());
    });
  }

  /**
   * Opens a handle and a cursor on it, and streams the cursor's rows completed {@value #BATCH} at a time;
   * closing the stream closes both.
   */
  <R, T> Stream<T> stream(
      Function<Handle, ResultIterator<R>> open, BiFunction<Handle, List<R>, List<T>> complete) {
    checkOpen();
    Handle handle = guard(jdbi::open);
    ResultIterator<R> rows;
    try {
      rows = open.apply(handle);
    } catch (RuntimeException e) {
      handle.close();
      throw e instanceof JdbiException j ? classify(info.file(), j) : e;
    }
    Iterator<R> guarded = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return guard(rows::hasNext);
      }

      @Override
      public R next() {
        return guard(rows::next);
      }
    };
    return BatchingStream.of(
        guarded, BATCH, batch -> guard(() -> complete.apply(handle, batch)), () -> {
          try {
            rows.close();
          } finally {
            handle.close();
          }
        });
  }

  /** Completes rows a list at a time, as a stream does, for lists read whole. */
  static <R, T> List<T> inBatches(List<R> rows, Function<List<R>, List<T>> complete) {
    List<T> out = new ArrayList<>(rows.size());
    for (int from = 0; from < rows.size(); from += BATCH) {
      out.addAll(complete.apply(rows.subList(from, Math.min(rows.size(), from + BATCH))));
    }
    return out;
  }

  private <T> T guard(Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      throw classify(info.file(), e);
    }
  }
}
