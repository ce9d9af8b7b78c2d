package io.github.peatmoss.dataset;

import io.github.peatmoss.dataset.internal.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Real SQLite files for tests: databases with the published schemas and rows shaped like the released ones. */
final class TestDatabases {
  private TestDatabases() {}

  /** Creates an R1 database (the published 2023 schema) holding {@code fixtures/rows-r1.sql}. */
  static Path r1(Path file) {
    return create(file, false);
  }

  /** Creates an R2 database (the published 2024 schema) holding the R1 rows and {@code fixtures/rows-r2.sql}. */
  static Path r2(Path file) {
    return create(file, true);
  }

  private static Path create(Path file, boolean r2) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      Schema.createR1(Jdbi.open(c));
      run(c, "rows-r1.sql");
      if (r2) {
        Schema.upgradeToR2(Jdbi.open(c));
        run(c, "rows-r2.sql");
      }
      c.commit();
      return file;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void run(Connection c, String fixture) throws SQLException {
    String text;
    try (InputStream in = TestDatabases.class.getResourceAsStream("/fixtures/" + fixture)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement s = c.createStatement()) {
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("--")) {
          s.executeUpdate(line);
        }
      }
    }
  }

  /** Returns every row of every table as text, tables by name and rows sorted, for comparing two databases. */
  static List<String> dump(Path file) {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>(Schema.tables(Jdbi.open(c)));
      tables.add("sqlite_sequence");
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(table).append(':');
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = rs.getObject(i);
              row.append(
                      v instanceof byte[]
                          ? "blob" + Arrays.toString((byte[]) v)
                          : String.valueOf(v))
                  .append('|');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.addAll(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** Returns the SHA-256 of a file. */
  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
