package io.github.peatmoss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.github.ReuseCandidate;
import io.github.peatmoss.github.ReuseSignature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where a {@code github mine} run stands, in a directory next to the database: the candidates each finished
 * signature's discovery found ({@code candidates.jsonl}, appended once per signature) and {@code
 * state.properties} (signatures done, repositories done, running counts; replaced atomically after each
 * signature and each repository is committed). The database transaction of a repository commits before its
 * state does, so a run killed in between redoes that repository, whose upserts change nothing. The state also
 * records the run's settings, so a different run cannot resume from it by mistake.
 */
final class GithubMineState {
  private final Path directory;
  private final String fingerprint;
  private int signaturesDone;
  private int repositoriesDone;
  private final Map<String, Long> counts = new TreeMap<>();

  private GithubMineState(Path directory, String fingerprint) {
    this.directory = directory;
    this.fingerprint = fingerprint;
  }

  /**
   * Loads the state in {@code directory}, or starts one; {@code restart} discards an existing one.
   *
   * @throws UsageException if the state was written by a run with other settings
   */
  static GithubMineState open(Path directory, String fingerprint, boolean restart) {
    GithubMineState state = new GithubMineState(directory, fingerprint);
    Path file = directory.resolve("state.properties");
    try {
      if (restart) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory.resolve("candidates.jsonl"));
      }
      if (!Files.isRegularFile(file)) {
        Files.deleteIfExists(directory.resolve("candidates.jsonl"));
        return state;
      }
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      if (!fingerprint.equals(p.getProperty("run"))) {
        throw new UsageException("the mining state " + directory + " was written by another run ("
            + p.getProperty("run") + "); rerun with the same options, or pass --restart");
      }
      state.signaturesDone = Integer.parseInt(p.getProperty("signaturesDone", "0"));
      state.repositoriesDone = Integer.parseInt(p.getProperty("repositoriesDone", "0"));
      for (String key : p.stringPropertyNames()) {
        if (key.startsWith("count.")) {
          state.counts.put(key.substring(6), Long.parseLong(p.getProperty(key)));
        }
      }
      return state;
    } catch (IOException | NumberFormatException e) {
      throw new DatasetException(
          "cannot read the mining state " + file + ": " + e.getMessage()
              + "; delete the directory or pass --restart to start over",
          e);
    }
  }

  Path directory() {
    return directory;
  }

  int signaturesDone() {
    return signaturesDone;
  }

  int repositoriesDone() {
    return repositoriesDone;
  }

  boolean isFresh() {
    return signaturesDone == 0 && repositoriesDone == 0;
  }

  /** Returns the running count of {@code name}. */
  long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** Returns every running count. */
  Map<String, Long> counts() {
    return new TreeMap<>(counts);
  }

  /** Adds {@code delta} to the running count {@code name} (saved with the next {@link #save()}). */
  void add(String name, long delta) {
    counts.merge(name, delta, Long::sum);
  }

  /** Appends one finished signature's candidates and marks it done. */
  void signatureDone(List<ReuseCandidate> candidates) {
    try {
      Files.createDirectories(directory);
      try (BufferedWriter out = Files.newBufferedWriter(
          directory.resolve("candidates.jsonl"),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND)) {
        for (ReuseCandidate c : candidates) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("repository", c.repository().fullName());
          line.put("path", c.path());
          line.put("ref", c.ref().orElse(null));
          line.put("library", c.signature().library());
          line.put("call", c.signature().call());
          line.put("source", c.source());
          out.write(Output.JSON.writeValueAsString(line));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new DatasetException(
          "cannot write the mining state in " + directory + ": " + e.getMessage(), e);
    }
    signaturesDone++;
    save();
  }

  /** Returns every candidate found so far, each file once (the first signature that found it). */
  List<ReuseCandidate> candidates() {
    Path file = directory.resolve("candidates.jsonl");
    Map<String, ReuseCandidate> unique = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode json;
        try {
          json = Output.JSON.readTree(line);
        } catch (IOException e) {
          continue; // a line cut by a kill: its signature is not marked done and runs again
        }
        ReuseCandidate.Builder c = ReuseCandidate.builder()
            .repository(RepoRef.parse(json.path("repository").asText()))
            .path(json.path("path").asText())
            .signature(ReuseSignature.of(
                json.path("library").asText(), json.path("call").asText()))
            .source(json.path("source").asText());
        if (json.path("ref").isTextual()) {
          c.ref(json.path("ref").asText());
        }
        ReuseCandidate candidate = c.build();
        unique.putIfAbsent(candidate.repository() + "\n" + candidate.path(), candidate);
      }
    } catch (IOException e) {
      throw new DatasetException("cannot read the mining state " + file + ": " + e.getMessage(), e);
    }
    return new ArrayList<>(unique.values());
  }

  /** Marks one more repository done. */
  void repositoryDone() {
    repositoriesDone++;
    save();
  }

  /** Replaces the state file atomically: a kill leaves the old state or the new. */
  void save() {
    Properties p = new Properties();
    p.setProperty("run", fingerprint);
    p.setProperty("signaturesDone", Integer.toString(signaturesDone));
    p.setProperty("repositoriesDone", Integer.toString(repositoriesDone));
    counts.forEach((k, v) -> p.setProperty("count." + k, Long.toString(v)));
    try {
      Files.createDirectories(directory);
      Path temp = Files.createTempFile(directory, ".state-", ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "peatmoss github mine: where the run stands");
      }
      Files.move(
          temp,
          directory.resolve("state.properties"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DatasetException(
          "cannot write the mining state in " + directory + ": " + e.getMessage(), e);
    }
  }
}
