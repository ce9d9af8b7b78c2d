package io.github.peatmoss.reuse;

import java.util.Locale;
import java.util.Optional;

/** The languages the detector reads, told apart by file name. */
public enum SourceLanguage {
  /** Python ({@code .py}, {@code .pyw}, {@code .pyi}). */
  PYTHON,
  /** A Jupyter notebook ({@code .ipynb}); its code cells are read as one Python program. */
  NOTEBOOK,
  /** JavaScript or TypeScript ({@code .js}, {@code .mjs}, {@code .cjs}, {@code .jsx}, {@code .ts}, {@code .tsx}, ...). */
  JAVASCRIPT;

  /** Returns the language of a file name, or empty when the detector does not read such files. */
  public static Optional<SourceLanguage> of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".py") || lower.endsWith(".pyw") || lower.endsWith(".pyi")) {
      return Optional.of(PYTHON);
    }
    if (lower.endsWith(".ipynb")) {
      return Optional.of(NOTEBOOK);
    }
    if (lower.endsWith(".min.js") || lower.endsWith(".d.ts")) {
      return Optional
          .empty(); // minified bundles and type declarations hold no loads worth reporting
    }
    for (String ext : new String[] {".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}) {
      if (lower.endsWith(ext)) {
        return Optional.of(JAVASCRIPT);
      }
    }
    return Optional.empty();
  }
}
