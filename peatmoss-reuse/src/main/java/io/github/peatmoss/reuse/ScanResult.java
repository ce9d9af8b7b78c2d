package io.github.peatmoss.reuse;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What the detector found in one file. */
@Value.Immutable
public interface ScanResult {
  /** Returns the file, as given to the detector. */
  String file();

  /** Returns the language the file was read as. */
  SourceLanguage language();

  /** Returns the model uses, in source order. */
  List<ModelUse> uses();

  /** Returns the rejected candidates, in source order. */
  List<RejectedCandidate> rejected();

  /** Returns why the file was not analysed (binary, unreadable, too large), if it was not. */
  Optional<String> skipped();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScanResult} values; not thread-safe. */
  final class Builder extends ImmutableScanResult.Builder {}
}
