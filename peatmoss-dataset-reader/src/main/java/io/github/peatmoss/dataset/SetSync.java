package io.github.peatmoss.dataset;

import io.github.peatmoss.dataset.WriterRows.WrittenRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Makes a parent's junction rows or child rows exactly what a value holds, touching only the difference, so
 * rewriting an unchanged value changes nothing and row ids stay stable. Not thread-safe.
 */
final class SetSync {
  private final WriterRows rows;

  SetSync(WriterRows rows) {
    this.rows = rows;
  }

  /**
   * Makes the junction rows of {@code parent} exactly {@code ids}, touching only the difference; a parent the
   * upsert just created has none yet, so nothing is read.
   */
  void syncSet(
      String junction, String parentColumn, String childColumn, WrittenRow parent, List<Long> ids) {
    Set<Long> wanted = new LinkedHashSet<>(ids);
    Set<Long> present = parent.created()
        ? Set.of()
        : rows.query(SetSync.class, "members", junction)
            .define("junction", WriterRows.quote(junction))
            .define("parent", parentColumn)
            .define("child", childColumn)
            .bind("parent", parent.id())
            .mapTo(Long.class)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    for (Long id : present) {
      if (!wanted.contains(id)) {
        rows.update(SetSync.class, "remove-member", junction)
            .define("junction", WriterRows.quote(junction))
            .define("parent", parentColumn)
            .define("child", childColumn)
            .bind("parent", parent.id())
            .bind("child", id)
            .execute();
      }
    }
    for (Long id : wanted) {
      if (!present.contains(id)) {
        member(junction, "insert-member", parentColumn, childColumn, parent.id(), id);
      }
    }
  }

  /** Adds junction rows of {@code parent} for those of {@code ids} that are not there yet. */
  void addToSet(
      String junction, String parentColumn, String childColumn, WrittenRow parent, List<Long> ids) {
    for (Long id : new LinkedHashSet<>(ids)) {
      member(junction, "add-member", parentColumn, childColumn, parent.id(), id);
    }
  }

  /** Queues one junction statement ({@code sql}) in the table's prepared batch ({@link WriterRows#pending}). */
  private void member(
      String junction,
      String sql,
      String parentColumn,
      String childColumn,
      long parentId,
      long childId) {
    rows.pending(
            junction,
            sql,
            SetSync.class,
            sql,
            batch -> batch
                .define("junction", WriterRows.quote(junction))
                .define("parent", parentColumn)
                .define("child", childColumn))
        .bind("parent", parentId)
        .bind("child", childId)
        .add();
  }

  /**
   * Makes the child rows of {@code parent} exactly {@code wanted}, in order. Leaves them alone (and their row
   * ids stable) when they already are, only inserts the new ones when {@code wanted} extends them, and otherwise
   * replaces them all. A parent the upsert just created has none yet, so nothing is read.
   */
  void syncRows(
      String table,
      String parentColumn,
      WrittenRow parent,
      List<String> columns,
      List<List<Object>> wanted) {
    List<List<Object>> present = parent.created()
        ? List.of()
        : rows.query(SetSync.class, "children", table)
            .define("table", WriterRows.quote(table))
            .defineList("columns", columns)
            .define("parent", parentColumn)
            .bind("parent", parent.id())
            .map(new StoredRowMapper(columns.size()))
            .list();
    if (!present.isEmpty() || !wanted.isEmpty()) {
      List<List<Object>> normalized = wanted.stream().map(SetSync::normalize).toList();
      if (present.equals(normalized)) {
        return;
      }
      // Rows only appended (a discussion's new events): insert the new ones, keeping the others'
      // row
      // ids.
      boolean appended = present.size() < normalized.size()
          && normalized.subList(0, present.size()).equals(present);
      if (!appended) {
        rows.update(SetSync.class, "delete-children", table)
            .define("table", WriterRows.quote(table))
            .define("parent", parentColumn)
            .bind("parent", parent.id())
            .execute();
      }
      List<String> insertColumns = new ArrayList<>(columns);
      insertColumns.add(parentColumn);
      for (List<Object> row : appended ? wanted.subList(present.size(), wanted.size()) : wanted) {
        List<Object> values = new ArrayList<>(row);
        values.add(parent.id());
        rows.insertLater(table, insertColumns, values);
      }
    }
  }

  /** Reads a stored child row as the values {@link #normalize} makes of a new one, so the two compare equal. */
  private static final class StoredRowMapper implements RowMapper<List<Object>> {
    private final int columns;

    StoredRowMapper(int columns) {
      this.columns = columns;
    }

    @Override
    public List<Object> map(ResultSet rs, StatementContext ctx) throws SQLException {
      List<Object> row = new ArrayList<>(columns);
      for (int i = 1; i <= columns; i++) {
        row.add(normalize(rs.getObject(i)));
      }
      return row;
    }
  }

  private static List<Object> normalize(List<Object> row) {
    List<Object> out = new ArrayList<>(row.size());
    for (Object value : row) {
      out.add(normalize(value));
    }
    return out;
  }

  /** Maps a value to what SQLite hands back for it, so stored and new rows compare equal. */
  static Object normalize(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 9e15 ? (Object) (long) d : (Object) d;
    }
    if (value instanceof byte[] bytes) {
      return Arrays.toString(bytes);
    }
    return value;
  }
}
