package io.github.peatmoss.dataset.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small test classes that use the extension through the JUnit Platform, as a build would, and checks what the
 * extension resolves and what it leaves behind once each has finished.
 */
class PeatmossSampleExtensionLifecycleTest {
  /** What the inner test classes were given, for the checks after they ran. */
  static final List<Object> GIVEN = new CopyOnWriteArrayList<>();

  private static volatile boolean running;

  /** Whether {@link #run} is running the fixtures: found alone by a build or by PIT, they are skipped. */
  static boolean running() {
    return running;
  }

  private static TestExecutionSummary run(String method) {
    GIVEN.clear();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    running = true;
    try {
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request()
                  .selectors(selectMethod(Fixtures.class.getName() + "#" + method))
                  .filters(EngineFilter.includeEngines("junit-jupiter"))
                  .build(),
              listener);
    } finally {
      running = false;
    }
    return listener.getSummary();
  }

  private static Throwable onlyFailure(TestExecutionSummary summary) {
    assertThat(summary.getTestsStartedCount()).isOne();
    assertThat(summary.getFailures()).hasSize(1);
    return summary.getFailures().get(0).getException();
  }

  @Test
  void afterTheTest_theCopyIsDeleted_andTheDatasetClosed() {
    TestExecutionSummary summary =
        run("usesBoth(java.nio.file.Path, io.github.peatmoss.dataset.PeatmossDataset)");

    assertThat(summary.getTestsSucceededCount()).isOne();
    assertThat(summary.getFailures()).isEmpty();
    Path copy = (Path) GIVEN.get(0);
    PeatmossDataset dataset = (PeatmossDataset) GIVEN.get(1);
    assertThat(copy).doesNotExist();
    assertThat(copy.getParent()).doesNotExist();
    assertThatThrownBy(() -> dataset.findModel(ModelId.of("acme/any")))
        .hasMessageContaining("is closed");
  }

  @Test
  void aTestThatDeletesItsOwnCopy_stillPasses() {
    TestExecutionSummary summary = run("deletesItsCopy(java.nio.file.Path)");

    assertThat(summary.getFailures()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isOne();
    assertThat((Path) GIVEN.get(0)).doesNotExist();
  }

  @Test
  void aPathWithoutTheAnnotation_isNotResolved() {
    assertThat(onlyFailure(run("plainPath(java.nio.file.Path)")))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("No ParameterResolver registered");
    assertThat(GIVEN).isEmpty();
  }

  @Test
  void aParameterOfAnotherType_isNotResolved() {
    assertThat(onlyFailure(run("text(java.lang.String)")))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("No ParameterResolver registered");
  }

  /** Run only through {@link #run}; some fail by design (a parameter the extension must not resolve). */
  @ExtendWith(PeatmossSampleExtension.class)
  @EnabledIf("io.github.peatmoss.dataset.testing.PeatmossSampleExtensionLifecycleTest#running")
  static class Fixtures {
    @Test
    void usesBoth(@SampleDatabase Path copy, PeatmossDataset sample) {
      GIVEN.add(copy);
      GIVEN.add(sample);
      assertThat(copy).exists();
      assertThat(sample.tableCounts()).isNotEmpty();
    }

    @Test
    void deletesItsCopy(@SampleDatabase Path copy) throws IOException {
      GIVEN.add(copy);
      Files.delete(copy);
      Files.delete(copy.getParent());
    }

    @Test
    void plainPath(Path path) {
      GIVEN.add(path);
    }

    @Test
    void text(String text) {
      GIVEN.add(text);
    }
  }
}
