package io.github.peatmoss.dataset;

import io.github.peatmoss.dataset.internal.Sql;
import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads any table as stored: row counts and rows as column-to-value maps. The table name is a JDBI defined
 * attribute, taken only from the file's own table list. SQL in {@code TableReader/*.sql}. Thread-safe.
 */
final class TableReader {
  private final ReadOnlyDatabase db;

  TableReader(ReadOnlyDatabase db) {
    this.db = db;
  }

  private void checkTable(String table) {
    if (!db.info().tables().contains(table)) {
      throw new IllegalArgumentException("no table '" + table + "' in "
          + db.info().file() + "; its tables are " + new TreeSet<>(db.info().tables()));
    }
  }

  private static Query query(Handle handle, String name, String table) {
    return handle.createQuery(Sql.of(TableReader.class, name)).define("table", "\"" + table + "\"");
  }

  Map<String, Long> counts() {
    return db.call(handle -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String table : new TreeSet<>(db.info().tables())) {
        counts.put(table, query(handle, "count", table).mapTo(Long.class).one());
      }
      return counts;
    });
  }

  Stream<Map<String, Object>> stream(String table) {
    checkTable(table);
    return db.stream(
        handle -> query(handle, "rows", table)
            .map((rs, ctx) -> {
              ResultSetMetaData meta = rs.getMetaData();
              Map<String, Object> row = new LinkedHashMap<>();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnName(i), rs.getObject(i));
              }
              return row;
            })
            .iterator(),
        (handle, rows) -> rows);
  }
}
