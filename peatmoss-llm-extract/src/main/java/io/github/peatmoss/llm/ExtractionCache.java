package io.github.peatmoss.llm;

import io.github.peatmoss.core.exception.PeatmossException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Answers already paid for, in a SQLite file: keyed by a hash of (card text sent, prompt version, schema, model,
 * parameters), so a rerun, or a run after a Batch API import, makes no provider call for them. Only answers that
 * parsed and passed the schema are stored. Thread-safe; statements live in {@code .sql} resources.
 */
public final class ExtractionCache {
  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

  private final Jdbi jdbi;
  private final Path file;
  private final Clock clock;

  private ExtractionCache(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    this.jdbi = Jdbi.create("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      jdbi.useHandle(h -> {
        h.execute("PRAGMA journal_mode=WAL");
        h.execute(sql("create"));
      });
    } catch (JdbiException e) {
      throw new CacheException(
          "cannot open the answer cache " + file + ": " + e.getMessage()
              + "; check the path is a writable SQLite file",
          e);
    }
  }

  /**
   * Opens (creating if needed) the cache in {@code file}.
   *
   * @throws CacheException when the file cannot be opened as SQLite
   */
  public static ExtractionCache open(Path file) {
    return new ExtractionCache(Objects.requireNonNull(file, "file == null"), Clock.systemUTC());
  }

  private static String sql(String name) {
    return SQL.locate(ExtractionCache.class, name);
  }

  /**
   * A cached answer.
   *
   * @param answer the answer JSON
   * @param inputTokens the prompt tokens it cost when it was paid for
   * @param outputTokens the answer tokens it cost
   */
  public record Entry(String answer, long inputTokens, long outputTokens) {}

  /** Returns the answer stored under {@code key}. */
  public Optional<Entry> get(String key) {
    try {
      return jdbi.withHandle(h -> h.createQuery(sql("get"))
          .bind("key", key)
          .map((rs, ctx) -> new Entry(
              rs.getString("answer"), rs.getLong("input_tokens"), rs.getLong("output_tokens")))
          .findOne());
    } catch (JdbiException e) {
      throw new CacheException(
          "reading the answer cache " + file + " failed: " + e.getMessage(), e);
    }
  }

  /** Stores a valid answer. */
  public void put(String key, String provider, Entry entry) {
    try {
      jdbi.useHandle(h -> h.createUpdate(sql("put"))
          .bind("key", key)
          .bind("provider", provider)
          .bind("promptVersion", io.github.peatmoss.llm.internal.PromptTemplate.VERSION)
          .bind("answer", entry.answer())
          .bind("inputTokens", entry.inputTokens())
          .bind("outputTokens", entry.outputTokens())
          .bind("createdAt", clock.instant().toString())
          .execute());
    } catch (JdbiException e) {
      throw new CacheException(
          "writing the answer cache " + file + " failed: " + e.getMessage(), e);
    }
  }

  /** Returns the number of answers stored. */
  public long size() {
    return jdbi.withHandle(h -> h.createQuery(sql("count")).mapTo(Long.class).one());
  }

  /** The cache file cannot be read or written. */
  public static final class CacheException extends PeatmossException {
    private static final long serialVersionUID = 1L;

    CacheException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
