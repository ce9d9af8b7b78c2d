package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.internal.ContextIds;
import io.github.peatmoss.dataset.internal.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads {@code model} rows and completes them with their lookups, a batch of models at a time: one query per
 * lookup per batch, its rows merged into the batch in one pass. SQL in {@code ModelReader/*.sql}.
 */
final class ModelReader {
  /** A model row before its lookups are attached. */
  record Row(
      long rowId,
      String contextId,
      String sha,
      String repoUrl,
      Long downloads,
      Long likes,
      boolean snapshot,
      String hubName,
      String hubUrl) {}

  /** Maps the columns of {@code models.sql}. */
  static final RowMapper<Row> ROW = (rs, ctx) -> new Row(
      rs.getLong(1),
      ContextIds.text(rs.getObject(2)),
      rs.getString(3),
      rs.getString(4),
      longOrNull(rs, 5),
      longOrNull(rs, 6),
      rs.getLong(7) != 0,
      rs.getString(8),
      rs.getString(9));

  /** Orders of {@code models.sql}, by {@link ModelQuery.Order}. */
  private static final Map<ModelQuery.Order, String> ORDERS = new EnumMap<>(Map.of(
      ModelQuery.Order.DOWNLOADS_DESC, "m.downloads DESC, m.id",
      ModelQuery.Order.LIKES_DESC, "m.likes DESC, m.id"));

  private final DatabaseInfo info;
  private final Map<LookupKind, Lookup<?>> lookups;
  private final Lookup<String> licenses =
      named("model_to_license", "license_id", "license", Model.Builder::addLicense, false);

  ModelReader(DatabaseInfo info) {
    this.info = info;
    this.lookups = lookups(info);
  }

  static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** Returns the query of {@code models.sql} with the filter resource {@code filter} and the given order. */
  static Query select(Handle handle, String filter, ModelQuery.Order order) {
    return handle
        .createQuery(Sql.of(ModelReader.class, "models"))
        .define("filter", Sql.of(ModelReader.class, filter))
        .define("order", ORDERS.getOrDefault(order, "m.id"))
        .bind("limit", -1);
  }

  /** Returns the query for the models matching {@code query}. */
  static Query matching(Handle handle, ModelQuery query) {
    return select(handle, "matching-query", query.order())
        .bind("hub", query.hub().orElse(null))
        .bind("license", query.license().orElse(null))
        .bind("tag", query.tag().orElse(null))
        .bind("library", query.library().orElse(null))
        .bind("author", query.author().orElse(null))
        .bind("framework", query.framework().orElse(null))
        .bind("architecture", query.architecture().orElse(null))
        .bind("dataset", query.dataset().orElse(null))
        .bind("language", query.language().orElse(null))
        .bind(
            "minDownloads",
            query.minDownloads().isPresent() ? query.minDownloads().getAsLong() : null)
        .bind("limit", query.limit().orElse(-1));
  }

  /** Returns the model with this id, with all its lookups. */
  Optional<Model> find(Handle handle, ModelId id) {
    List<Row> rows = select(handle, "with-id", ModelQuery.Order.ROW_ID)
        .bind("contextId", ContextIds.bindValue(id.value()))
        .map(ROW)
        .list()
        .stream()
        .filter(row -> id.value().equals(row.contextId()))
        .limit(1)
        .toList();
    return complete(handle, rows, loadable(ModelQuery.all().effectiveLookups(), false)).stream()
        .findFirst();
  }

  /** Returns the models a downstream repository reuses, with all their lookups. */
  List<Model> reusedBy(Handle handle, RepoRef repository) {
    List<Row> rows = select(handle, "reused-by", ModelQuery.Order.ROW_ID)
        .bind("owner", repository.owner())
        .bind("name", repository.name())
        .map(ROW)
        .list();
    Set<LookupKind> kinds = loadable(ModelQuery.all().effectiveLookups(), false);
    return ReadOnlyDatabase.inBatches(rows, batch -> complete(handle, batch, kinds));
  }

  /** Returns the row of model {@code id}, if the database has it. */
  static OptionalLong modelRow(Handle handle, ModelId id) {
    return handle
        .createQuery(Sql.of(ModelReader.class, "model-row"))
        .bind("contextId", ContextIds.bindValue(id.value()))
        .map((rs, ctx) -> new StoredId(rs.getLong(1), ContextIds.text(rs.getObject(2))))
        .list()
        .stream()
        .filter(row -> id.value().equals(row.contextId()))
        .mapToLong(StoredId::rowId)
        .findFirst();
  }

  private record StoredId(long rowId, String contextId) {}

  /** Returns which of the {@code wanted} lookups this database can load; R2-only ones are skipped for R1. */
  Set<LookupKind> loadable(Set<LookupKind> wanted, boolean explicit) {
    Set<LookupKind> out = new LinkedHashSet<>();
    for (LookupKind kind : wanted) {
      if ((kind == LookupKind.DOMAIN || kind == LookupKind.TASK)
          && info.schema() == SchemaVersion.R1) {
        if (explicit) {
          throw new UnsupportedSchemaException(
              "the " + kind.name().toLowerCase(Locale.ROOT) + " lookup",
              SchemaVersion.R2,
              SchemaVersion.R1);
        }
        continue;
      }
      out.add(kind);
    }
    return out;
  }

  /** Completes a batch of model rows with the given lookups; rows whose name is no model id are left out. */
  List<Model> complete(Handle handle, List<Row> rows, Set<LookupKind> kinds) {
    Batch batch = new Batch(rows.stream().map(Row::rowId).toList());
    List<Loaded<?>> loaded = new ArrayList<>(kinds.size());
    for (LookupKind kind : kinds) {
      loaded.add(load(handle, lookups.get(kind), batch));
    }
    List<Model> models = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Optional<ModelId> id = info.readableModelId(row.contextId(), row.rowId());
      if (id.isPresent()) {
        Model.Builder b =
            Model.builder().id(id.get()).hub(hub(row, id.get())).hasSnapshot(row.snapshot());
        if (row.sha() != null) {
          b.sha(row.sha());
        }
        if (row.repoUrl() != null) {
          b.repoUrl(row.repoUrl());
        }
        if (row.downloads() != null) {
          b.downloads(row.downloads());
        }
        if (row.likes() != null) {
          b.likes(row.likes());
        }
        for (Loaded<?> l : loaded) {
          l.addTo(b, i);
        }
        models.add(b.build());
      }
    }
    return models;
  }

  /** Returns the license names of the models with the given row ids, by row id. */
  Map<Long, List<String>> licenses(Handle handle, Set<Long> modelRows) {
    List<Long> ids = List.copyOf(modelRows);
    Loaded<String> loaded = load(handle, licenses, new Batch(ids));
    Map<Long, List<String>> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (loaded.values[i] != null) {
        out.put(ids.get(i), loaded.values[i]); // values are by position in the batch
      }
    }
    return out;
  }

  private static ModelHub hub(Row row, ModelId id) {
    if (row.hubName() == null) {
      return id.form() == ModelId.Form.PYTORCH_HUB ? ModelHub.PYTORCH_HUB : ModelHub.HUGGING_FACE;
    }
    // The known hubs are constants; another hub is built from its row (only files from other tools
    // have one).
    ModelHub known = ModelHub.named(row.hubName());
    return known.url().isPresent() || row.hubUrl() == null
        ? known
        : ModelHub.builder().name(row.hubName()).url(row.hubUrl()).build();
  }

  /** A batch's row ids in ascending order, with each one's position in the batch. */
  private static final class Batch {
    final long[] sortedIds;
    final int[] positions;
    final int size;

    Batch(List<Long> rowIds) {
      size = rowIds.size();
      Integer[] order = new Integer[size];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparingLong(rowIds::get));
      sortedIds = new long[size];
      positions = new int[size];
      for (int i = 0; i < size; i++) {
        positions[i] = order[i];
        sortedIds[i] = rowIds.get(order[i]);
      }
    }

    /** Whether the ids are dense enough to read as one range ({@code lookup-range.sql}) rather than a list. */
    boolean dense() {
      return size > 0 && sortedIds[size - 1] - sortedIds[0] + 1 <= 4L * size;
    }

    List<Long> ids() {
      return Arrays.stream(sortedIds).boxed().toList();
    }
  }

  /**
   * How one lookup is read: its junction and lookup table, the value columns, a mapper of the value from those
   * columns (from column 2 on; {@code null} for a NULL name, which is skipped), and the builder method it feeds.
   */
  private record Lookup<T>(
      String junction,
      String column,
      String table,
      String values,
      RowMapper<T> value,
      BiConsumer<Model.Builder, T> add,
      boolean keyless) {}

  /** A lookup's values per batch position, merged from rows ordered by model id. */
  private static final class Loaded<T> {
    final Lookup<T> lookup;
    final List<T>[] values;

    @SuppressWarnings("unchecked")
    Loaded(Lookup<T> lookup, int size) {
      this.lookup = lookup;
      this.values = (List<T>[]) new List<?>[size];
    }

    void add(int position, T value) {
      List<T> list = values[position];
      if (list == null) {
        list = new ArrayList<>(4);
        values[position] = list;
      }
      // R2's key-less junctions may repeat a row; a model has each value once.
      if (!lookup.keyless() || !list.contains(value)) {
        list.add(value);
      }
    }

    void addTo(Model.Builder builder, int position) {
      List<T> list = values[position];
      if (list != null) {
        list.forEach(value -> lookup.add().accept(builder, value));
      }
    }
  }

  /** A lookup row: the model's row id and the value (null when its name is NULL). */
  private record LookupRow<T>(long model, T value) {}

  private static <T> Loaded<T> load(Handle handle, Lookup<T> lookup, Batch batch) {
    Loaded<T> loaded = new Loaded<>(lookup, batch.size);
    if (batch.size == 0) {
      return loaded;
    }
    Query query = handle
        .createQuery(Sql.of(ModelReader.class, batch.dense() ? "lookup-range" : "lookup-ids"))
        .define("junction", lookup.junction())
        .define("column", lookup.column())
        .define("table", lookup.table())
        .define("values", lookup.values());
    if (batch.dense()) {
      query.bind("first", batch.sortedIds[0]).bind("last", batch.sortedIds[batch.size - 1]);
    } else {
      query.bindList("ids", batch.ids());
    }
    RowMapper<T> value = lookup.value();
    RowMapper<LookupRow<T>> mapper =
        (rs, ctx) -> new LookupRow<>(rs.getLong(1), value.map(rs, ctx));
    long[] ids = batch.sortedIds;
    // Rows arrive ordered by model id: the reduction walks the batch's sorted ids in step (k, its
    // state).
    query.reduceRows(0, (k, view) -> {
      LookupRow<T> row = view.getRow(mapper);
      int next = k;
      while (next < ids.length && ids[next] < row.model()) {
        next++;
      }
      if (next < ids.length && ids[next] == row.model() && row.value() != null) {
        loaded.add(batch.positions[next], row.value());
      }
      return next; // a row outside the batch (a range's gap) or a NULL name: skipped
    });
    return loaded;
  }

  private static Map<LookupKind, Lookup<?>> lookups(DatabaseInfo info) {
    Map<LookupKind, Lookup<?>> out = new EnumMap<>(LookupKind.class);
    out.put(
        LookupKind.AUTHOR,
        named("model_to_author", "author_id", "author", Model.Builder::addAuthor, false));
    out.put(
        LookupKind.LICENSE,
        named("model_to_license", "license_id", "license", Model.Builder::addLicense, false));
    out.put(LookupKind.TAG, named("model_to_tag", "tag_id", "tag", Model.Builder::addTag, false));
    out.put(
        LookupKind.ARCHITECTURE,
        named(
            "model_to_architecture",
            "architecture_id",
            "architecture",
            Model.Builder::addArchitecture,
            false));
    out.put(
        LookupKind.FRAMEWORK,
        named(
            "model_to_framework", "framework_id", "framework", Model.Builder::addFramework, false));
    out.put(
        LookupKind.LIBRARY,
        named("model_to_library", "library_id", "library", Model.Builder::addLibrary, false));
    out.put(
        LookupKind.DOMAIN,
        named("model_to_domain", "domain_id", "domain", Model.Builder::addDomain, true));
    out.put(
        LookupKind.TASK,
        named("model_to_model_task", "model_task_id", "model_task", Model.Builder::addTask, true));
    out.put(
        LookupKind.DATASET,
        new Lookup<>(
            "model_to_dataset",
            "dataset_id",
            "dataset",
            info.datasetHasUrl() ? "l.name, l.url" : "l.name, NULL",
            ModelReader::dataset,
            Model.Builder::addDataset,
            false));
    out.put(
        LookupKind.PAPER,
        new Lookup<>(
            "model_to_paper",
            "paper_id",
            "paper",
            info.paperTitleColumn().equals("title") ? "l.title, l.url" : "l.name, NULL",
            ModelReader::paper,
            Model.Builder::addPaper,
            false));
    out.put(
        LookupKind.LANGUAGE,
        new Lookup<>(
            "model_to_language",
            "language_id",
            "language",
            "l.name, l.abbreviation",
            ModelReader::language,
            Model.Builder::addLanguage,
            false));
    return out;
  }

  private static Lookup<String> named(
      String junction,
      String column,
      String table,
      BiConsumer<Model.Builder, String> add,
      boolean keyless) {
    return new Lookup<>(
        junction, column, table, "l.name", (rs, ctx) -> rs.getString(2), add, keyless);
  }

  private static Dataset dataset(ResultSet rs, StatementContext ctx) throws SQLException {
    Dataset.Builder b = withName(rs, n -> Dataset.builder().name(n), Dataset.Builder::url);
    return b == null ? null : b.build();
  }

  private static Paper paper(ResultSet rs, StatementContext ctx) throws SQLException {
    Paper.Builder b = withName(rs, n -> Paper.builder().title(n), Paper.Builder::url);
    return b == null ? null : b.build();
  }

  private static Language language(ResultSet rs, StatementContext ctx) throws SQLException {
    Language.Builder b =
        withName(rs, n -> Language.builder().name(n), Language.Builder::abbreviation);
    return b == null ? null : b.build();
  }

  /** Starts a value from the name in column 2 and the optional text in column 3; null for a NULL name. */
  private static <B> B withName(
      ResultSet rs, Function<String, B> start, BiConsumer<B, String> third) throws SQLException {
    String name = rs.getString(2);
    if (name == null) {
      return null;
    }
    B builder = start.apply(name);
    String value = rs.getString(3);
    if (value != null) {
      third.accept(builder, value);
    }
    return builder;
  }
}
