package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.PullRequestFile;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.internal.ContextIds;
import io.github.peatmoss.dataset.internal.DatabaseFiles;
import io.github.peatmoss.dataset.internal.Schema;
import io.github.peatmoss.dataset.internal.Timestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Writes core values into a PeaTMOSS-compatible SQLite database: the R2 schema exactly as published, plus
 * secondary indexes, so {@link PeatmossDataset} and SQL written for the published file both work on it.
 *
 * <p>Writes happen in {@linkplain #write(Consumer) transactional batches}: a batch is committed whole or not
 * at all. Every upsert is idempotent: writing the same model twice leaves one row, and writing a value again
 * replaces its lookups and children only when they differ, so row ids stay stable. Together this makes a
 * writer resumable: after a crash (even a killed process), rerun the same input and the database ends up
 * exactly as an uninterrupted run leaves it, with nothing lost or duplicated. Values refer to each other by
 * id; writing a reuse link, commit or discussion before its model creates a minimal model row that a later
 * {@link Batch#upsertModel(Model)} fills in.
 *
 * <p>From a crawler: open the writer once, then write each page of results as one batch, so a crash loses at
 * most the page in flight and a rerun starts where the pages are not yet written:
 *
 * <pre>{@code
 * try (PeatmossWriter writer = PeatmossWriter.open(Path.of("mined.db"))) {
 *   for (Page<Model> page : hub.listModels().byPage()) {
 *     writer.write(batch -> page.items().forEach(batch::upsertModel));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one writer from one thread (SQLite allows one writer per file at a time anyway).
 * Close it to release the file.
 */
public final class PeatmossWriter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PeatmossWriter.class);

  private final Path file;
  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final Map<String, Map<String, Long>> lookups = new HashMap<>();
  private final Map<String, Long> modelRows = new HashMap<>();
  private final Map<String, Long> repositoryRows = new HashMap<>();
  private boolean writing;
  private boolean closed;

  private PeatmossWriter(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens {@code file} for writing, creating it with the R2 schema if it does not exist or holds no tables yet.
   * An existing file must be an R2 PeaTMOSS database (one this writer made, or the published R2 file, which
   * then gains the writer's secondary indexes).
   *
   * @throws InvalidDatabaseException if the file exists but is not a PeaTMOSS database
   * @throws UnsupportedSchemaException if the file is an R1 database
   * @throws DatasetException if SQLite cannot open or create it
   */
  public static PeatmossWriter open(Path file) {
    Objects.requireNonNull(file, "file == null");
    Path absolute = file.toAbsolutePath();
    boolean fresh;
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      fresh = !Files.exists(absolute) || Files.size(absolute) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + absolute + ": " + e.getMessage(), e);
    }
    if (!fresh) {
      DatabaseFiles.checkHeader(absolute);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(10_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + absolute);
    Connection connection = null;
    try {
      connection = source.getConnection();
      connection.setAutoCommit(false);
      Set<String> tables = Schema.tables(connection);
      if (tables.isEmpty()) {
        Schema.createR1(connection);
        Schema.upgradeToR2(connection);
        try (PreparedStatement hubs = connection.prepareStatement("INSERT INTO model_hub (name, url) VALUES (?, ?)")) {
          for (ModelHub hub : List.of(ModelHub.HUGGING_FACE, ModelHub.PYTORCH_HUB)) {
            hubs.setString(1, hub.name());
            hubs.setString(2, hub.url().orElse(null));
            hubs.executeUpdate();
          }
        }
        log.debug("created PeaTMOSS R2 schema [file={}]", absolute);
      } else {
        List<String> missing = Schema.R1_TABLES.stream().filter(t -> !tables.contains(t)).sorted()
            .collect(Collectors.toList());
        if (!missing.isEmpty()) {
          throw new InvalidDatabaseException(InvalidDatabaseException.Problem.NOT_PEATMOSS, absolute, absolute
              + " is a SQLite database but not a PeaTMOSS one: it lacks the tables " + missing
              + "; write into a new file instead", missing, null);
        }
        if (!tables.containsAll(Schema.R2_ADDED_TABLES)) {
          throw new UnsupportedSchemaException("writing with PeatmossWriter", SchemaVersion.R2, SchemaVersion.R1);
        }
      }
      Schema.createWriterIndexes(connection);
      connection.commit();
      return new PeatmossWriter(absolute, connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new DatasetException("cannot open " + absolute + " for writing: " + e.getMessage()
          + "; check that the file is writable and not held by another writer", e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** Returns the file this writer writes. */
  public Path file() {
    return file;
  }

  /**
   * Runs {@code work} as one transaction: everything it upserts is committed together, or, if it throws,
   * nothing is.
   *
   * @throws DatasetException if SQLite fails; the batch is rolled back
   * @throws IllegalStateException if called from inside a batch or after {@link #close()}
   */
  public void write(Consumer<Batch> work) {
    Objects.requireNonNull(work, "work == null");
    if (closed) {
      throw new IllegalStateException("writer for " + file + " is closed; open a new one");
    }
    if (writing) {
      throw new IllegalStateException("write(..) called inside a batch; upsert through the batch given to you");
    }
    writing = true;
    try {
      work.accept(new Batch());
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new DatasetException("writing a batch to " + file + " failed and was rolled back: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      rollback();
      throw e;
    } finally {
      writing = false;
    }
  }

  private void rollback() {
    lookups.clear();
    modelRows.clear();
    repositoryRows.clear();
    try {
      connection.rollback();
    } catch (SQLException e) {
      log.debug("rollback failed [file={}, error={}]", file, e.getMessage());
    }
  }

  /** Closes the database file; an open batch cannot exist here, since batches run inside {@link #write}. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        log.debug("closing a statement failed [error={}]", e.getMessage());
      }
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DatasetException("closing " + file + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the stored checkpoint of a mining source, creating the checkpoint table on first use; for {@link
   * Miner}.
   *
   * @throws DatasetException if SQLite fails
   */
  Optional<MiningCheckpoint> miningCheckpoint(String source) {
    write(batch -> batch.createMiningCheckpointTable());
    try {
      List<List<Object>> rows = queryRows(MiningCheckpoints.SELECT, 3, source);
      connection.commit();
      return rows.stream().findFirst().map(row -> new MiningCheckpoint(source,
          Optional.ofNullable((String) row.get(0)), ((Number) row.get(1)).longValue(),
          ((Number) row.get(2)).longValue() != 0));
    } catch (SQLException e) {
      throw new DatasetException("reading the mining checkpoint of '" + source + "' from " + file + " failed: "
          + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the original failure is the one to report
      }
    }
  }

  // ---- statement plumbing ----

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  private PreparedStatement bind(String sql, Object... args) throws SQLException {
    PreparedStatement statement = statement(sql);
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Boolean) {
        statement.setInt(i + 1, ((Boolean) arg) ? 1 : 0);
      } else if (arg instanceof byte[]) {
        statement.setBytes(i + 1, (byte[]) arg);
      } else {
        statement.setObject(i + 1, arg);
      }
    }
    return statement;
  }

  private void exec(String sql, Object... args) throws SQLException {
    bind(sql, args).executeUpdate();
  }

  private long insert(String sql, Object... args) throws SQLException {
    bind(sql, args).executeUpdate();
    try (ResultSet rows = statement("SELECT last_insert_rowid()").executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private OptionalLong queryId(String sql, Object... args) throws SQLException {
    try (ResultSet rows = bind(sql, args).executeQuery()) {
      return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
    }
  }

  private List<List<Object>> queryRows(String sql, int columns, Object... args) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (ResultSet rows = bind(sql, args).executeQuery()) {
      while (rows.next()) {
        List<Object> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          row.add(normalize(rows.getObject(i)));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** Maps a value to what SQLite hands back for it, so stored and new rows compare equal. */
  private static Object normalize(Object value) {
    if (value instanceof Boolean) {
      return ((Boolean) value) ? 1L : 0L;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 9e15 ? (Object) (long) d : (Object) d;
    }
    if (value instanceof byte[]) {
      return Arrays.toString((byte[]) value);
    }
    return value;
  }

  private static String quote(String table) {
    return "\"" + table + "\"";
  }

  // ---- lookups ----

  private long lookup(String table, String column, String name) throws SQLException {
    Map<String, Long> cache = lookups.computeIfAbsent(table, t -> new HashMap<>());
    Long cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    OptionalLong id = queryId("SELECT id FROM " + quote(table) + " WHERE " + column + " = ?", name);
    long value = id.isPresent() ? id.getAsLong()
        : insert("INSERT INTO " + quote(table) + " (" + column + ") VALUES (?)", name);
    cache.put(name, value);
    return value;
  }

  private long hub(ModelHub hub) throws SQLException {
    Map<String, Long> cache = lookups.computeIfAbsent("model_hub", t -> new HashMap<>());
    Long cached = cache.get(hub.name());
    if (cached != null) {
      return cached;
    }
    OptionalLong id = queryId("SELECT id FROM model_hub WHERE name = ?", hub.name());
    long value;
    if (id.isPresent()) {
      value = id.getAsLong();
    } else {
      boolean urlTaken = hub.url().isPresent()
          && queryId("SELECT id FROM model_hub WHERE url = ?", hub.url().get()).isPresent();
      value = insert("INSERT INTO model_hub (name, url) VALUES (?, ?)", hub.name(),
          urlTaken ? null : hub.url().orElse(null));
    }
    cache.put(hub.name(), value);
    return value;
  }

  private long dataset(Dataset dataset) throws SQLException {
    long id = lookup("dataset", "name", dataset.name());
    if (dataset.url().isPresent()) {
      exec("UPDATE dataset SET url = ? WHERE id = ? AND url IS NOT ?", dataset.url().get(), id, dataset.url().get());
    }
    return id;
  }

  private long paper(Paper paper) throws SQLException {
    long id = lookup("paper", "title", paper.title());
    if (paper.url().isPresent()) {
      exec("UPDATE paper SET url = ? WHERE id = ? AND url IS NOT ?", paper.url().get(), id, paper.url().get());
    }
    return id;
  }

  private long language(Language language) throws SQLException {
    long id = lookup("language", "name", language.name());
    if (language.abbreviation().isPresent()) {
      String abbreviation = language.abbreviation().get();
      // UNIQUE(abbreviation): keep the first language that claims an abbreviation.
      exec("UPDATE language SET abbreviation = ? WHERE id = ? AND abbreviation IS NULL"
          + " AND NOT EXISTS (SELECT 1 FROM language WHERE abbreviation = ?)", abbreviation, id, abbreviation);
    }
    return id;
  }

  private long githubUser(String login) throws SQLException {
    return lookup("github_user", "login", login);
  }

  private Long githubUser(Optional<String> login) throws SQLException {
    return login.isPresent() ? githubUser(login.get()) : null;
  }

  // ---- rows by natural key ----

  private OptionalLong modelRow(ModelId id) throws SQLException {
    Long cached = modelRows.get(id.value());
    if (cached != null) {
      return OptionalLong.of(cached);
    }
    OptionalLong row = queryId("SELECT id FROM model WHERE context_id = ?", ContextIds.bindValue(id.value()));
    if (row.isPresent()) {
      modelRows.put(id.value(), row.getAsLong());
    }
    return row;
  }

  private long ensureModel(ModelId id) throws SQLException {
    OptionalLong row = modelRow(id);
    if (row.isPresent()) {
      return row.getAsLong();
    }
    ModelHub hub = id.form() == ModelId.Form.PYTORCH_HUB ? ModelHub.PYTORCH_HUB : ModelHub.HUGGING_FACE;
    long value = insert("INSERT INTO model (context_id, model_hub_id) VALUES (?, ?)",
        ContextIds.bindValue(id.value()), hub(hub));
    modelRows.put(id.value(), value);
    return value;
  }

  private long ensureRepository(RepoRef repo) throws SQLException {
    Long cached = repositoryRows.get(repo.fullName());
    if (cached != null) {
      return cached;
    }
    OptionalLong row = queryId("SELECT id FROM reuse_repository WHERE owner = ? AND name = ?",
        repo.owner(), repo.name());
    long value = row.isPresent() ? row.getAsLong()
        : insert("INSERT INTO reuse_repository (owner, name, url) VALUES (?, ?, ?)", repo.owner(), repo.name(),
            "github.com/" + repo.fullName());
    repositoryRows.put(repo.fullName(), value);
    return value;
  }

  private long upsertRow(OptionalLong existing, String table, List<String> columns, List<Object> values)
      throws SQLException {
    if (existing.isPresent()) {
      String set = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
      List<Object> args = new ArrayList<>(values);
      args.add(existing.getAsLong());
      exec("UPDATE " + quote(table) + " SET " + set + " WHERE id = ?", args.toArray());
      return existing.getAsLong();
    }
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    return insert("INSERT INTO " + quote(table) + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")",
        values.toArray());
  }

  // ---- set and list synchronisation ----

  /** Makes the junction rows of {@code parentId} exactly {@code ids}, touching only the difference. */
  private void syncSet(String junction, String parentColumn, String childColumn, long parentId, List<Long> ids)
      throws SQLException {
    Set<Long> wanted = new LinkedHashSet<>(ids);
    Set<Long> present = new LinkedHashSet<>();
    for (List<Object> row : queryRows("SELECT " + childColumn + " FROM " + quote(junction) + " WHERE "
        + parentColumn + " = ?", 1, parentId)) {
      present.add((Long) row.get(0));
    }
    for (Long id : present) {
      if (!wanted.contains(id)) {
        exec("DELETE FROM " + quote(junction) + " WHERE " + parentColumn + " = ? AND " + childColumn + " = ?",
            parentId, id);
      }
    }
    for (Long id : wanted) {
      if (!present.contains(id)) {
        exec("INSERT INTO " + quote(junction) + " (" + parentColumn + ", " + childColumn + ") VALUES (?, ?)",
            parentId, id);
      }
    }
  }

  /** Adds junction rows of {@code parentId} for {@code ids} that are not there yet. */
  private void addToSet(String junction, String parentColumn, String childColumn, long parentId, List<Long> ids)
      throws SQLException {
    for (Long id : new LinkedHashSet<>(ids)) {
      exec("INSERT INTO " + quote(junction) + " (" + parentColumn + ", " + childColumn + ") SELECT ?, ?"
          + " WHERE NOT EXISTS (SELECT 1 FROM " + quote(junction) + " WHERE " + parentColumn + " = ? AND "
          + childColumn + " = ?)", parentId, id, parentId, id);
    }
  }

  /**
   * Makes the child rows of {@code parentId} exactly {@code rows}, in order. Leaves them alone (and their row ids
   * stable) when they already are, only inserts the new ones when {@code rows} extends them, and otherwise
   * replaces them all.
   */
  private void syncRows(String table, String parentColumn, long parentId, List<String> columns,
      List<List<Object>> rows) throws SQLException {
    List<List<Object>> wanted = new ArrayList<>();
    for (List<Object> row : rows) {
      List<Object> normalized = new ArrayList<>(row.size());
      for (Object value : row) {
        normalized.add(normalize(value));
      }
      wanted.add(normalized);
    }
    String list = String.join(", ", columns);
    List<List<Object>> present = queryRows("SELECT " + list + " FROM " + quote(table) + " WHERE " + parentColumn
        + " = ? ORDER BY rowid", columns.size(), parentId);
    if (present.equals(wanted)) {
      return;
    }
    // Rows only appended (a discussion's new events): insert the new ones, keeping the others' row ids.
    boolean appended = present.size() < wanted.size() && wanted.subList(0, present.size()).equals(present);
    if (!appended) {
      exec("DELETE FROM " + quote(table) + " WHERE " + parentColumn + " = ?", parentId);
    }
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    for (List<Object> row : appended ? rows.subList(present.size(), rows.size()) : rows) {
      List<Object> args = new ArrayList<>(row);
      args.add(parentId);
      exec("INSERT INTO " + quote(table) + " (" + list + ", " + parentColumn + ") VALUES (" + marks + ", ?)",
          args.toArray());
    }
  }

  private List<Long> lookupAll(String table, String column, List<String> names) throws SQLException {
    List<Long> ids = new ArrayList<>(names.size());
    for (String name : names) {
      ids.add(lookup(table, column, name));
    }
    return ids;
  }

  private static Object text(Optional<String> value) {
    return value.orElse(null);
  }

  private static Object time(Optional<Instant> value) {
    return value.map(Timestamps::format).orElse(null);
  }

  private static Object number(OptionalInt value) {
    return value.isPresent() ? (Object) value.getAsInt() : null;
  }

  private static Object number(OptionalLong value) {
    return value.isPresent() ? (Object) value.getAsLong() : null;
  }

  private static Object number(OptionalDouble value) {
    return value.isPresent() ? (Object) value.getAsDouble() : null;
  }

  /**
   * One transaction's worth of upserts, handed to the work given to {@link PeatmossWriter#write(Consumer)}.
   * Valid only while that work runs; not thread-safe.
   */
  public final class Batch {
    private Batch() {}

    private void checkOpen() {
      if (!writing) {
        throw new IllegalStateException("this batch has ended; write inside the work given to write(..)");
      }
    }

    /** Creates the mining checkpoint table if it does not exist. */
    void createMiningCheckpointTable() {
      checkOpen();
      try {
        exec(MiningCheckpoints.CREATE);
      } catch (SQLException e) {
        throw new DatasetException("creating the mining checkpoint table failed: " + e.getMessage(), e);
      }
    }

    /** Inserts or replaces the checkpoint of its source, in this batch's transaction; for {@link Miner}. */
    void saveMiningCheckpoint(MiningCheckpoint checkpoint) {
      checkOpen();
      try {
        exec(MiningCheckpoints.CREATE);
        exec(MiningCheckpoints.UPSERT, checkpoint.source(), checkpoint.next().orElse(null), checkpoint.items(),
            checkpoint.complete());
      } catch (SQLException e) {
        throw new DatasetException("writing the mining checkpoint of '" + checkpoint.source() + "' failed: "
            + e.getMessage(), e);
      }
    }

    /**
     * Inserts or updates a model (keyed by its id) and makes its lookups exactly the model's.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertModel(Model model) {
      Objects.requireNonNull(model, "model == null");
      checkOpen();
      try {
        long row = upsertRow(modelRow(model.id()), "model",
            List.of("context_id", "model_hub_id", "sha", "repo_url", "downloads", "likes", "has_snapshot"),
            Arrays.asList(ContextIds.bindValue(model.id().value()), hub(model.hub()), text(model.sha()),
                text(model.repoUrl()), number(model.downloads()), number(model.likes()), model.hasSnapshot()));
        modelRows.put(model.id().value(), row);
        syncSet("model_to_author", "model_id", "author_id", row, lookupAll("author", "name", model.authors()));
        syncSet("model_to_license", "model_id", "license_id", row, lookupAll("license", "name", model.licenses()));
        syncSet("model_to_tag", "model_id", "tag_id", row, lookupAll("tag", "name", model.tags()));
        syncSet("model_to_architecture", "model_id", "architecture_id", row,
            lookupAll("architecture", "name", model.architectures()));
        syncSet("model_to_framework", "model_id", "framework_id", row,
            lookupAll("framework", "name", model.frameworks()));
        syncSet("model_to_library", "model_id", "library_id", row, lookupAll("library", "name", model.libraries()));
        List<Long> datasets = new ArrayList<>();
        for (Dataset dataset : model.datasets()) {
          datasets.add(dataset(dataset));
        }
        syncSet("model_to_dataset", "model_id", "dataset_id", row, datasets);
        List<Long> papers = new ArrayList<>();
        for (Paper paper : model.papers()) {
          papers.add(paper(paper));
        }
        syncSet("model_to_paper", "model_id", "paper_id", row, papers);
        List<Long> languages = new ArrayList<>();
        for (Language language : model.languages()) {
          languages.add(language(language));
        }
        syncSet("model_to_language", "model_id", "language_id", row, languages);
        syncSet("model_to_domain", "model_id", "domain_id", row, lookupAll("domain", "name", model.domains()));
        syncSet("model_to_model_task", "model_id", "model_task_id", row,
            lookupAll("model_task", "name", model.tasks()));
      } catch (SQLException e) {
        throw failed("model " + model.id(), e);
      }
    }

    /**
     * Inserts or updates a downstream repository (keyed by owner and name) and makes its licenses exactly the
     * value's.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertReuseRepository(ReuseRepository repository) {
      Objects.requireNonNull(repository, "repository == null");
      checkOpen();
      try {
        long row = ensureRepository(repository.repository());
        if (repository.url().isPresent()) {
          exec("UPDATE reuse_repository SET url = ? WHERE id = ?", repository.url().get(), row);
        }
        syncSet("reuse_repository_to_license", "reuse_repository_id", "license_id", row,
            lookupAll("license", "name", repository.licenses()));
      } catch (SQLException e) {
        throw failed("reuse repository " + repository.repository(), e);
      }
    }

    /**
     * Records that a model is reused by a downstream repository (once, however often it is written).
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertReuseLink(ReuseLink link) {
      Objects.requireNonNull(link, "link == null");
      checkOpen();
      try {
        link(link.model(), link.repository());
      } catch (SQLException e) {
        throw failed("reuse link " + link.model() + " -> " + link.repository(), e);
      }
    }

    private long[] link(ModelId model, RepoRef repository) throws SQLException {
      long modelRow = ensureModel(model);
      long repositoryRow = ensureRepository(repository);
      exec("INSERT OR IGNORE INTO model_to_reuse_repository (model_id, reuse_repository_id) VALUES (?, ?)",
          modelRow, repositoryRow);
      return new long[] {modelRow, repositoryRow};
    }

    /**
     * Records a file of a downstream repository where a model is reused, and the reuse link it implies.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertReuseFile(ReuseFile reuseFile) {
      Objects.requireNonNull(reuseFile, "reuseFile == null");
      checkOpen();
      try {
        long[] rows = link(reuseFile.model(), reuseFile.repository());
        exec("INSERT OR IGNORE INTO reuse_file (path, model_id, reuse_repository_id) VALUES (?, ?, ?)",
            reuseFile.path(), rows[0], rows[1]);
      } catch (SQLException e) {
        throw failed("reuse file " + reuseFile.path(), e);
      }
    }

    /**
     * Inserts or updates a Hugging Face commit (keyed by model and commit sha) with its authors.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertHfCommit(HfCommit commit) {
      Objects.requireNonNull(commit, "commit == null");
      checkOpen();
      try {
        long model = ensureModel(commit.model());
        long row = upsertRow(queryId("SELECT id FROM hf_commit WHERE model_id = ? AND commit_id = ? ORDER BY id",
                model, commit.commitId()), "hf_commit",
            List.of("commit_id", "created_at", "title", "message", "model_id"),
            Arrays.asList(commit.commitId(), time(commit.createdAt()), text(commit.title()), text(commit.message()),
                model));
        syncSet("hf_commit_to_author", "hf_commit_id", "author_id", row,
            lookupAll("author", "name", commit.authors()));
      } catch (SQLException e) {
        throw failed("commit " + commit.commitId() + " of " + commit.model(), e);
      }
    }

    /**
     * Inserts or updates a branch or tag of a model's Hugging Face repository (keyed by model, kind and name).
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertGitRef(GitRef ref) {
      Objects.requireNonNull(ref, "ref == null");
      checkOpen();
      try {
        long model = ensureModel(ref.model());
        OptionalLong group = queryId("SELECT id FROM hf_git_ref WHERE model_id = ? ORDER BY id", model);
        long groupRow = group.isPresent() ? group.getAsLong()
            : insert("INSERT INTO hf_git_ref (model_id) VALUES (?)", model);
        String junction = ref.kind() == GitRef.Kind.BRANCH ? "hf_git_ref_to_branch" : "hf_git_ref_to_tag";
        OptionalLong info = queryId("SELECT i.id FROM hf_git_ref_info i JOIN " + junction
            + " j ON j.hf_git_ref_info_id = i.id WHERE j.hf_git_ref_id = ? AND i.name = ? ORDER BY i.id",
            groupRow, ref.name());
        long infoRow = upsertRow(info, "hf_git_ref_info", List.of("name", "ref", "target_commit"),
            Arrays.asList(ref.name(), text(ref.ref()), text(ref.targetCommit())));
        if (info.isEmpty()) {
          exec("INSERT INTO " + junction + " (hf_git_ref_id, hf_git_ref_info_id) VALUES (?, ?)", groupRow, infoRow);
        }
      } catch (SQLException e) {
        throw failed("git ref " + ref.name() + " of " + ref.model(), e);
      }
    }

    /**
     * Inserts or updates a Hugging Face discussion or pull request (keyed by model and number) with its authors,
     * conflicting files and events.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertDiscussion(Discussion discussion) {
      Objects.requireNonNull(discussion, "discussion == null");
      checkOpen();
      try {
        long model = ensureModel(discussion.model());
        long row = upsertRow(queryId("SELECT id FROM discussion WHERE model_id = ? AND num = ? ORDER BY id", model,
                discussion.num()), "discussion",
            List.of("title", "status", "num", "repo_id", "repo_type", "is_pull_request", "created_at", "endpoint",
                "target_branch", "merge_commit_oid", "diff", "model_id"),
            Arrays.asList(text(discussion.title()), text(discussion.status()), discussion.num(),
                text(discussion.repoId()), text(discussion.repoType()), discussion.isPullRequest(),
                time(discussion.createdAt()), text(discussion.endpoint()), text(discussion.targetBranch()),
                text(discussion.mergeCommitOid()), text(discussion.diff()), model));
        syncSet("discussion_to_author", "discussion_id", "author_id", row,
            lookupAll("author", "name", discussion.authors()));
        List<List<Object>> files = new ArrayList<>();
        for (String path : discussion.conflictingFiles()) {
          files.add(List.of(path));
        }
        syncRows("file_path", "discussion_id", row, List.of("path"), files);
        List<List<Object>> events = new ArrayList<>();
        for (DiscussionEvent e : discussion.events()) {
          events.add(Arrays.asList(text(e.eventId()), text(e.type()), time(e.createdAt()), text(e.author()),
              text(e.content()), e.isEdited(), e.isHidden(), text(e.newStatus()), text(e.summary()), text(e.oid()),
              text(e.oldTitle()), text(e.newTitle())));
        }
        syncRows("discussion_event", "discussion_id", row, List.of("event_id", "type", "created_at", "author",
            "content", "edited", "hidden", "new_status", "summary", "oid", "old_title", "new_title"), events);
      } catch (SQLException e) {
        throw failed("discussion #" + discussion.num() + " of " + discussion.model(), e);
      }
    }

    /**
     * Inserts or updates a GitHub issue of a model's own repository (PyTorch Hub models), keyed by its URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertModelIssue(ModelId model, GitHubIssue issue) {
      Objects.requireNonNull(model, "model == null");
      Objects.requireNonNull(issue, "issue == null");
      checkOpen();
      try {
        long issueRow = issue(issue);
        long group = ptmGroup("ptm_issues", "ptm_issues_id", model);
        exec("INSERT OR IGNORE INTO ptm_issue_to_issue (ptm_issue_id, github_issue_id) VALUES (?, ?)", group,
            issueRow);
      } catch (SQLException e) {
        throw failed("issue " + issue.url(), e);
      }
    }

    /**
     * Inserts or updates a GitHub issue of a downstream repository, keyed by its URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertRepositoryIssue(RepoRef repository, GitHubIssue issue) {
      Objects.requireNonNull(repository, "repository == null");
      Objects.requireNonNull(issue, "issue == null");
      checkOpen();
      try {
        long issueRow = issue(issue);
        exec("INSERT OR IGNORE INTO reuse_repo_to_issue (reuse_repository_id, github_issue_id) VALUES (?, ?)",
            ensureRepository(repository), issueRow);
      } catch (SQLException e) {
        throw failed("issue " + issue.url(), e);
      }
    }

    /**
     * Inserts or updates a GitHub pull request of a model's own repository (PyTorch Hub models), keyed by URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertModelPullRequest(ModelId model, GitHubPullRequest pullRequest) {
      Objects.requireNonNull(model, "model == null");
      Objects.requireNonNull(pullRequest, "pullRequest == null");
      checkOpen();
      try {
        long prRow = pullRequest(pullRequest);
        long group = ptmGroup("ptm_pull_requests", "ptm_pull_requests_id", model);
        exec("INSERT OR IGNORE INTO ptm_pull_request_to_pull_request (ptm_pull_request_id, github_pull_request_id)"
            + " VALUES (?, ?)", group, prRow);
      } catch (SQLException e) {
        throw failed("pull request " + pullRequest.url(), e);
      }
    }

    /**
     * Inserts or updates a GitHub pull request of a downstream repository, keyed by its URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertRepositoryPullRequest(RepoRef repository, GitHubPullRequest pullRequest) {
      Objects.requireNonNull(repository, "repository == null");
      Objects.requireNonNull(pullRequest, "pullRequest == null");
      checkOpen();
      try {
        long prRow = pullRequest(pullRequest);
        exec("INSERT OR IGNORE INTO reuse_repo_to_pull_request (reuse_repository_id, github_pull_request_id)"
            + " VALUES (?, ?)", ensureRepository(repository), prRow);
      } catch (SQLException e) {
        throw failed("pull request " + pullRequest.url(), e);
      }
    }

    private long ptmGroup(String table, String modelColumn, ModelId model) throws SQLException {
      long modelRow = ensureModel(model);
      String repoUrl = null;
      try (ResultSet rows = bind("SELECT repo_url FROM model WHERE id = ?", modelRow).executeQuery()) {
        if (rows.next()) {
          repoUrl = rows.getString(1);
        }
      }
      if (repoUrl == null) {
        repoUrl = model.pytorchRepository().map(r -> "github.com/" + r.fullName()).orElse(model.value());
      }
      OptionalLong group = queryId("SELECT id FROM " + table + " WHERE repo_url = ?", repoUrl);
      long groupRow = group.isPresent() ? group.getAsLong()
          : insert("INSERT INTO " + table + " (repo_url) VALUES (?)", repoUrl);
      exec("UPDATE model SET " + modelColumn + " = ? WHERE id = ? AND " + modelColumn + " IS NOT ?", groupRow,
          modelRow, groupRow);
      return groupRow;
    }

    private long issue(GitHubIssue issue) throws SQLException {
      long row = upsertRow(queryId("SELECT id FROM github_issue WHERE url = ?", issue.url()), "github_issue",
          List.of("author_id", "body", "closed", "closed_at", "created_at", "number", "state", "title",
              "updated_at", "url"),
          Arrays.asList(githubUser(issue.author()), text(issue.body()), issue.isClosed(), time(issue.closedAt()),
              time(issue.createdAt()), number(issue.number()), text(issue.state()), text(issue.title()),
              time(issue.updatedAt()), issue.url()));
      List<Long> assignees = new ArrayList<>();
      for (String login : issue.assignees()) {
        assignees.add(githubUser(login));
      }
      syncSet("issue_to_assignee", "issue_id", "assignee_id", row, assignees);
      syncRows("github_label", "issue_id", row, List.of("name"), labels(issue.labels()));
      syncRows("github_comment", "issue_id", row, COMMENT_COLUMNS, comments(issue.comments()));
      return row;
    }

    private long pullRequest(GitHubPullRequest pr) throws SQLException {
      long row = upsertRow(queryId("SELECT id FROM github_pull_request WHERE url = ?", pr.url()),
          "github_pull_request",
          List.of("additions", "author_id", "base_ref_name", "body", "changed_files", "closed", "closed_at",
              "created_at", "deletions", "head_ref_name", "is_cross_repository", "is_draft", "mergeable",
              "merged_at", "merged_by_id", "number", "review_decision", "state", "title", "updated_at", "url"),
          Arrays.asList(number(pr.additions()), githubUser(pr.author()), text(pr.baseRefName()), text(pr.body()),
              number(pr.changedFiles()), pr.isClosed(), time(pr.closedAt()), time(pr.createdAt()),
              number(pr.deletions()), text(pr.headRefName()), pr.isCrossRepository(), pr.isDraft(),
              text(pr.mergeable()), time(pr.mergedAt()), githubUser(pr.mergedBy()), number(pr.number()),
              text(pr.reviewDecision()), text(pr.state()), text(pr.title()), time(pr.updatedAt()), pr.url()));
      List<Long> assignees = new ArrayList<>();
      for (String login : pr.assignees()) {
        assignees.add(githubUser(login));
      }
      syncSet("pull_request_to_assignee", "pull_request_id", "assignee_id", row, assignees);
      List<Long> reviewers = new ArrayList<>();
      for (String login : pr.reviewRequests()) {
        reviewers.add(githubUser(login));
      }
      syncSet("pull_request_to_review_requests", "pull_request_id", "review_request_id", row, reviewers);
      syncRows("github_label", "pull_request_id", row, List.of("name"), labels(pr.labels()));
      List<List<Object>> files = new ArrayList<>();
      for (PullRequestFile f : pr.files()) {
        files.add(Arrays.asList(f.path(), number(f.additions()), number(f.deletions())));
      }
      syncRows("github_pull_request_file", "pull_request_id", row, List.of("path", "additions", "deletions"), files);
      syncRows("github_comment", "pull_request_id", row, COMMENT_COLUMNS, comments(pr.comments()));
      return row;
    }

    private List<List<Object>> labels(List<String> labels) {
      List<List<Object>> rows = new ArrayList<>();
      for (String label : labels) {
        rows.add(List.of(label));
      }
      return rows;
    }

    private List<List<Object>> comments(List<GitHubComment> comments) throws SQLException {
      List<List<Object>> rows = new ArrayList<>();
      for (GitHubComment c : comments) {
        rows.add(Arrays.asList(githubUser(c.author()), text(c.authorAssociation()), text(c.body()),
            time(c.createdAt())));
      }
      return rows;
    }

    /**
     * Writes a model's extracted metadata into the R2 tables, replacing what was extracted before; the lookups
     * it shares with the model row (datasets, license, papers, languages, frameworks, libraries, domains, tasks)
     * are added to the model's, never removed. Hyper-parameters are stored as {@code name=value} text when
     * named, since the published table has one text column; an evaluation metric without a dataset is stored
     * under the dataset {@code unknown}, since {@code evaluation_metric.dataset_id} is NOT NULL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertExtractedMetadata(ExtractedMetadata metadata) {
      Objects.requireNonNull(metadata, "metadata == null");
      checkOpen();
      try {
        long model = ensureModel(metadata.model());
        syncRows("parameter_count", "model_id", model, List.of("count"),
            metadata.parameterCount().map(p -> List.of(List.<Object>of(p.value()))).orElse(List.of()));
        syncRows("carbon_emitted", "model_id", model, List.of("value"), metadata.carbonEmittedGrams()
            .map(c -> List.of(List.<Object>of(Math.round(c.value())))).orElse(List.of()));
        List<List<Object>> hardware = new ArrayList<>();
        Set<Long> seenHardware = new LinkedHashSet<>();
        for (Extracted<Hardware> h : metadata.hardware()) {
          long id = lookup("hardware", "name", h.value().name());
          if (seenHardware.add(id)) {
            hardware.add(Arrays.asList(id, number(h.value().hoursUsed()), text(h.value().cloudProvider()),
                text(h.value().computeRegion())));
          }
        }
        syncRows("model_to_hardware", "model_id", model,
            List.of("hardware_id", "hours_used", "cloud_provider", "compute_region"), hardware);
        List<List<Object>> hyper = new ArrayList<>();
        for (Extracted<HyperParameter> h : metadata.hyperParameters()) {
          hyper.add(List.of(h.value().name().map(n -> n + "=" + h.value().value()).orElse(h.value().value())));
        }
        syncRows("hyper_parameters", "model_id", model, List.of("value"), distinct(hyper));
        List<List<Object>> metrics = new ArrayList<>();
        for (Extracted<EvaluationMetric> m : metadata.evaluationMetrics()) {
          long dataset = lookup("dataset", "name", m.value().dataset().orElse("unknown"));
          metrics.add(List.of(m.value().test(), dataset, m.value().result()));
        }
        syncRows("evaluation_metric", "model_id", model, List.of("test", "dataset_id", "result"), distinct(metrics));
        syncRows("evaluation_link", "model_id", model, List.of("url"), single(metadata.evaluationLinks()));
        syncRows("demo", "model_id", model, List.of("demo"), single(metadata.demos()));
        syncRows("input_format", "model_id", model, List.of("format"), single(metadata.inputFormats()));
        syncRows("output_format", "model_id", model, List.of("format"), single(metadata.outputFormats()));
        syncRows("limitation_and_bias", "model_id", model, List.of("value"), single(metadata.limitations()));
        List<Long> grants = new ArrayList<>();
        for (Extracted<String> g : metadata.grants()) {
          grants.add(lookup("grant", "name", g.value()));
        }
        syncSet("model_to_grant", "model_id", "grant_id", model, grants);
        List<List<Object>> repos = new ArrayList<>();
        for (Extracted<RepoRef> r : metadata.githubRepositories()) {
          repos.add(List.of(r.value().owner(), r.value().name(), r.value().url().toString()));
        }
        syncRows("github_repo", "model_id", model, List.of("owner", "name", "url"), distinct(repos));
        List<List<Object>> bases = new ArrayList<>();
        for (Extracted<BaseModel> b : metadata.baseModels()) {
          Long baseRow = null;
          if (b.value().id().isPresent()) {
            OptionalLong found = modelRow(b.value().id().get());
            baseRow = found.isPresent() ? found.getAsLong() : null;
          }
          bases.add(Arrays.asList(b.value().name(), text(b.value().url()), baseRow));
        }
        syncRows("model_to_base_model", "model_id", model, List.of("base_model_name", "base_model_url",
            "base_model_id"), distinctKey(bases));
        List<Long> datasets = new ArrayList<>();
        for (Extracted<Dataset> d : metadata.datasets()) {
          datasets.add(dataset(d.value()));
        }
        addToSet("model_to_dataset", "model_id", "dataset_id", model, datasets);
        if (metadata.license().isPresent()) {
          addToSet("model_to_license", "model_id", "license_id", model,
              List.of(lookup("license", "name", metadata.license().get().value())));
        }
        List<Long> papers = new ArrayList<>();
        for (Extracted<Paper> p : metadata.papers()) {
          papers.add(paper(p.value()));
        }
        addToSet("model_to_paper", "model_id", "paper_id", model, papers);
        List<Long> languages = new ArrayList<>();
        for (Extracted<String> l : metadata.languages()) {
          languages.add(lookup("language", "name", l.value()));
        }
        addToSet("model_to_language", "model_id", "language_id", model, languages);
        addToSet("model_to_framework", "model_id", "framework_id", model,
            lookupAll("framework", "name", values(metadata.frameworks())));
        addToSet("model_to_library", "model_id", "library_id", model,
            lookupAll("library", "name", values(metadata.libraries())));
        addToSet("model_to_domain", "model_id", "domain_id", model,
            lookupAll("domain", "name", values(metadata.domains())));
        addToSet("model_to_model_task", "model_id", "model_task_id", model,
            lookupAll("model_task", "name", values(metadata.tasks())));
      } catch (SQLException e) {
        throw failed("extracted metadata of " + metadata.model(), e);
      }
    }

    private List<String> values(List<Extracted<String>> extracted) {
      return extracted.stream().map(Extracted::value).distinct().collect(Collectors.toList());
    }

    private List<List<Object>> single(List<Extracted<String>> extracted) {
      List<List<Object>> rows = new ArrayList<>();
      for (String value : values(extracted)) {
        rows.add(List.of(value));
      }
      return rows;
    }

    private List<List<Object>> distinct(List<List<Object>> rows) {
      return new ArrayList<>(new LinkedHashSet<>(rows));
    }

    /** Keeps the first row per base model id; rows without one (not in the database) are all kept. */
    private List<List<Object>> distinctKey(List<List<Object>> rows) {
      Set<Object> seen = new java.util.HashSet<>();
      List<List<Object>> out = new ArrayList<>();
      for (List<Object> row : rows) {
        if (row.get(2) == null || seen.add(row.get(2))) {
          out.add(row);
        }
      }
      return out;
    }

    private DatasetException failed(String what, SQLException e) {
      return new DatasetException("writing " + what + " to " + file + " failed: " + e.getMessage(), e);
    }
  }

  private static final List<String> COMMENT_COLUMNS =
      List.of("author_id", "author_association", "body", "created_at");
}
