package io.github.peatmoss.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.dataset.SchemaVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss dataset model ID}: one model with its lookups, reuse and (R2) extracted metadata. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description =
        "Show one model: its row, lookups, the repositories reusing it and (R2) extracted metadata.")
final class DatasetModelCommand implements Callable<Integer> {
  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption database;

  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "Model id: namespace/name, a legacy name, or owner/repo/entrypoint.")
  String id;

  @Override
  public Integer call() {
    ModelId modelId = CliIds.model(id);
    PrintWriter out = spec.commandLine().getOut();
    return database.use(spec.commandLine().getErr(), dataset -> {
      Model model = dataset
          .findModel(modelId)
          .orElseThrow(() -> new IllegalArgumentException("no model '" + id + "' in "
              + database.describe() + "; list ids with: peatmoss dataset models"));
      List<String> reusedBy = dataset.reuseLinksOf(modelId).stream()
          .map(ReuseLink::repository)
          .map(Object::toString)
          .collect(Collectors.toList());
      if (json.json) {
        Output.jsonLine(
            out,
            new Document(
                model,
                reusedBy,
                dataset.schema() == SchemaVersion.R2
                    ? dataset.findExtractedMetadata(modelId)
                    : Optional.empty()));
        return Main.OK;
      }
      out.println(model.id() + "  (" + model.hub().name() + ")");
      print(out, "sha", model.sha().orElse("-"));
      print(out, "repo url", model.repoUrl().orElse("-"));
      print(
          out,
          "downloads",
          model.downloads().isPresent()
              ? String.format("%,d", model.downloads().getAsLong())
              : "-");
      print(
          out, "likes", model.likes().isPresent() ? Long.toString(model.likes().getAsLong()) : "-");
      print(out, "snapshot", model.hasSnapshot() ? "yes" : "no");
      print(out, "authors", String.join(", ", model.authors()));
      print(out, "licenses", String.join(", ", model.licenses()));
      print(out, "tags", String.join(", ", model.tags()));
      print(out, "libraries", String.join(", ", model.libraries()));
      print(out, "frameworks", String.join(", ", model.frameworks()));
      print(out, "architectures", String.join(", ", model.architectures()));
      print(
          out,
          "datasets",
          model.datasets().stream().map(d -> d.name()).collect(Collectors.joining(", ")));
      print(
          out,
          "papers",
          model.papers().stream().map(p -> p.title()).collect(Collectors.joining(", ")));
      print(
          out,
          "languages",
          model.languages().stream().map(l -> l.name()).collect(Collectors.joining(", ")));
      if (dataset.schema() == SchemaVersion.R2) {
        print(out, "domains", String.join(", ", model.domains()));
        print(out, "tasks", String.join(", ", model.tasks()));
      }
      print(
          out,
          "reused by",
          reusedBy.isEmpty()
              ? "-"
              : reusedBy.size() + " repositories: " + String.join(", ", reusedBy));
      return Main.OK;
    });
  }

  /** The JSON document: the model's own fields, then the repositories reusing it and the extracted metadata. */
  record Document(
      @JsonUnwrapped Model model, List<String> reusedBy, Optional<ExtractedMetadata> extracted) {}

  private static void print(PrintWriter out, String label, String value) {
    out.printf("  %-13s %s%n", label, value.isEmpty() ? "-" : value);
  }
}
