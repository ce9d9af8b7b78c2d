package io.github.peatmoss.dataset.internal;

import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.dataset.InvalidDatabaseException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * Turns a failure of SQLite (or of the JDBI call around it) on a PeaTMOSS file into the exception the SDK
 * throws: {@link InvalidDatabaseException} for a damaged file, otherwise a {@link DatasetException} whose
 * message says what was being done, to which file, what SQLite reported (read-only, disk full, locked, I/O
 * error) and what to do. Every reader and writer of a file reports through here. Thread-safe.
 */
public final class SqliteFailures {
  private static final Pattern CODE = Pattern.compile("\\[(SQLITE_[A-Z_]+)]");

  private SqliteFailures() {}

  /**
   * Returns the exception for {@code failure} while {@code doing} (for example {@code "writing model x"}) on
   * {@code file}.
   */
  public static DatasetException of(Path file, String doing, Throwable failure) {
    SQLException sql = sqlException(failure);
    String reported = sql != null ? sql.getMessage() : failure.getMessage();
    String name = sql instanceof SQLiteException sqlite
        ? sqlite.getResultCode().name()
        : codeIn(
            String.valueOf(reported)); // a batch's BatchUpdateException names the code in its text
    Throwable cause = sql != null ? sql : failure;
    if (name.startsWith("SQLITE_CORRUPT") || name.equals("SQLITE_NOTADB")) {
      return new InvalidDatabaseException(
          InvalidDatabaseException.Problem.CORRUPT,
          file,
          file + " is corrupt: " + doing + " it failed (SQLite: " + reported
              + "); fetch the file again, or recover what is readable with sqlite3's .recover",
          List.of(),
          cause);
    }
    String prefix = file + ": " + doing + " failed: ";
    if (name.startsWith("SQLITE_READONLY")) {
      return new DatasetException(
          prefix + "the database is read-only (SQLite: " + reported
              + "); make the file and its folder"
              + " writable (SQLite writes a journal beside the file), or write into a copy elsewhere",
          cause);
    }
    if (name.startsWith("SQLITE_CANTOPEN") || name.equals("SQLITE_PERM")) {
      return new DatasetException(
          prefix + "SQLite cannot open the file (SQLite: " + reported
              + "); check that the path is a"
              + " file, that you may read and write it, and that its folder is writable",
          cause);
    }
    if (name.equals("SQLITE_FULL")) {
      return new DatasetException(
          prefix + "the disk is full (SQLite: " + reported + "); free space on the disk holding the"
              + " file and run again (the unfinished transaction was rolled back)",
          cause);
    }
    if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
      return new DatasetException(
          prefix + "the database is locked by another connection (SQLite: " + reported
              + "); wait for" + " the other writer to finish or stop it, then run again",
          cause);
    }
    if (name.startsWith("SQLITE_IOERR")) {
      return new DatasetException(
          prefix + "an I/O error (SQLite: " + reported
              + "); check the disk and that the file is still"
              + " there (not on a removed or unreachable drive), then run again",
          cause);
    }
    return new DatasetException(
        prefix + reported + "; check that the file is a PeaTMOSS database you may read and write,"
            + " and not held by another writer",
        cause);
  }

  /** Returns the SQLiteException in {@code failure}'s causes (or their next exceptions), else the first SQLException. */
  private static SQLException sqlException(Throwable failure) {
    SQLException first = null;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (e instanceof SQLiteException) {
            return e;
          }
        }
        first = first == null ? sql : first;
      }
    }
    return first;
  }

  /** Returns the {@code SQLITE_...} code a message names in brackets, or an empty string. */
  private static String codeIn(String message) {
    Matcher code = CODE.matcher(message);
    return code.find() ? code.group(1) : "";
  }
}
