package io.github.peatmoss.licenses;

import io.github.peatmoss.core.model.LicenseUse;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The verdict on reusing components under the {@link #inbound()} license in a project under the {@link
 * #outbound()} license, with what the project must do and human-readable reasons.
 */
@Value.Immutable
public interface CompatibilityResult {
  /** Returns the canonical inbound license (the reused models' licenses; several are joined with AND). */
  String inbound();

  /** Returns the canonical outbound license (the project's), {@code NONE} if it has none. */
  String outbound();

  /** Returns the use the verdict is for: redistribution (PeaTMOSS's reading, the default) or run time use. */
  @Value.Default
  default LicenseUse use() {
    return LicenseUse.REDISTRIBUTE;
  }

  /** Returns the verdict. */
  Verdict verdict();

  /** Returns what the project must do for the reuse to stay compliant, in the enum's order. */
  Set<Obligation> obligations();

  /** Returns why, one sentence each, most important first. */
  List<String> reasons();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CompatibilityResult} values; not thread-safe. */
  final class Builder extends ImmutableCompatibilityResult.Builder {}
}
