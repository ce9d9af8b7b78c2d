package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.core.model.RepoRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Reads a model's LLM-extracted metadata from the R2 tables. Every value gets {@link Provenance#DATASET}: the
 * published database keeps no finer record of where a value came from. Key-less R2 tables may repeat a row; each
 * value is returned once.
 */
final class MetadataReader {
  private MetadataReader() {}

  static ExtractedMetadata read(Handle handle, ModelId model, long row) {
    ExtractedMetadata.Builder b = ExtractedMetadata.builder().model(model);
    rows(handle, "parameter-count", (rs, ctx) -> rs.getLong(1), row).stream()
        .findFirst()
        .ifPresent(count -> b.parameterCount(of(count)));
    rows(handle, "carbon-emitted", (rs, ctx) -> rs.getDouble(1), row).stream()
        .findFirst()
        .ifPresent(grams -> b.carbonEmittedGrams(of(grams)));
    for (Hardware h : rows(
        handle,
        "hardware",
        (rs, ctx) -> {
          Hardware.Builder hw = Hardware.builder().name(rs.getString(1));
          double hours = rs.getDouble(2);
          if (!rs.wasNull()) {
            hw.hoursUsed(hours);
          }
          ActivityReader.setIfPresent(rs.getString(3), hw::cloudProvider);
          ActivityReader.setIfPresent(rs.getString(4), hw::computeRegion);
          return hw.build();
        },
        row)) {
      b.addHardware(of(h));
    }
    for (String value : texts(handle, "hyper-parameters", row)) {
      b.addHyperParameter(of(HyperParameter.builder().value(value).build()));
    }
    for (EvaluationMetric m : distinct(rows(
        handle,
        "evaluation-metrics",
        (rs, ctx) -> {
          EvaluationMetric.Builder metric =
              EvaluationMetric.builder().test(rs.getString(1)).result(rs.getString(3));
          ActivityReader.setIfPresent(rs.getString(2), metric::dataset);
          return metric.build();
        },
        row))) {
      b.addEvaluationMetric(of(m));
    }
    texts(handle, "evaluation-links", row).forEach(v -> b.addEvaluationLink(of(v)));
    for (BaseModel base : distinct(rows(
        handle,
        "base-models",
        (rs, ctx) -> {
          String name = rs.getString(1);
          BaseModel.Builder bm = BaseModel.builder().name(name);
          ActivityReader.setIfPresent(rs.getString(2), bm::url);
          try {
            bm.id(ModelId.of(name));
          } catch (IllegalArgumentException notAnId) {
            // a free-text base model name; the id stays empty
          }
          return bm.build();
        },
        row))) {
      b.addBaseModel(of(base));
    }
    texts(handle, "demos", row).forEach(v -> b.addDemo(of(v)));
    texts(handle, "grants", row).forEach(v -> b.addGrant(of(v)));
    texts(handle, "input-formats", row).forEach(v -> b.addInputFormat(of(v)));
    texts(handle, "output-formats", row).forEach(v -> b.addOutputFormat(of(v)));
    texts(handle, "limitations", row).forEach(v -> b.addLimitation(of(v)));
    for (Dataset d : rows(
        handle,
        "datasets",
        (rs, ctx) -> {
          Dataset.Builder db = Dataset.builder().name(rs.getString(1));
          ActivityReader.setIfPresent(rs.getString(2), db::url);
          return db.build();
        },
        row)) {
      b.addDataset(of(d));
    }
    lookup(handle, "model_to_license", "license_id", "license", row).stream()
        .findFirst()
        .ifPresent(l -> b.license(of(l)));
    for (Paper p : rows(
        handle,
        "papers",
        (rs, ctx) -> {
          Paper.Builder pb = Paper.builder().title(rs.getString(1));
          ActivityReader.setIfPresent(rs.getString(2), pb::url);
          return pb.build();
        },
        row)) {
      b.addPaper(of(p));
    }
    for (RepoRef repo : rows(
        handle,
        "github-repositories",
        (rs, ctx) -> {
          String owner = rs.getString(1);
          String name = rs.getString(2);
          String url = rs.getString(3);
          try {
            return owner != null && name != null ? RepoRef.of(owner, name) : RepoRef.parse(url);
          } catch (IllegalArgumentException | NullPointerException notARepo) {
            return null; // the LLM sometimes named something that is not a GitHub repository
          }
        },
        row)) {
      b.addGithubRepository(of(repo));
    }
    lookup(handle, "model_to_domain", "domain_id", "domain", row).forEach(v -> b.addDomain(of(v)));
    lookup(handle, "model_to_model_task", "model_task_id", "model_task", row)
        .forEach(v -> b.addTask(of(v)));
    lookup(handle, "model_to_language", "language_id", "language", row)
        .forEach(v -> b.addLanguage(of(v)));
    lookup(handle, "model_to_framework", "framework_id", "framework", row)
        .forEach(v -> b.addFramework(of(v)));
    lookup(handle, "model_to_library", "library_id", "library", row)
        .forEach(v -> b.addLibrary(of(v)));
    return b.build();
  }

  private static List<String> lookup(
      Handle handle, String junction, String column, String table, long row) {
    return distinct(ActivityReader.query(handle, MetadataReader.class, "lookup")
        .define("junction", junction)
        .define("column", column)
        .define("table", table)
        .bind("model", row)
        .mapTo(String.class)
        .list());
  }

  private static List<String> texts(Handle handle, String name, long row) {
    return distinct(rows(handle, name, (rs, ctx) -> rs.getString(1), row));
  }

  /** Returns the values resource {@code MetadataReader/<name>.sql} maps for a model, leaving out nulls. */
  private static <T> List<T> rows(Handle handle, String name, RowMapper<T> mapper, long row) {
    return ActivityReader.query(handle, MetadataReader.class, name)
        .bind("model", row)
        .map(mapper)
        .list()
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }

  private static <T> List<T> distinct(List<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private static <T> Extracted<T> of(T value) {
    return Extracted.of(value, Provenance.DATASET);
  }
}
