package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.ModelQuery;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.github.testing.FakeGitHub;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A GitHub world for mining tests, built around the sample database's models: repositories whose files load
 * known models (through transformers and timm), one that loads only an id the database does not know, one that
 * loads from a local path, licenses of every kind GitHub reports (SPDX ids, NOASSERTION, none), and issues and
 * pull requests on each.
 */
final class GithubMiningWorld {
  final FakeGitHub github = new FakeGitHub();
  final List<ModelId> known;

  private GithubMiningWorld(List<ModelId> known) {
    this.known = known;
  }

  /** Builds the world from the models of {@code sampleCopy}, with {@code repositories} reusing repositories. */
  static GithubMiningWorld of(Path sampleCopy, int repositories) {
    List<ModelId> ids;
    try (PeatmossDataset dataset = PeatmossDataset.open(sampleCopy);
        Stream<ModelId> all = dataset.streamModels(ModelQuery.all()).map(m -> m.id())) {
      ids = all.filter(id -> id.value().contains("/"))
          .sorted((a, b) -> a.value().compareTo(b.value()))
          .collect(Collectors.toList());
    }
    GithubMiningWorld world = new GithubMiningWorld(ids);
    String[] licenses = {"MIT", "Apache-2.0", "NOASSERTION", null, "GPL-3.0-only"};
    for (int i = 0; i < repositories; i++) {
      FakeGitHub.Repo repo = world.github.addRepo(
          String.format("reuser%02d/app-%02d", i, i), 100 - i, licenses[i % licenses.length]);
      ModelId model = ids.get(i % ids.size());
      world.github.addFile(
          repo,
          "src/train.py",
          "import transformers\n\nMODEL = \"" + model.value() + "\"\n"
              + "model = transformers.AutoModel.from_pretrained(\n    MODEL)\n");
      if (i % 2 == 0) {
        ModelId other = ids.get((i + 7) % ids.size());
        world.github.addFile(
            repo,
            "tools/embed.py",
            "import timm\nnet = timm.create_model('hf-hub:" + other.value()
                + "', pretrained=True)\n");
      }
      world.github.addIssue(repo, 1, "Loading fails", 2);
      world.github.addIssue(repo, 2, "Add a model card", 0);
      world.github.addPull(repo, 3, "Pin the model revision");
    }
    FakeGitHub.Repo unknown = world.github.addRepo("stranger/unknown-only", 5, "MIT");
    world.github.addFile(
        unknown,
        "run.py",
        "import transformers\ntransformers.AutoModel.from_pretrained("
            + "\"nobody-knows/this-model\")\n");
    FakeGitHub.Repo local = world.github.addRepo("stranger/local-path", 6, "BSD-3-Clause");
    world.github.addFile(
        local,
        "infer.py",
        "import transformers\ntransformers.AutoModel.from_pretrained("
            + "\"./checkpoints/best\")\n");
    return world;
  }
}
