package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.dataset.internal.ScaleDatasetGenerator;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale generator, run small: exact counts, the published shape of links, deterministic output. */
class ScaleDatasetGeneratorTest {
  @TempDir
  Path tmp;

  @Test
  void generate_writesExactCountsWithPublishedLinkShape() {
    Path file = tmp.resolve("scale.db");
    ScaleDatasetGenerator.generate(file, 7, 5_000, 600, 900);
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      Map<String, Long> counts = dataset.tableCounts();
      assertThat(counts)
          .containsEntry("model", 5_000L)
          .containsEntry("reuse_repository", 600L)
          .containsEntry("model_to_reuse_repository", 900L)
          .containsEntry("reuse_file", 900L);
      assertThat(counts.get("model_to_tag")).isBetween(15_000L, 30_000L);
      try (Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) {
        assertThat(links.map(LicensedReuseLink::model).distinct().count())
            .as("reused models: about 2,530 / 281,638 of all")
            .isBetween(30L, 60L);
      }
      try (Stream<io.github.peatmoss.core.model.Model> models =
          dataset.streamModels(ModelQuery.builder().hub("PyTorch").build())) {
        assertThat(models.count()).isEqualTo(362 > 5_000 / 10 ? 500 : 362);
      }
    }
  }

  @Test
  void generate_withTheSameSeed_writesTheSameDatabase() {
    Path a = tmp.resolve("a.db");
    Path b = tmp.resolve("b.db");
    ScaleDatasetGenerator.generate(a, 11, 1_000, 100, 150);
    ScaleDatasetGenerator.generate(b, 11, 1_000, 100, 150);
    assertThat(TestDatabases.dump(b)).isEqualTo(TestDatabases.dump(a));
  }
}
