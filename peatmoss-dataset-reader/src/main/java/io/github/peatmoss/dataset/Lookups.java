package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.internal.WritableDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The writer's rows found or created by natural key (lookup names, hubs, models by id, repositories by owner
 * and name), cached for the writer's life. The caches hold only committed or in-flight rows: {@link #clear()}
 * after a rollback. Not thread-safe.
 */
final class Lookups {
  private final WriterRows rows;
  private final Map<String, Map<String, Long>> names = new HashMap<>();
  private final Map<String, Long> hubs = new HashMap<>();
  private final Map<String, Long> models = new HashMap<>();
  private final Map<String, Long> repositories = new HashMap<>();

  Lookups(WriterRows rows) {
    this.rows = rows;
  }

  /** Forgets every cached row id; call after a rollback, which may have removed them. */
  void clear() {
    names.clear();
    hubs.clear();
    models.clear();
    repositories.clear();
  }

  /** Returns the id of the row of lookup {@code table} whose {@code column} is {@code name}, creating it. */
  long lookup(String table, String column, String name) {
    Map<String, Long> cache = names.computeIfAbsent(table, t -> new HashMap<>());
    Long cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    long id = rows.idByKeyInserting(table, column, name);
    cache.put(name, id);
    return id;
  }

  /** Returns the ids of {@code names} in lookup {@code table}, creating missing rows. */
  List<Long> lookupAll(String table, String column, List<String> values) {
    List<Long> ids = new ArrayList<>(values.size());
    for (String value : values) {
      ids.add(lookup(table, column, value));
    }
    return ids;
  }

  long hub(ModelHub hub) {
    Long cached = hubs.get(hub.name());
    if (cached != null) {
      return cached;
    }
    OptionalLong found = WriterRows.id(
        rows.query(Lookups.class, "hub-by-name", "model_hub").bind("name", hub.name()));
    long id;
    if (found.isPresent()) {
      id = found.getAsLong();
    } else {
      // UNIQUE(url): a hub whose URL another hub already claims is stored without one.
      boolean urlTaken = hub.url().isPresent()
          && WriterRows.id(rows.query(Lookups.class, "hub-by-url", "model_hub")
                  .bind("url", hub.url().get()))
              .isPresent();
      id = WriterRows.insert(rows.query(Lookups.class, "insert-hub", "model_hub")
          .bind("name", hub.name())
          .bind("url", urlTaken ? null : hub.url().orElse(null)));
    }
    hubs.put(hub.name(), id);
    return id;
  }

  long dataset(Dataset dataset) {
    return lookup("dataset", "name", dataset.name(), "dataset-url", dataset.url());
  }

  long paper(Paper paper) {
    return lookup("paper", "title", paper.title(), "paper-url", paper.url());
  }

  long language(Language language) {
    return lookup(
        "language", "name", language.name(), "language-abbreviation", language.abbreviation());
  }

  /**
   * Returns the id of lookup row {@code name}, creating it, and sets its second column to {@code value} if
   * present through statement {@code sql} (binding {@code :value} and {@code :id}; it decides when to).
   */
  private long lookup(
      String table, String column, String name, String sql, Optional<String> value) {
    long id = lookup(table, column, name);
    value.ifPresent(v ->
        rows.update(Lookups.class, sql, table).bind("value", v).bind("id", id).execute());
    return id;
  }

  long githubUser(String login) {
    return lookup("github_user", "login", login);
  }

  Long githubUser(Optional<String> login) {
    return login.isPresent() ? githubUser(login.get()) : null;
  }

  /** Returns the row of a model if this writer has met it, without reading the database. */
  OptionalLong cachedModelRow(ModelId id) {
    Long cached = models.get(id.value());
    return cached == null ? OptionalLong.empty() : OptionalLong.of(cached);
  }

  /** Returns the row of a model, if the database has it. */
  OptionalLong modelRow(ModelId id) {
    Long cached = models.get(id.value());
    if (cached != null) {
      return OptionalLong.of(cached);
    }
    OptionalLong row = WritableDatabase.modelRow(rows.handle(), id);
    row.ifPresent(value -> models.put(id.value(), value));
    return row;
  }

  /** Returns the row of a model, creating a minimal one if the database has none. */
  long ensureModel(ModelId id) {
    OptionalLong row = modelRow(id);
    if (row.isPresent()) {
      return row.getAsLong();
    }
    ModelHub hub =
        id.form() == ModelId.Form.PYTORCH_HUB ? ModelHub.PYTORCH_HUB : ModelHub.HUGGING_FACE;
    hub(hub); // the row the insert refers to by name
    long value = WritableDatabase.insertModel(rows.handle(), id, hub);
    models.put(id.value(), value);
    return value;
  }

  /** Records the row of a model just written. */
  void modelWritten(ModelId id, long row) {
    models.put(id.value(), row);
  }

  /** Returns the row of a downstream repository, creating it if the database has none. */
  long ensureRepository(RepoRef repo) {
    Long cached = repositories.get(repo.fullName());
    if (cached != null) {
      return cached;
    }
    OptionalLong row =
        WriterRows.id(rows.query(Lookups.class, "repository-by-name", "reuse_repository")
            .bind("owner", repo.owner())
            .bind("name", repo.name()));
    long value = row.isPresent()
        ? row.getAsLong()
        : WriterRows.insert(rows.query(Lookups.class, "insert-repository", "reuse_repository")
            .bind("owner", repo.owner())
            .bind("name", repo.name())
            .bind("url", "github.com/" + repo.fullName()));
    repositories.put(repo.fullName(), value);
    return value;
  }
}
