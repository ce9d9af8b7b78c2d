package io.github.peatmoss.cli;

import picocli.CommandLine.Option;

/**
 * {@code --concurrency} of the {@code hf} commands that fetch something per model ({@code hf mine --cards}); the
 * others fetch one thing at a time and do not offer it.
 */
final class HfConcurrencyOption {
  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Model cards fetched at once with --cards, 1 to 64 (default ${DEFAULT-VALUE}).")
  int concurrency;

  /** Returns the checked value. */
  int value() {
    if (concurrency < 1 || concurrency > 64) {
      throw new UsageException("--concurrency must be between 1 and 64: " + concurrency);
    }
    return concurrency;
  }
}
