package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss dataset reuse ID}: the downstream repositories reusing a model, or the models a repository reuses. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
    description = {"Show reuse: the repositories that reuse model ID, with their licenses and files;",
        "with --repository, the models that GitHub repository ID (owner/name) reuses."})
final class DatasetReuseCommand implements Callable<Integer> {
  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption database;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A model id, or with --repository a GitHub owner/name.")
  String id;

  @Option(names = "--repository", description = "Read ID as a downstream GitHub repository.")
  boolean repository;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (PeatmossDataset dataset = database.open()) {
      if (repository) {
        RepoRef repo = CliIds.repository(id);
        Optional<ReuseRepository> found = dataset.findReuseRepository(repo);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no reuse repository '" + id + "' in " + database.describe()
              + "; list a model's repositories with: peatmoss dataset reuse MODEL_ID");
        }
        List<ReuseFile> files = dataset.reuseFilesOf(repo);
        for (ReuseLink link : dataset.reuseLinksOf(repo)) {
          List<String> paths = files.stream().filter(f -> f.model().equals(link.model())).map(ReuseFile::path)
              .collect(Collectors.toList());
          List<String> modelLicenses = dataset.findModel(link.model()).map(m -> m.licenses()).orElse(List.of());
          print(out, link.model().value(), modelLicenses, found.get(), paths);
        }
      } else {
        ModelId model = CliIds.model(id);
        if (dataset.findModel(model).isEmpty()) {
          throw new IllegalArgumentException("no model '" + id + "' in " + database.describe()
              + "; list ids with: peatmoss dataset models");
        }
        List<String> modelLicenses = dataset.findModel(model).get().licenses();
        List<ReuseFile> files = dataset.reuseFilesOf(model);
        for (ReuseLink link : dataset.reuseLinksOf(model)) {
          ReuseRepository repo = dataset.findReuseRepository(link.repository())
              .orElse(ReuseRepository.builder().repository(link.repository()).build());
          List<String> paths = files.stream().filter(f -> f.repository().equals(link.repository()))
              .map(ReuseFile::path).collect(Collectors.toList());
          print(out, model.value(), modelLicenses, repo, paths);
        }
      }
    }
    return Main.OK;
  }

  private void print(PrintWriter out, String model, List<String> modelLicenses, ReuseRepository repo,
      List<String> paths) {
    if (json.json) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("model", model);
      line.put("modelLicenses", modelLicenses);
      line.put("repository", repo.repository().fullName());
      line.put("repositoryLicenses", repo.licenses());
      line.put("files", paths);
      Output.jsonLine(out, line);
    } else {
      out.printf("%-45s %-22s <- %-40s %s%n", model, modelLicenses.isEmpty() ? "(no license)"
          : String.join(", ", modelLicenses), repo.repository().fullName(),
          repo.licenses().isEmpty() ? "(no license)" : String.join(", ", repo.licenses()));
      paths.forEach(p -> out.println("    " + p));
    }
  }
}
