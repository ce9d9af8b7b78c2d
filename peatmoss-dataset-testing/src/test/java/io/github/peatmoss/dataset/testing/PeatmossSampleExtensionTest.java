package io.github.peatmoss.dataset.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.dataset.SchemaVersion;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PeatmossSampleExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeatmossSampleExtensionTest {
  private static final ModelId ADDED = ModelId.of("fixture-test/added-model");
  private static Path firstCopy;

  @Test
  @Order(1)
  void sampleDatabase_isAWritableCopy(@SampleDatabase Path copy) {
    firstCopy = copy;
    try (PeatmossWriter writer = PeatmossWriter.open(copy)) {
      writer.write(b ->
          b.upsertModel(Model.builder().id(ADDED).hub(ModelHub.HUGGING_FACE).build()));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(copy)) {
      assertThat(dataset.findModel(ADDED)).isPresent();
    }
  }

  @Test
  @Order(2)
  void eachTest_getsAFreshCopy_andThePreviousOneIsDeleted(@SampleDatabase Path copy) {
    assertThat(copy).isNotEqualTo(firstCopy);
    assertThat(firstCopy).doesNotExist();
    try (PeatmossDataset dataset = PeatmossDataset.open(copy)) {
      assertThat(dataset.findModel(ADDED)).isEmpty();
    }
  }

  @Test
  @Order(3)
  void datasetParameter_isTheOpenedSample(PeatmossDataset sample) {
    assertThat(sample.schema()).isEqualTo(SchemaVersion.R2);
    assertThat(sample.tableCounts().get("model")).isPositive();
  }

  @Test
  @Order(4)
  void freshCopy_worksWithoutJUnit() {
    Path copy = PeatmossSampleExtension.freshCopy();
    try (PeatmossDataset dataset = PeatmossDataset.open(copy)) {
      assertThat(dataset.schema()).isEqualTo(SchemaVersion.R2);
    }
  }
}
