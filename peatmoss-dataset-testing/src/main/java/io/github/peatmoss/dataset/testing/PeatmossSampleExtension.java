package io.github.peatmoss.dataset.testing;

import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test its own copy of the bundled PeaTMOSS sample dataset, so tests may
 * change it (for example through {@link io.github.peatmoss.dataset.PeatmossWriter}) without affecting each
 * other. It resolves parameters of type {@link PeatmossDataset} (opened read-only on the copy) and
 * {@link java.nio.file.Path} annotated {@link SampleDatabase} (the copy's file); both are closed and deleted
 * after the test (JUnit closes the {@code AutoCloseable} values in the extension store).
 *
 * <pre>{@code
 * @ExtendWith(PeatmossSampleExtension.class)
 * class MyAuditTest {
 *   @Test
 *   void audit_findsConflicts(PeatmossDataset sample) { ... }
 *
 *   @Test
 *   void writer_addsAModel(@SampleDatabase Path copy) { ... }
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe; copies live in a temporary directory per test.
 */
public final class PeatmossSampleExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PeatmossSampleExtension.class);

  /** Creates the extension; JUnit calls this. */
  public PeatmossSampleExtension() {}

  /**
   * Returns a fresh copy of the bundled sample in a new temporary directory, for tests that do not use JUnit
   * (the caller deletes it).
   */
  public static Path freshCopy() {
    try {
      return PeatmossDataset.copySample(
          Files.createTempDirectory("peatmoss-sample-").resolve("peatmoss-sample.db"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a temporary directory for the sample dataset", e);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PeatmossDataset.class
        || (type == Path.class && parameter.isAnnotated(SampleDatabase.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Path copy = freshCopy();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(copy, (AutoCloseable) () -> deleteTree(copy.getParent()));
    if (parameter.getParameter().getType() == Path.class) {
      return copy;
    }
    PeatmossDataset dataset = PeatmossDataset.open(copy);
    store.put(dataset, (AutoCloseable) dataset::close);
    return dataset;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
