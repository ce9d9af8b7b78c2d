package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.internal.SampleDatasetGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample: one call to open, every table filled, the quirks, and license conflicts to find. */
class SampleDatasetTest {
  @TempDir
  Path tmp;

  @Test
  void openSample_isR2WithEveryTableFilled() {
    try (PeatmossDataset dataset = PeatmossDataset.openSample()) {
      assertThat(dataset.schema()).isEqualTo(SchemaVersion.R2);
      Map<String, Long> counts = dataset.tableCounts();
      assertThat(counts).hasSize(76);
      assertThat(counts)
          .allSatisfy((table, count) -> assertThat(count).as(table).isPositive());
    }
  }

  @Test
  void openSample_isSmallAndItsTemporaryCopyIsDeletedOnClose() throws Exception {
    Path file;
    try (PeatmossDataset dataset = PeatmossDataset.openSample()) {
      file = dataset.file();
      assertThat(Files.size(file)).isLessThan(4L * 1024 * 1024);
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void sample_holdsThePublishedQuirks() {
    try (PeatmossDataset dataset = PeatmossDataset.openSample()) {
      assertThat(dataset.findModel(ModelId.of("12345"))).isPresent();
      assertThat(dataset.findModel(ModelId.of("007")))
          .hasValueSatisfying(m -> assertThat(m.id().value()).isEqualTo("007"));
      assertThat(dataset.findModel(ModelId.of("7"))).isEmpty();
      Model orphan =
          dataset.findModel(ModelId.of("orphan-model-without-metadata")).orElseThrow();
      assertThat(orphan.downloads()).isEmpty();
      assertThat(orphan.licenses()).isEmpty();
      // R2's key-less junctions repeat rows in the published file, and so in the sample ...
      try (Stream<Map<String, Object>> rows = dataset.streamTable("model_to_domain")) {
        List<String> pairs = rows.map(r -> r.get("model_id") + "/" + r.get("domain_id"))
            .collect(Collectors.toList());
        assertThat(pairs.stream().distinct().count()).isLessThan(pairs.size());
      }
      // ... and models read each domain once.
      try (Stream<Model> models = dataset.streamModels(ModelQuery.all())) {
        assertThat(models).allSatisfy(m -> assertThat(m.domains()).doesNotHaveDuplicates());
      }
    }
  }

  @Test
  void sample_hasLicenseConflictsBetweenModelsAndRepositories() {
    try (PeatmossDataset dataset = PeatmossDataset.openSample();
        Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) {
      List<LicensedReuseLink> all = links.collect(Collectors.toList());
      assertThat(all).hasSizeGreaterThan(100);
      assertThat(all).anySatisfy(l -> {
        assertThat(l.modelLicenses()).containsExactly("gpl-3.0");
        assertThat(l.repositoryLicenses()).containsExactly("MIT");
      });
      assertThat(all).anySatisfy(l -> {
        assertThat(l.modelLicenses()).containsExactly("cc-by-nc-4.0");
        assertThat(l.repositoryLicenses()).containsExactly("MIT");
      });
      assertThat(all).anySatisfy(l -> {
        assertThat(l.modelLicenses()).containsExactly("apache-2.0");
        assertThat(l.repositoryLicenses()).containsExactly("GPL-2.0-only");
      });
      assertThat(all).anySatisfy(l -> assertThat(l.modelLicenses()).isEmpty());
      assertThat(all).anySatisfy(l -> assertThat(l.repositoryLicenses()).isEmpty());
    }
  }

  /**
   * The bundled sample is what the generator writes (the build generates it with a fixed seed), so the file
   * users get and the generator's code cannot drift apart: generated again, every row of every table is equal.
   */
  @Test
  void generator_writesExactlyTheBundledSample() throws Exception {
    Path generated = tmp.resolve("generated.db");
    Files.writeString(generated, "an earlier file, replaced");
    SampleDatasetGenerator.main(new String[] {generated.toString()});
    Path bundled = PeatmossDataset.copySample(tmp.resolve("bundled.db"));
    assertThat(TestDatabases.dump(generated)).isEqualTo(TestDatabases.dump(bundled));
    assertThatThrownBy(() -> SampleDatasetGenerator.main(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: SampleDatasetGenerator OUTPUT.db");
  }

  @Test
  void copySample_givesAFreshWritableCopyEachTime() throws Exception {
    Path first = PeatmossDataset.copySample(tmp.resolve("a/sample.db"));
    try (PeatmossWriter writer = PeatmossWriter.open(first)) {
      writer.write(batch -> batch.upsertModel(Model.builder()
          .id(ModelId.of("new-org/new-model"))
          .hub(io.github.peatmoss.core.model.ModelHub.HUGGING_FACE)
          .build()));
    }
    Path second = PeatmossDataset.copySample(tmp.resolve("b/sample.db"));
    try (PeatmossDataset a = PeatmossDataset.open(first);
        PeatmossDataset b = PeatmossDataset.open(second)) {
      assertThat(a.findModel(ModelId.of("new-org/new-model"))).isPresent();
      assertThat(b.findModel(ModelId.of("new-org/new-model"))).isEmpty();
    }
  }

  @Test
  void aClosedDataset_refusesCalls_andClosingAgainIsHarmless() {
    PeatmossDataset dataset = PeatmossDataset.openSample();
    Path file = dataset.file();
    dataset.close();
    dataset.close();
    assertThat(file).doesNotExist();
    assertThatThrownBy(() -> dataset.findModel(ModelId.of("12345")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dataset " + file + " is closed; open it again");
    assertThatThrownBy(() -> dataset.streamTable("model"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dataset " + file + " is closed; open it again");
  }
}
