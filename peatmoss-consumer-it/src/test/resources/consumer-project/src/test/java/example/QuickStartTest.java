package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.dataset.ModelQuery;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.testing.PeatmossSampleExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PeatmossSampleExtension.class)
class QuickStartTest {
  @Test
  void sampleCopy_listsTheTopModels(PeatmossDataset sample) {
    List<Model> top = sample.listModels(ModelQuery.topByDownloads(3));
    assertEquals(3, top.size());
    assertTrue(
        top.get(0).downloads().orElse(0) >= top.get(1).downloads().orElse(0), "sorted by downloads");
  }
}
