package io.github.peatmoss.examples;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.ModelQuery;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.PeatmossWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads a PeaTMOSS database: the bundled sample, or the file given as the only argument (for example the
 * published {@code PeaTMOSS.db}). Prints the schema generation, the most downloaded models, the MIT-licensed
 * ones, the reuse links whose licenses differ, then writes one model into a copy with the writer.
 */
public final class ReadSampleDataset {
  private ReadSampleDataset() {}

  /** Runs the example. */
  public static void main(String[] args) throws Exception {
    try (PeatmossDataset dataset =
        args.length > 0 ? PeatmossDataset.open(Path.of(args[0])) : PeatmossDataset.openSample()) {
      System.out.println(
          "schema " + dataset.schema() + ", " + dataset.tableCounts().get("model") + " models");

      for (Model m : dataset.listModels(ModelQuery.topByDownloads(3))) { // small: a List
        System.out.println(
            m.id() + " " + m.downloads().orElse(0) + " downloads, licenses " + m.licenses());
      }

      try (Stream<Model> models =
          dataset.streamModels(ModelQuery.builder().license("mit").build())) { // a cursor
        models.limit(3).forEach(m -> System.out.println("mit: " + m.id() + " tags " + m.tags()));
      }

      try (Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) { // R2 files only
        links
            .filter(l -> !l.modelLicenses().isEmpty() && !l.repositoryLicenses().isEmpty())
            .filter(l -> !l.modelLicenses()
                .get(0)
                .equalsIgnoreCase(l.repositoryLicenses().get(0)))
            .limit(3)
            .forEach(l -> System.out.println(l.model() + " " + l.modelLicenses() + " used by "
                + l.repository() + " " + l.repositoryLicenses()));
      }
    }

    Path copy =
        PeatmossDataset.copySample(Files.createTempDirectory("peatmoss-").resolve("mine.db"));
    try (PeatmossWriter writer = PeatmossWriter.open(copy)) { // one transaction per batch
      writer.write(batch -> batch.upsertModel(Model.builder()
          .id(ModelId.of("my-org/my-model"))
          .hub(io.github.peatmoss.core.model.ModelHub.HUGGING_FACE)
          .addLicense("apache-2.0")
          .build()));
    }
    try (PeatmossDataset mine = PeatmossDataset.open(copy)) {
      System.out.println("written: "
          + mine.findModel(ModelId.of("my-org/my-model")).orElseThrow().licenses());
    }
  }
}
