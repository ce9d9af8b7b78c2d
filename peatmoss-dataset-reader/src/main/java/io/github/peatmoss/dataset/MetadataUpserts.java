package io.github.peatmoss.dataset;

import static io.github.peatmoss.dataset.WriterRows.number;
import static io.github.peatmoss.dataset.WriterRows.text;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.WriterRows.WrittenRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Upserts of a model's LLM-extracted metadata into the R2 tables: its own rows are replaced by what was
 * extracted; the lookups it shares with the model row are added to, never removed.
 */
final class MetadataUpserts {
  private final Lookups lookups;
  private final SetSync sets;

  MetadataUpserts(Lookups lookups, SetSync sets) {
    this.lookups = lookups;
    this.sets = sets;
  }

  void metadata(ExtractedMetadata metadata) {
    WrittenRow model = WrittenRow.existing(lookups.ensureModel(metadata.model()));
    sets.syncRows(
        "parameter_count",
        "model_id",
        model,
        List.of("count"),
        metadata.parameterCount().map(p -> List.of(List.<Object>of(p.value()))).orElse(List.of()));
    sets.syncRows(
        "carbon_emitted",
        "model_id",
        model,
        List.of("value"),
        metadata
            .carbonEmittedGrams()
            .map(c -> List.of(List.<Object>of(Math.round(c.value()))))
            .orElse(List.of()));
    List<List<Object>> hardware = new ArrayList<>();
    Set<Long> seenHardware = new HashSet<>();
    for (Extracted<Hardware> h : metadata.hardware()) {
      long id = lookups.lookup("hardware", "name", h.value().name());
      if (seenHardware.add(id)) {
        hardware.add(Arrays.asList(
            id,
            number(h.value().hoursUsed()),
            text(h.value().cloudProvider()),
            text(h.value().computeRegion())));
      }
    }
    sets.syncRows(
        "model_to_hardware",
        "model_id",
        model,
        List.of("hardware_id", "hours_used", "cloud_provider", "compute_region"),
        hardware);
    List<List<Object>> hyper = new ArrayList<>();
    for (Extracted<HyperParameter> h : metadata.hyperParameters()) {
      hyper.add(List.of(h.value()
          .name()
          .map(n -> n + "=" + h.value().value())
          .orElse(h.value().value())));
    }
    sets.syncRows("hyper_parameters", "model_id", model, List.of("value"), distinct(hyper));
    List<List<Object>> metrics = new ArrayList<>();
    for (Extracted<EvaluationMetric> m : metadata.evaluationMetrics()) {
      long dataset = lookups.lookup("dataset", "name", m.value().dataset().orElse("unknown"));
      metrics.add(List.of(m.value().test(), dataset, m.value().result()));
    }
    sets.syncRows(
        "evaluation_metric",
        "model_id",
        model,
        List.of("test", "dataset_id", "result"),
        distinct(metrics));
    sets.syncRows(
        "evaluation_link", "model_id", model, List.of("url"), single(metadata.evaluationLinks()));
    sets.syncRows("demo", "model_id", model, List.of("demo"), single(metadata.demos()));
    sets.syncRows(
        "input_format", "model_id", model, List.of("format"), single(metadata.inputFormats()));
    sets.syncRows(
        "output_format", "model_id", model, List.of("format"), single(metadata.outputFormats()));
    sets.syncRows(
        "limitation_and_bias", "model_id", model, List.of("value"), single(metadata.limitations()));
    sets.syncSet(
        "model_to_grant",
        "model_id",
        "grant_id",
        model,
        lookups.lookupAll(
            "grant", "name", metadata.grants().stream().map(Extracted::value).toList()));
    List<List<Object>> repos = new ArrayList<>();
    for (Extracted<RepoRef> r : metadata.githubRepositories()) {
      repos.add(List.of(r.value().owner(), r.value().name(), r.value().url().toString()));
    }
    sets.syncRows(
        "github_repo", "model_id", model, List.of("owner", "name", "url"), distinct(repos));
    List<List<Object>> bases = new ArrayList<>();
    for (Extracted<BaseModel> b : metadata.baseModels()) {
      Long baseRow = null;
      if (b.value().id().isPresent()) {
        OptionalLong found = lookups.modelRow(b.value().id().get());
        baseRow = found.isPresent() ? found.getAsLong() : null;
      }
      bases.add(Arrays.asList(b.value().name(), text(b.value().url()), baseRow));
    }
    sets.syncRows(
        "model_to_base_model",
        "model_id",
        model,
        List.of("base_model_name", "base_model_url", "base_model_id"),
        distinctBase(bases));
    sets.addToSet(
        "model_to_dataset",
        "model_id",
        "dataset_id",
        model,
        metadata.datasets().stream().map(d -> lookups.dataset(d.value())).toList());
    if (metadata.license().isPresent()) {
      sets.addToSet(
          "model_to_license",
          "model_id",
          "license_id",
          model,
          List.of(lookups.lookup("license", "name", metadata.license().get().value())));
    }
    sets.addToSet(
        "model_to_paper",
        "model_id",
        "paper_id",
        model,
        metadata.papers().stream().map(p -> lookups.paper(p.value())).toList());
    sets.addToSet(
        "model_to_language",
        "model_id",
        "language_id",
        model,
        lookups.lookupAll(
            "language",
            "name",
            metadata.languages().stream().map(Extracted::value).toList()));
    addNamed(model, "model_to_framework", "framework_id", "framework", metadata.frameworks());
    addNamed(model, "model_to_library", "library_id", "library", metadata.libraries());
    addNamed(model, "model_to_domain", "domain_id", "domain", metadata.domains());
    addNamed(model, "model_to_model_task", "model_task_id", "model_task", metadata.tasks());
  }

  private void addNamed(
      WrittenRow model,
      String junction,
      String column,
      String table,
      List<Extracted<String>> names) {
    sets.addToSet(
        junction, "model_id", column, model, lookups.lookupAll(table, "name", values(names)));
  }

  private static List<String> values(List<Extracted<String>> extracted) {
    return extracted.stream().map(Extracted::value).distinct().toList();
  }

  private static List<List<Object>> single(List<Extracted<String>> extracted) {
    return values(extracted).stream().map(value -> List.<Object>of(value)).toList();
  }

  private static List<List<Object>> distinct(List<List<Object>> rows) {
    return new ArrayList<>(new LinkedHashSet<>(rows));
  }

  /** Keeps the first row per base model row; rows without one (not in the database) are all kept. */
  private static List<List<Object>> distinctBase(List<List<Object>> rows) {
    Set<Object> seen = new HashSet<>();
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.get(2) == null || seen.add(row.get(2))) {
        out.add(row);
      }
    }
    return out;
  }
}
