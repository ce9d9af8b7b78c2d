package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.dataset.internal.ContextIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads {@code model} rows and completes them with their lookups, a batch of models at a time. */
final class ModelReader {
  static final String SELECT = "SELECT m.id, m.context_id, m.sha, m.repo_url, m.downloads, m.likes,"
      + " m.has_snapshot, h.name, h.url FROM model m LEFT JOIN model_hub h ON h.id = m.model_hub_id";

  /** A model row before its lookups are attached. */
  static final class Row {
    final long rowId;
    final String contextId;
    final String sha;
    final String repoUrl;
    final Long downloads;
    final Long likes;
    final boolean snapshot;
    final String hubName;
    final String hubUrl;

    Row(ResultSet rs) throws SQLException {
      rowId = rs.getLong(1);
      contextId = ContextIds.text(rs.getObject(2));
      sha = rs.getString(3);
      repoUrl = rs.getString(4);
      downloads = longOrNull(rs, 5);
      likes = longOrNull(rs, 6);
      snapshot = rs.getLong(7) != 0;
      hubName = rs.getString(8);
      hubUrl = rs.getString(9);
    }
  }

  private final DatabaseInfo info;
  private final java.util.concurrent.ConcurrentHashMap<String, ModelHub> hubs =
      new java.util.concurrent.ConcurrentHashMap<>();

  ModelReader(DatabaseInfo info) {
    this.info = info;
  }

  static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** Returns the ids of {@code rows} as a model-id selection for lookup queries. */
  static Selection select(List<Long> ids) {
    return Selection.of(ids);
  }

  /** Returns which of the {@code wanted} lookups this database can load; R2-only ones are skipped for R1. */
  Set<LookupKind> loadable(Set<LookupKind> wanted, boolean explicit) {
    Set<LookupKind> out = new LinkedHashSet<>();
    for (LookupKind kind : wanted) {
      if ((kind == LookupKind.DOMAIN || kind == LookupKind.TASK) && info.schema() == SchemaVersion.R1) {
        if (explicit) {
          throw new UnsupportedSchemaException("the " + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " lookup", SchemaVersion.R2, SchemaVersion.R1);
        }
        continue;
      }
      out.add(kind);
    }
    return out;
  }

  /** Completes a batch of model rows with the given lookups. */
  List<Model> complete(Handle handle, List<Row> rows, Set<LookupKind> kinds) {
    int n = rows.size();
    // Row positions sorted by row id: lookup results arrive ordered by model id and are merged in one pass.
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    java.util.Arrays.sort(boxed, (x, y) -> Long.compare(rows.get(x).rowId, rows.get(y).rowId));
    long[] sortedIds = new long[n];
    int[] positions = new int[n];
    List<Long> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      positions[i] = boxed[i];
      sortedIds[i] = rows.get(boxed[i]).rowId;
      ids.add(sortedIds[i]);
    }
    Selection selection = select(ids);
    Map<LookupKind, List<Object>[]> loaded = new EnumMap<>(LookupKind.class);
    for (LookupKind kind : kinds) {
      loaded.put(kind, lookup(handle, kind, selection, sortedIds, positions));
    }
    List<Model> models = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      java.util.Optional<ModelId> id = info.readableModelId(rows.get(i).contextId, rows.get(i).rowId);
      if (id.isPresent()) {
        models.add(toModel(rows.get(i), id.get(), i, loaded));
      }
    }
    return models;
  }

  private Model toModel(Row row, ModelId id, int position, Map<LookupKind, List<Object>[]> loaded) {
    Model.Builder b = Model.builder().id(id).hub(hub(row, id));
    if (row.sha != null) {
      b.sha(row.sha);
    }
    if (row.repoUrl != null) {
      b.repoUrl(row.repoUrl);
    }
    if (row.downloads != null) {
      b.downloads(row.downloads);
    }
    if (row.likes != null) {
      b.likes(row.likes);
    }
    b.hasSnapshot(row.snapshot);
    for (Map.Entry<LookupKind, List<Object>[]> entry : loaded.entrySet()) {
      List<Object> values = entry.getValue()[position];
      if (values == null) {
        continue;
      }
      for (Object value : values) {
        switch (entry.getKey()) {
          case AUTHOR:
            b.addAuthor((String) value);
            break;
          case LICENSE:
            b.addLicense((String) value);
            break;
          case TAG:
            b.addTag((String) value);
            break;
          case DATASET:
            b.addDataset((Dataset) value);
            break;
          case PAPER:
            b.addPaper((Paper) value);
            break;
          case LANGUAGE:
            b.addLanguage((Language) value);
            break;
          case ARCHITECTURE:
            b.addArchitecture((String) value);
            break;
          case FRAMEWORK:
            b.addFramework((String) value);
            break;
          case LIBRARY:
            b.addLibrary((String) value);
            break;
          case DOMAIN:
            b.addDomain((String) value);
            break;
          case TASK:
            b.addTask((String) value);
            break;
          default:
            throw new IllegalStateException("unknown lookup " + entry.getKey());
        }
      }
    }
    return b.build();
  }

  private ModelHub hub(Row row, ModelId id) {
    if (row.hubName == null) {
      return id.form() == ModelId.Form.PYTORCH_HUB ? ModelHub.PYTORCH_HUB : ModelHub.HUGGING_FACE;
    }
    ModelHub cached = hubs.get(row.hubName);
    if (cached != null && java.util.Objects.equals(cached.url().orElse(null), row.hubUrl)) {
      return cached;
    }
    ModelHub hub = hubOf(row);
    if (java.util.Objects.equals(hub.url().orElse(null), row.hubUrl)) {
      hubs.put(row.hubName, hub);
    }
    return hub;
  }

  private static ModelHub hubOf(Row row) {
    ModelHub known = ModelHub.named(row.hubName);
    if (known.url().isPresent() || row.hubUrl == null) {
      return known;
    }
    return ModelHub.builder().name(row.hubName).url(row.hubUrl).build();
  }

  /** Loads one lookup for the selected models: model row id to its values, in lookup-id order, NULLs skipped. */
  Map<Long, List<Object>> lookup(Handle handle, LookupKind kind, Selection selection) {
    List<Long> ids = new ArrayList<>(selection.ids());
    ids.sort(null);
    long[] sortedIds = new long[ids.size()];
    int[] positions = new int[ids.size()];
    for (int i = 0; i < sortedIds.length; i++) {
      sortedIds[i] = ids.get(i);
      positions[i] = i;
    }
    List<Object>[] values = lookup(handle, kind, selection, sortedIds, positions);
    Map<Long, List<Object>> out = new HashMap<>();
    for (int i = 0; i < sortedIds.length; i++) {
      if (values[i] != null) {
        out.put(sortedIds[i], values[i]);
      }
    }
    return out;
  }

  /**
   * Loads one lookup for the models with the given (sorted) row ids: per position, the values in lookup-id order,
   * NULL names skipped; {@code null} where a model has none.
   */
  private List<Object>[] lookup(Handle handle, LookupKind kind, Selection selection, long[] sortedIds,
      int[] positions) {
    String junction;
    String column;
    String table;
    String values;
    switch (kind) {
      case AUTHOR: junction = "model_to_author"; column = "author_id"; table = "author"; values = "l.name"; break;
      case LICENSE: junction = "model_to_license"; column = "license_id"; table = "license"; values = "l.name"; break;
      case TAG: junction = "model_to_tag"; column = "tag_id"; table = "tag"; values = "l.name"; break;
      case ARCHITECTURE:
        junction = "model_to_architecture"; column = "architecture_id"; table = "architecture"; values = "l.name";
        break;
      case FRAMEWORK:
        junction = "model_to_framework"; column = "framework_id"; table = "framework"; values = "l.name"; break;
      case LIBRARY: junction = "model_to_library"; column = "library_id"; table = "library"; values = "l.name"; break;
      case DATASET:
        junction = "model_to_dataset"; column = "dataset_id"; table = "dataset";
        values = info.datasetHasUrl() ? "l.name, l.url" : "l.name, NULL";
        break;
      case PAPER:
        junction = "model_to_paper"; column = "paper_id"; table = "paper";
        values = info.paperTitleColumn().equals("title") ? "l.title, l.url" : "l.name, NULL";
        break;
      case LANGUAGE:
        junction = "model_to_language"; column = "language_id"; table = "language"; values = "l.name, l.abbreviation";
        break;
      case DOMAIN: junction = "model_to_domain"; column = "domain_id"; table = "domain"; values = "l.name"; break;
      case TASK:
        junction = "model_to_model_task"; column = "model_task_id"; table = "model_task"; values = "l.name"; break;
      default:
        throw new IllegalStateException("unknown lookup " + kind);
    }
    String sql = "SELECT j.model_id, " + values + " FROM " + junction + " j JOIN " + table + " l ON l.id = j."
        + column + " WHERE j.model_id " + selection.clause() + " ORDER BY j.model_id, j." + column;
    Query query = handle.createQuery(sql);
    selection.bind(query, 0);
    @SuppressWarnings("unchecked")
    List<Object>[] out = (List<Object>[]) new List<?>[sortedIds.length];
    boolean keyless = kind == LookupKind.DOMAIN || kind == LookupKind.TASK;
    query.scanResultSet((supplier, ctx) -> {
      int k = 0;
      try (ResultSet rs = supplier.get()) {
        while (rs.next()) {
          long model = rs.getLong(1);
          while (k < sortedIds.length && sortedIds[k] < model) {
            k++;
          }
          if (k == sortedIds.length) {
            break;
          }
          if (sortedIds[k] != model) {
            continue;
          }
          String name = rs.getString(2);
          if (name == null) {
            continue;
          }
          Object value;
          switch (kind) {
            case DATASET: {
              Dataset.Builder d = Dataset.builder().name(name);
              String url = rs.getString(3);
              if (url != null) {
                d.url(url);
              }
              value = d.build();
              break;
            }
            case PAPER: {
              Paper.Builder p = Paper.builder().title(name);
              String url = rs.getString(3);
              if (url != null) {
                p.url(url);
              }
              value = p.build();
              break;
            }
            case LANGUAGE: {
              Language.Builder l = Language.builder().name(name);
              String abbreviation = rs.getString(3);
              if (abbreviation != null) {
                l.abbreviation(abbreviation);
              }
              value = l.build();
              break;
            }
            default:
              value = name;
          }
          List<Object> list = out[positions[k]];
          if (list == null) {
            list = new ArrayList<>(4);
            out[positions[k]] = list;
          }
          // R2's key-less junctions may repeat a row; a model has each value once.
          if (!keyless || !list.contains(value)) {
            list.add(value);
          }
        }
      }
      return null;
    });
    return out;
  }
}
