package io.github.peatmoss.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.dataset.InvalidDatabaseException;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The message a user reads for each failure SQLite reports: the file, what was being done, SQLite's own text,
 * and the advice for that failure, found through the chain of causes a JDBI or batch failure wraps it in.
 */
class SqliteFailuresTest {
  private static final Path FILE = Path.of("/data/mined.db");

  private static DatasetException of(SQLiteErrorCode code) {
    return SqliteFailures.of(
        FILE,
        "writing model x",
        new RuntimeException("jdbi", new SQLiteException("[" + code.name() + "] says", code)));
  }

  @Test
  void corruptAndNotADatabase_areInvalidDatabases() {
    for (SQLiteErrorCode code : new SQLiteErrorCode[] {
      SQLiteErrorCode.SQLITE_CORRUPT,
      SQLiteErrorCode.SQLITE_CORRUPT_INDEX,
      SQLiteErrorCode.SQLITE_NOTADB
    }) {
      DatasetException e = of(code);
      assertThat(e).isInstanceOf(InvalidDatabaseException.class);
      InvalidDatabaseException invalid = (InvalidDatabaseException) e;
      assertThat(invalid.problem()).isEqualTo(Problem.CORRUPT);
      assertThat(invalid.file()).isEqualTo(FILE);
      assertThat(invalid.missingTables()).isEmpty();
      assertThat(e)
          .hasMessage(
              FILE + " is corrupt: writing model x it failed (SQLite: [" + code.name() + "] says);"
                  + " fetch the file again, or recover what is readable with sqlite3's .recover")
          .hasCauseInstanceOf(SQLiteException.class);
    }
  }

  @Test
  void readOnly_saysToMakeItWritable() {
    for (SQLiteErrorCode code : new SQLiteErrorCode[] {
      SQLiteErrorCode.SQLITE_READONLY, SQLiteErrorCode.SQLITE_READONLY_DBMOVED
    }) {
      assertThat(of(code))
          .isExactlyInstanceOf(DatasetException.class)
          .hasMessage(
              FILE + ": writing model x failed: the database is read-only (SQLite: [" + code.name()
                  + "] says); make the file and its folder writable (SQLite writes a journal beside the file),"
                  + " or write into a copy elsewhere");
    }
  }

  @Test
  void cannotOpenAndPermission_sayToCheckThePath() {
    for (SQLiteErrorCode code : new SQLiteErrorCode[] {
      SQLiteErrorCode.SQLITE_CANTOPEN,
      SQLiteErrorCode.SQLITE_CANTOPEN_ISDIR,
      SQLiteErrorCode.SQLITE_PERM
    }) {
      assertThat(of(code))
          .isExactlyInstanceOf(DatasetException.class)
          .hasMessage(FILE + ": writing model x failed: SQLite cannot open the file (SQLite: ["
              + code.name()
              + "] says); check that the path is a file, that you may read and write it, and that its folder"
              + " is writable");
    }
  }

  @Test
  void full_saysToFreeSpace() {
    assertThat(of(SQLiteErrorCode.SQLITE_FULL))
        .hasMessage(
            FILE + ": writing model x failed: the disk is full (SQLite: [SQLITE_FULL] says); free"
                + " space on the disk holding the file and run again (the unfinished transaction was rolled back)");
  }

  @Test
  void busyAndLocked_sayAnotherConnectionHoldsIt() {
    for (SQLiteErrorCode code : new SQLiteErrorCode[] {
      SQLiteErrorCode.SQLITE_BUSY,
      SQLiteErrorCode.SQLITE_BUSY_TIMEOUT,
      SQLiteErrorCode.SQLITE_LOCKED
    }) {
      assertThat(of(code))
          .hasMessage(FILE
              + ": writing model x failed: the database is locked by another connection (SQLite: ["
              + code.name()
              + "] says); wait for the other writer to finish or stop it, then run again");
    }
  }

  @Test
  void ioError_saysToCheckTheDisk() {
    for (SQLiteErrorCode code :
        new SQLiteErrorCode[] {SQLiteErrorCode.SQLITE_IOERR, SQLiteErrorCode.SQLITE_IOERR_WRITE}) {
      assertThat(of(code))
          .hasMessage(
              FILE + ": writing model x failed: an I/O error (SQLite: [" + code.name() + "] says);"
                  + " check the disk and that the file is still there (not on a removed or unreachable drive),"
                  + " then run again");
    }
  }

  @Test
  void anyOtherCode_givesSqlitesTextAndGeneralAdvice() {
    assertThat(of(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE))
        .isExactlyInstanceOf(DatasetException.class)
        .hasMessage(FILE
            + ": writing model x failed: [SQLITE_CONSTRAINT_UNIQUE] says; check that the file is a"
            + " PeaTMOSS database you may read and write, and not held by another writer");
  }

  @Test
  void aBatchFailure_isReadFromTheCodeInItsText() {
    SQLException batch = new BatchUpdateException(
        "batch entry 0: [SQLITE_FULL] database or disk is full", new int[0]);
    DatasetException e =
        SqliteFailures.of(FILE, "writing a batch", new RuntimeException("jdbi", batch));
    assertThat(e)
        .hasMessageContaining("the disk is full (SQLite: batch entry 0: [SQLITE_FULL] database");
    assertThat(e.getCause()).isSameAs(batch);
  }

  @Test
  void theSqliteExceptionChainedBehindAnother_isTheOneReported() {
    SQLException outer = new SQLException("outer without a code");
    SQLiteException inner =
        new SQLiteException("[SQLITE_BUSY] locked", SQLiteErrorCode.SQLITE_BUSY);
    outer.setNextException(inner);
    DatasetException e = SqliteFailures.of(FILE, "reading", new RuntimeException("jdbi", outer));
    assertThat(e)
        .hasMessageContaining("locked by another connection (SQLite: [SQLITE_BUSY] locked)");
    assertThat(e.getCause()).isSameAs(inner);
  }

  @Test
  void theFirstSqlExceptionInTheCauses_isReportedWhenNoneIsSqlites() {
    SQLException inner = new SQLException("inner [SQLITE_IOERR] text");
    SQLException outer = new SQLException("outer", inner);
    DatasetException e = SqliteFailures.of(FILE, "reading", new RuntimeException("jdbi", outer));
    assertThat(e.getCause()).isSameAs(outer);
    assertThat(e)
        .hasMessage(FILE + ": reading failed: outer; check that the file is a PeaTMOSS database you"
            + " may read and write, and not held by another writer");
  }

  @Test
  void aDeeperSqliteException_winsOverAnOuterSqlException() {
    SQLiteException inner = new SQLiteException("[SQLITE_FULL] full", SQLiteErrorCode.SQLITE_FULL);
    SQLException outer = new SQLException("outer", inner);
    DatasetException e = SqliteFailures.of(FILE, "reading", outer);
    assertThat(e.getCause()).isSameAs(inner);
    assertThat(e).hasMessageContaining("the disk is full (SQLite: [SQLITE_FULL] full)");
  }

  @Test
  void aFailureWithoutAnySqlException_isReportedWithItsOwnText() {
    RuntimeException failure = new RuntimeException("connection closed");
    DatasetException e = SqliteFailures.of(FILE, "closing", failure);
    assertThat(e.getCause()).isSameAs(failure);
    assertThat(e).hasMessageStartingWith(FILE + ": closing failed: connection closed; check that");
  }

  @Test
  void aFailureWithoutText_isStillReported() {
    DatasetException e = SqliteFailures.of(FILE, "closing", new RuntimeException());
    assertThat(e).hasMessageStartingWith(FILE + ": closing failed: null; check that");
  }
}
