package io.github.peatmoss.dataset;

import io.github.peatmoss.dataset.internal.Sql;
import io.github.peatmoss.dataset.internal.Timestamps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The writer's statement plumbing: statements from {@code .sql} resources (each class's SQL in a folder named
 * after it, see {@link Sql}), run on the handle of the open transaction (which keeps each prepared statement
 * for its life), with row ids from {@code RETURNING id}. Table and column names are JDBI defined attributes
 * ({@code <table>}), values always bound parameters.
 *
 * <p>Rows nobody needs the id of (junction and child rows, see {@link SetSync}) are {@linkplain #pending
 * queued} in one JDBI prepared batch per table and run when a statement next touches that table, or at the
 * end of the transaction ({@link #flush()}): a page of models then costs a few batches instead of a statement
 * per row. A statement started with a {@code table} argument touches only that table and runs only its queue;
 * one started without runs every queue first. Not thread-safe.
 */
final class WriterRows {
  private final Handle handle;
  private final Map<String, Pending> pending = new LinkedHashMap<>();

  /** Reads the id column of a row. */
  static final RowMapper<Long> ID = (rs, ctx) -> rs.getLong(1);

  /** A queued prepared batch of one table and the statement key it was started for. */
  private record Pending(String key, PreparedBatch batch) {}

  /** A row an upsert wrote: its id, and whether the upsert created it (so it has no children yet). */
  record WrittenRow(long id, boolean created) {
    /** A row that was there before, whose children may exist. */
    static WrittenRow existing(long id) {
      return new WrittenRow(id, false);
    }
  }

  WriterRows(Handle handle) {
    this.handle = handle;
  }

  Handle handle() {
    return handle;
  }

  /** Starts a query from resource {@code <owner>/<name>.sql} that may touch any table. */
  Query query(Class<?> owner, String name) {
    flush();
    return handle.createQuery(Sql.of(owner, name));
  }

  /** Starts a query from resource {@code <owner>/<name>.sql} that touches only {@code table}. */
  Query query(Class<?> owner, String name, String table) {
    flush(table);
    return handle.createQuery(Sql.of(owner, name));
  }

  /** Starts an update from resource {@code <owner>/<name>.sql} that may touch any table. */
  Update update(Class<?> owner, String name) {
    flush();
    return handle.createUpdate(Sql.of(owner, name));
  }

  /** Starts an update from resource {@code <owner>/<name>.sql} that touches only {@code table}. */
  Update update(Class<?> owner, String name, String table) {
    flush(table);
    return handle.createUpdate(Sql.of(owner, name));
  }

  /**
   * Returns the queued batch of {@code table} to add a row to: the one queued for the same {@code key}, or a
   * new one from resource {@code <owner>/<name>.sql} set up by {@code setUp} (its defined attributes), after
   * running a batch queued for another statement, so rows of a table keep their order.
   */
  PreparedBatch pending(
      String table, String key, Class<?> owner, String name, UnaryOperator<PreparedBatch> setUp) {
    Pending queued = pending.get(table);
    if (queued != null && queued.key().equals(key)) {
      return queued.batch();
    }
    flush(table);
    PreparedBatch batch = setUp.apply(handle.prepareBatch(Sql.of(owner, name)));
    pending.put(table, new Pending(key, batch));
    return batch;
  }

  /** Runs the queued batch of {@code table}, if any. */
  void flush(String table) {
    Pending queued = pending.remove(table);
    if (queued != null) {
      queued.batch().execute();
    }
  }

  /** Runs every queued batch, in the order they were started; before commit and before any other statement. */
  void flush() {
    while (!pending.isEmpty()) {
      flush(pending.keySet().iterator().next());
    }
  }

  /** Drops every queued batch unrun; after a rollback. */
  void discard() {
    pending.clear();
  }

  /** Runs an {@code INSERT ... RETURNING id} and returns the id SQLite gave the new row. */
  static long insert(Query insert) {
    return insert.map(ID).one();
  }

  /** Returns the first id a query finds. */
  static OptionalLong id(Query query) {
    return query.map(ID).findFirst().map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }

  /** Returns the id of the row of {@code table} whose {@code column} is {@code value}. */
  OptionalLong idByKey(String table, String column, Object value) {
    return id(query(WriterRows.class, "id-by-key", table)
        .define("table", quote(table))
        .define("column", column)
        .bind("value", value));
  }

  /**
   * Returns the id of the row of {@code table} whose {@code column} is {@code value}, inserting a row holding
   * only {@code column} if there is none: one statement when the row is new.
   */
  long idByKeyInserting(String table, String column, Object value) {
    OptionalLong inserted = id(query(WriterRows.class, "insert-key", table)
        .define("table", quote(table))
        .define("column", column)
        .bind("value", value));
    return inserted.isPresent()
        ? inserted.getAsLong()
        : idByKey(table, column, value).orElseThrow(); // was there: the insert added nothing
  }

  /**
   * Inserts a row of {@code table} unless one whose {@code keyColumn} is {@code key} exists, in which case it
   * updates that one: one statement when the row is new. {@code columns} include {@code keyColumn}.
   */
  WrittenRow upsertByKey(
      String table, String keyColumn, Object key, List<String> columns, List<?> values) {
    OptionalLong inserted = id(query(WriterRows.class, "insert-absent-row", table)
        .define("table", quote(table))
        .define("key", keyColumn)
        .defineList("columns", columns)
        .bindList("values", values)
        .bind("key", key));
    if (inserted.isPresent()) {
      return new WrittenRow(inserted.getAsLong(), true);
    }
    return upsertRow(idByKey(table, keyColumn, key), table, columns, values);
  }

  /** Updates row {@code existing} if present, else inserts one; returns the row. */
  WrittenRow upsertRow(OptionalLong existing, String table, List<String> columns, List<?> values) {
    if (existing.isEmpty()) {
      return new WrittenRow(
          insert(query(WriterRows.class, "insert-row", table)
              .define("table", quote(table))
              .defineList("columns", columns)
              .bindList("values", values)),
          true);
    }
    update(WriterRows.class, "update-row", table)
        .define("table", quote(table))
        .defineList("columns", columns)
        .bindList("values", values)
        .bind("id", existing.getAsLong())
        .execute();
    return WrittenRow.existing(existing.getAsLong());
  }

  /** Queues a row of {@code table} whose id nobody needs (see {@link #pending}). */
  void insertLater(String table, List<String> columns, List<?> values) {
    pending(
            table,
            "insert-child " + columns,
            WriterRows.class,
            "insert-child",
            batch -> batch.define("table", quote(table)).defineList("columns", columns))
        .bindList("values", values)
        .add();
  }

  /** Quotes a table name ({@code grant} is a keyword). */
  static String quote(String table) {
    return "\"" + table + "\"";
  }

  static Object text(Optional<String> value) {
    return value.orElse(null);
  }

  static Object time(Optional<Instant> value) {
    return value.map(Timestamps::format).orElse(null);
  }

  static Object number(OptionalInt value) {
    return value.isPresent() ? (Object) value.getAsInt() : null;
  }

  static Object number(OptionalLong value) {
    return value.isPresent() ? (Object) value.getAsLong() : null;
  }

  static Object number(OptionalDouble value) {
    return value.isPresent() ? (Object) value.getAsDouble() : null;
  }
}
