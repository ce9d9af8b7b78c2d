package io.github.peatmoss.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file is not a usable PeaTMOSS database: missing, empty, not SQLite, truncated, corrupt, or without the
 * PeaTMOSS tables. {@link #problem()} says which; the message names the file and what to do.
 */
public final class InvalidDatabaseException extends DatasetException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the file. */
  public enum Problem {
    /** No file at the path. */
    NOT_FOUND,
    /** The file has zero bytes. */
    EMPTY,
    /** The file does not start with the SQLite header. */
    NOT_SQLITE,
    /** The file is shorter than its SQLite header says (an interrupted download or copy). */
    TRUNCATED,
    /** SQLite reports the file as damaged. */
    CORRUPT,
    /** The file is SQLite but lacks tables every PeaTMOSS database has; see {@link #missingTables()}. */
    NOT_PEATMOSS
  }

  private final Problem problem;
  private final transient Path file;
  private final List<String> missingTables;

  /** Creates an exception for {@code file} with {@code problem}. */
  public InvalidDatabaseException(
      Problem problem, Path file, String message, List<String> missingTables, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem, "problem == null");
    this.file = file;
    this.missingTables = List.copyOf(missingTables);
  }

  /** Returns what is wrong with the file. */
  public Problem problem() {
    return problem;
  }

  /** Returns the file, when the exception was not deserialized. */
  public Path file() {
    return file;
  }

  /** Returns the PeaTMOSS tables the file lacks, for {@link Problem#NOT_PEATMOSS}; empty otherwise. */
  public List<String> missingTables() {
    return missingTables;
  }
}
