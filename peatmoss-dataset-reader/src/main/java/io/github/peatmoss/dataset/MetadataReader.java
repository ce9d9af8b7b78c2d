package io.github.peatmoss.dataset;

import static io.github.peatmoss.dataset.ActivityReader.rows;

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
import org.jdbi.v3.core.Handle;

/**
 * Reads a model's LLM-extracted metadata from the R2 tables. Every value gets {@link Provenance#DATASET}: the
 * published database keeps no finer record of where a value came from. Key-less R2 tables may repeat a row; each
 * value is returned once.
 */
final class MetadataReader {
  private MetadataReader() {}

  static ExtractedMetadata read(Handle handle, ModelId model, long row) {
    ExtractedMetadata.Builder b = ExtractedMetadata.builder().model(model);
    rows(handle, "SELECT count FROM parameter_count WHERE model_id = ? ORDER BY id", rs -> rs.getLong(1), row)
        .stream().findFirst().ifPresent(count -> b.parameterCount(of(count)));
    rows(handle, "SELECT value FROM carbon_emitted WHERE model_id = ? ORDER BY id", rs -> rs.getDouble(1), row)
        .stream().findFirst().ifPresent(grams -> b.carbonEmittedGrams(of(grams)));
    for (Hardware h : rows(handle, "SELECT h.name, j.hours_used, j.cloud_provider, j.compute_region FROM"
        + " model_to_hardware j JOIN hardware h ON h.id = j.hardware_id WHERE j.model_id = ? ORDER BY j.rowid", rs -> {
          Hardware.Builder hw = Hardware.builder().name(rs.getString(1));
          double hours = rs.getDouble(2);
          if (!rs.wasNull()) {
            hw.hoursUsed(hours);
          }
          ActivityReader.setIfPresent(rs.getString(3), hw::cloudProvider);
          ActivityReader.setIfPresent(rs.getString(4), hw::computeRegion);
          return hw.build();
        }, row)) {
      b.addHardware(of(h));
    }
    for (String value : texts(handle, "SELECT value FROM hyper_parameters WHERE model_id = ? ORDER BY id", row)) {
      b.addHyperParameter(of(HyperParameter.builder().value(value).build()));
    }
    for (EvaluationMetric m : distinct(rows(handle, "SELECT e.test, d.name, e.result FROM evaluation_metric e"
        + " LEFT JOIN dataset d ON d.id = e.dataset_id WHERE e.model_id = ? ORDER BY e.id", rs -> {
          EvaluationMetric.Builder metric = EvaluationMetric.builder().test(rs.getString(1)).result(rs.getString(3));
          ActivityReader.setIfPresent(rs.getString(2), metric::dataset);
          return metric.build();
        }, row))) {
      b.addEvaluationMetric(of(m));
    }
    texts(handle, "SELECT url FROM evaluation_link WHERE model_id = ? ORDER BY id", row)
        .forEach(v -> b.addEvaluationLink(of(v)));
    for (BaseModel base : distinct(rows(handle, "SELECT base_model_name, base_model_url, base_model_id FROM"
        + " model_to_base_model WHERE model_id = ? ORDER BY rowid", rs -> {
          String name = rs.getString(1);
          BaseModel.Builder bm = BaseModel.builder().name(name);
          ActivityReader.setIfPresent(rs.getString(2), bm::url);
          try {
            bm.id(ModelId.of(name));
          } catch (IllegalArgumentException notAnId) {
            // a free-text base model name; the id stays empty
          }
          return bm.build();
        }, row))) {
      b.addBaseModel(of(base));
    }
    texts(handle, "SELECT demo FROM demo WHERE model_id = ? ORDER BY id", row).forEach(v -> b.addDemo(of(v)));
    texts(handle, "SELECT g.name FROM model_to_grant j JOIN \"grant\" g ON g.id = j.grant_id WHERE j.model_id = ?"
        + " ORDER BY j.rowid", row).forEach(v -> b.addGrant(of(v)));
    texts(handle, "SELECT format FROM input_format WHERE model_id = ? ORDER BY id", row)
        .forEach(v -> b.addInputFormat(of(v)));
    texts(handle, "SELECT format FROM output_format WHERE model_id = ? ORDER BY id", row)
        .forEach(v -> b.addOutputFormat(of(v)));
    texts(handle, "SELECT value FROM limitation_and_bias WHERE model_id = ? ORDER BY id", row)
        .forEach(v -> b.addLimitation(of(v)));
    for (Dataset d : rows(handle, "SELECT d.name, d.url FROM model_to_dataset j JOIN dataset d ON d.id ="
        + " j.dataset_id WHERE j.model_id = ? AND d.name IS NOT NULL ORDER BY j.dataset_id", rs -> {
          Dataset.Builder db = Dataset.builder().name(rs.getString(1));
          ActivityReader.setIfPresent(rs.getString(2), db::url);
          return db.build();
        }, row)) {
      b.addDataset(of(d));
    }
    texts(handle, "SELECT l.name FROM model_to_license j JOIN license l ON l.id = j.license_id WHERE j.model_id = ?"
        + " ORDER BY j.license_id", row).stream().findFirst().ifPresent(l -> b.license(of(l)));
    for (Paper p : rows(handle, "SELECT p.title, p.url FROM model_to_paper j JOIN paper p ON p.id = j.paper_id"
        + " WHERE j.model_id = ? AND p.title IS NOT NULL ORDER BY j.paper_id", rs -> {
          Paper.Builder pb = Paper.builder().title(rs.getString(1));
          ActivityReader.setIfPresent(rs.getString(2), pb::url);
          return pb.build();
        }, row)) {
      b.addPaper(of(p));
    }
    for (Object[] repo : rows(handle, "SELECT owner, name, url FROM github_repo WHERE model_id = ? ORDER BY id",
        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)}, row)) {
      try {
        b.addGithubRepository(of(repo[0] != null && repo[1] != null ? RepoRef.of((String) repo[0], (String) repo[1])
            : RepoRef.parse((String) repo[2])));
      } catch (IllegalArgumentException | NullPointerException notARepo) {
        // the LLM sometimes named something that is not a GitHub repository; it is not one to return
      }
    }
    lookup(handle, "model_to_domain", "domain_id", "domain", row).forEach(v -> b.addDomain(of(v)));
    lookup(handle, "model_to_model_task", "model_task_id", "model_task", row).forEach(v -> b.addTask(of(v)));
    lookup(handle, "model_to_language", "language_id", "language", row).forEach(v -> b.addLanguage(of(v)));
    lookup(handle, "model_to_framework", "framework_id", "framework", row).forEach(v -> b.addFramework(of(v)));
    lookup(handle, "model_to_library", "library_id", "library", row).forEach(v -> b.addLibrary(of(v)));
    return b.build();
  }

  private static List<String> lookup(Handle handle, String junction, String column, String table, long row) {
    return texts(handle, "SELECT l.name FROM " + junction + " j JOIN " + table + " l ON l.id = j." + column
        + " WHERE j.model_id = ? ORDER BY j." + column, row);
  }

  private static List<String> texts(Handle handle, String sql, long row) {
    return distinct(rows(handle, sql, rs -> rs.getString(1), row));
  }

  private static <T> List<T> distinct(List<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private static <T> Extracted<T> of(T value) {
    return Extracted.of(value, Provenance.DATASET);
  }
}
