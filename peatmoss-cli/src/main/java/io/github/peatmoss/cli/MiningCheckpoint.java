package io.github.peatmoss.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The resumable position of a mining run: the continuation token of the next page to fetch, saved after each
 * page is committed to the database, so a killed run resumes without fetching a listing page twice. The file
 * also records which hub and query wrote it, so a different query cannot resume from it by mistake.
 */
final class MiningCheckpoint {
  private final Path file;
  private final String hub;
  private final String query;

  MiningCheckpoint(Path file, String hub, String query) {
    this.file = file;
    this.hub = hub;
    this.query = query;
  }

  Path file() {
    return file;
  }

  /**
   * Returns the token to resume from, or empty without a checkpoint.
   *
   * @throws UsageException if the checkpoint belongs to another hub or query
   */
  Optional<String> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file + ": " + e.getMessage(), e);
    }
    if (!hub.equals(p.getProperty("hub")) || !query.equals(p.getProperty("query"))) {
      throw new UsageException("the checkpoint " + file + " was written by another query (" + p.getProperty("hub")
          + ": " + p.getProperty("query") + "); rerun with the same options, pass --restart, or choose --checkpoint");
    }
    String next = p.getProperty("next", "");
    return next.isEmpty() ? Optional.empty() : Optional.of(next);
  }

  /** Records {@code next} as the page to resume from (atomically: a crash leaves the old or the new file). */
  void save(String next, long models) {
    Properties p = new Properties();
    p.setProperty("hub", hub);
    p.setProperty("query", query);
    p.setProperty("next", next);
    p.setProperty("models", Long.toString(models));
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, ".checkpoint-", ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "peatmoss mining checkpoint: the next page to fetch");
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /** Removes the checkpoint: the listing is complete. */
  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the checkpoint " + file + ": " + e.getMessage(), e);
    }
  }
}
