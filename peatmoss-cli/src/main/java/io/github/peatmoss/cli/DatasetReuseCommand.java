package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseRepository;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss dataset reuse ID}: the downstream repositories reusing a model, or the models a repository reuses. */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    description = {
      "Show reuse: the repositories that reuse model ID, with their licenses and files;",
      "with --repository, the models that GitHub repository ID (owner/name) reuses."
    })
final class DatasetReuseCommand implements Callable<Integer> {
  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption database;

  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "A model id, or with --repository a GitHub owner/name.")
  String id;

  @Option(names = "--repository", description = "Read ID as a downstream GitHub repository.")
  boolean repository;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return database.use(spec.commandLine().getErr(), dataset -> {
      if (!json.json) {
        Output.header(
            out, "%-45s %-22s    %-40s %s%n", "MODEL", "MODEL LICENSES", "REUSED BY", "LICENSES");
      }
      if (repository) {
        RepoRef repo = CliIds.repository(id);
        ReuseRepository found = dataset
            .findReuseRepository(repo)
            .orElseThrow(() -> new IllegalArgumentException(
                "no reuse repository '" + id + "' in " + database.describe()
                    + "; list a model's repositories with: peatmoss dataset reuse MODEL_ID"));
        Map<String, List<String>> paths =
            byKey(dataset.reuseFilesOf(repo), f -> f.model().value());
        for (Model model : dataset.modelsReusedBy(repo)) {
          print(
              out,
              model.id().value(),
              model.licenses(),
              found,
              paths.getOrDefault(model.id().value(), List.of()));
        }
      } else {
        ModelId modelId = CliIds.model(id);
        Model model = dataset
            .findModel(modelId)
            .orElseThrow(() -> new IllegalArgumentException("no model '" + id + "' in "
                + database.describe() + "; list ids with: peatmoss dataset models"));
        Map<String, List<String>> paths =
            byKey(dataset.reuseFilesOf(modelId), f -> f.repository().fullName());
        for (ReuseRepository repo : dataset.reuseRepositoriesOf(modelId)) {
          print(
              out,
              modelId.value(),
              model.licenses(),
              repo,
              paths.getOrDefault(repo.repository().fullName(), List.of()));
        }
      }
      return Main.OK;
    });
  }

  private static Map<String, List<String>> byKey(
      List<ReuseFile> files, Function<ReuseFile, String> key) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ReuseFile file : files) {
      out.computeIfAbsent(key.apply(file), k -> new ArrayList<>()).add(file.path());
    }
    return out;
  }

  private void print(
      PrintWriter out,
      String model,
      List<String> modelLicenses,
      ReuseRepository repo,
      List<String> paths) {
    if (json.json) {
      Output.jsonLine(
          out,
          new Line(model, modelLicenses, repo.repository().fullName(), repo.licenses(), paths));
    } else {
      out.printf(
          "%-45s %-22s <- %-40s %s%n",
          model,
          modelLicenses.isEmpty() ? "(no license)" : String.join(", ", modelLicenses),
          repo.repository().fullName(),
          repo.licenses().isEmpty() ? "(no license)" : String.join(", ", repo.licenses()));
      paths.forEach(p -> out.println("    " + p));
    }
  }

  /** One JSON line: a model, a repository reusing it, both sides' licenses as stored, and the files. */
  record Line(
      String model,
      List<String> modelLicenses,
      String repository,
      List<String> repositoryLicenses,
      List<String> files) {}
}
