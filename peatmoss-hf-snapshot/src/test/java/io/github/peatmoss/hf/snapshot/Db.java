package io.github.peatmoss.hf.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads SQLite files and directories back for assertions; shared with other modules' tests via the test-jar. */
public final class Db {
  private Db() {}

  /** Returns the rows {@code sql} selects, each as a list of column values. */
  public static List<List<Object>> rows(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = r.getObject(i);
          row.add(value instanceof byte[] ? Arrays.toString((byte[]) value) : value);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Returns one value. */
  public static Object value(Path db, String sql) {
    List<List<Object>> rows = rows(db, sql);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  /** Returns every row of every table, in rowid order, keyed by table name. */
  public static Map<String, List<List<Object>>> dump(Path db) {
    Map<String, List<List<Object>>> out = new TreeMap<>();
    for (List<Object> table : rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
      String name = (String) table.get(0);
      boolean withoutRowid = rows(db, "SELECT sql FROM sqlite_master WHERE name = '" + name + "'")
          .get(0)
          .get(0)
          .toString()
          .toUpperCase(java.util.Locale.ROOT)
          .contains("WITHOUT ROWID");
      out.put(
          name,
          rows(db, "SELECT * FROM \"" + name + "\"" + (withoutRowid ? "" : " ORDER BY rowid")));
    }
    return out;
  }

  /** Returns every regular file under {@code dir} (relative path to bytes as text), except the lock file. */
  public static Map<String, String> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(".lock"))
          .collect(Collectors.toMap(
              p -> dir.relativize(p).toString().replace('\\', '/'),
              p -> {
                try {
                  return new String(
                      Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              (a, b) -> a,
              TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
