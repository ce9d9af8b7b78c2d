package io.github.peatmoss.dataset;

import io.github.peatmoss.dataset.internal.Sql;
import io.github.peatmoss.dataset.internal.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The writer's statement plumbing: statements from {@code .sql} resources (each class's SQL in a folder named
 * after it, see {@link Sql}), run on the handle of the open transaction, with row ids from
 * JDBI's generated keys. Table and column names are JDBI defined attributes ({@code <table>}), values always
 * bound parameters. Not thread-safe.
 */
final class WriterRows {
  private final Handle handle;

  WriterRows(Handle handle) {
    this.handle = handle;
  }

  Handle handle() {
    return handle;
  }

  /** Starts a query from resource {@code <owner>/<name>.sql}. */
  Query query(Class<?> owner, String name) {
    return handle.createQuery(Sql.of(owner, name));
  }

  /** Starts an update from resource {@code <owner>/<name>.sql}. */
  Update update(Class<?> owner, String name) {
    return handle.createUpdate(Sql.of(owner, name));
  }

  /** Starts a prepared batch (one statement run for many bindings) from resource {@code <owner>/<name>.sql}. */
  PreparedBatch batch(Class<?> owner, String name) {
    return handle.prepareBatch(Sql.of(owner, name));
  }

  /** Runs an insert and returns the id SQLite gave the new row. */
  static long insert(Update insert) {
    return insert.executeAndReturnGeneratedKeys().mapTo(Long.class).one();
  }

  /** Returns the first id a query finds. */
  static OptionalLong id(Query query) {
    return query.mapTo(Long.class).findFirst().map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }

  /** Returns the id of the row of {@code table} whose {@code column} is {@code value}. */
  OptionalLong idByKey(String table, String column, Object value) {
    return id(query(WriterRows.class, "id-by-key")
        .define("table", quote(table))
        .define("column", column)
        .bind("value", value));
  }

  /** Inserts a row holding only {@code column} and returns its id. */
  long insertKey(String table, String column, Object value) {
    return insert(update(WriterRows.class, "insert-key")
        .define("table", quote(table))
        .define("column", column)
        .bind("value", value));
  }

  /** Inserts a row and returns its id. */
  long insertRow(String table, List<String> columns, List<?> values) {
    return insert(update(WriterRows.class, "insert-row")
        .define("table", quote(table))
        .defineList("columns", columns)
        .bindList("values", values));
  }

  /** Updates row {@code existing} if present, else inserts one; returns the row id. */
  long upsertRow(OptionalLong existing, String table, List<String> columns, List<?> values) {
    if (existing.isEmpty()) {
      return insertRow(table, columns, values);
    }
    update(WriterRows.class, "update-row")
        .define("table", quote(table))
        .defineList("columns", columns)
        .bindList("values", values)
        .bind("id", existing.getAsLong())
        .execute();
    return existing.getAsLong();
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
