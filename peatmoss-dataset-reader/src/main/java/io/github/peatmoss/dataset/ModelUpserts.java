package io.github.peatmoss.dataset;

import static io.github.peatmoss.dataset.WriterRows.number;
import static io.github.peatmoss.dataset.WriterRows.text;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.WriterRows.WrittenRow;
import io.github.peatmoss.dataset.internal.ContextIds;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** Upserts of models and of their reuse by downstream repositories (links, files, repositories). */
final class ModelUpserts {
  private static final List<String> MODEL_COLUMNS = List.of(
      "context_id", "model_hub_id", "sha", "repo_url", "downloads", "likes", "has_snapshot");

  private final WriterRows rows;
  private final Lookups lookups;
  private final SetSync sets;

  ModelUpserts(WriterRows rows, Lookups lookups, SetSync sets) {
    this.rows = rows;
    this.lookups = lookups;
    this.sets = sets;
  }

  void model(Model model) {
    Object contextId = ContextIds.bindValue(model.id().value());
    List<Object> values = Arrays.asList(
        contextId,
        lookups.hub(model.hub()),
        text(model.sha()),
        text(model.repoUrl()),
        number(model.downloads()),
        number(model.likes()),
        model.hasSnapshot());
    OptionalLong cached = lookups.cachedModelRow(model.id());
    WrittenRow row = cached.isPresent()
        ? rows.upsertRow(cached, "model", MODEL_COLUMNS, values)
        : rows.upsertByKey("model", "context_id", contextId, MODEL_COLUMNS, values);
    lookups.modelWritten(model.id(), row.id());
    named(row, "model_to_author", "author_id", "author", model.authors());
    named(row, "model_to_license", "license_id", "license", model.licenses());
    named(row, "model_to_tag", "tag_id", "tag", model.tags());
    named(row, "model_to_architecture", "architecture_id", "architecture", model.architectures());
    named(row, "model_to_framework", "framework_id", "framework", model.frameworks());
    named(row, "model_to_library", "library_id", "library", model.libraries());
    sets.syncSet(
        "model_to_dataset",
        "model_id",
        "dataset_id",
        row,
        model.datasets().stream().map(lookups::dataset).toList());
    sets.syncSet(
        "model_to_paper",
        "model_id",
        "paper_id",
        row,
        model.papers().stream().map(lookups::paper).toList());
    sets.syncSet(
        "model_to_language",
        "model_id",
        "language_id",
        row,
        model.languages().stream().map(lookups::language).toList());
    named(row, "model_to_domain", "domain_id", "domain", model.domains());
    named(row, "model_to_model_task", "model_task_id", "model_task", model.tasks());
  }

  /** Makes the model's rows of {@code junction} exactly those of the lookup rows named {@code names}. */
  private void named(
      WrittenRow model, String junction, String column, String table, List<String> names) {
    sets.syncSet(junction, "model_id", column, model, lookups.lookupAll(table, "name", names));
  }

  void reuseRepository(ReuseRepository repository) {
    long row = lookups.ensureRepository(repository.repository());
    repository
        .url()
        .ifPresent(url -> rows.update(ModelUpserts.class, "repository-url", "reuse_repository")
            .bind("url", url)
            .bind("id", row)
            .execute());
    sets.syncSet(
        "reuse_repository_to_license",
        "reuse_repository_id",
        "license_id",
        WrittenRow.existing(row),
        lookups.lookupAll("license", "name", repository.licenses()));
  }

  /** Records a reuse link once; returns the model and repository rows. */
  LinkRows link(ModelId model, RepoRef repository) {
    LinkRows link = new LinkRows(lookups.ensureModel(model), lookups.ensureRepository(repository));
    rows.update(ModelUpserts.class, "insert-link")
        .bind("model", link.model())
        .bind("repository", link.repository())
        .execute();
    return link;
  }

  void reuseFile(ReuseFile reuseFile) {
    LinkRows link = link(reuseFile.model(), reuseFile.repository());
    rows.update(ModelUpserts.class, "insert-reuse-file")
        .bind("path", reuseFile.path())
        .bind("model", link.model())
        .bind("repository", link.repository())
        .execute();
  }

  /** The rows a reuse link joins. */
  record LinkRows(long model, long repository) {}
}
