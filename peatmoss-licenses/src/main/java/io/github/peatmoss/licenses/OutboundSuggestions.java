package io.github.peatmoss.licenses;

import io.github.peatmoss.core.model.LicenseUse;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outbound licenses a project could take given everything it reuses ({@link
 * LicenseCompatibility#suggestOutbound}): each candidate is the check of all inbound licenses against it,
 * {@code COMPATIBLE} before {@code CONDITIONAL}, fewer obligations first, then the most permissive. When no
 * license fits because two inbound licenses exclude each other, {@link #conflict()} names the pair.
 */
@Value.Immutable
public interface OutboundSuggestions {
  /** Returns the canonical inbound licenses, joined with AND. */
  String inbound();

  /** Returns the use the suggestions are for. */
  LicenseUse use();

  /** Returns the candidates that the check accepts (COMPATIBLE or CONDITIONAL), best first. */
  List<CompatibilityResult> candidates();

  /**
   * Returns, when there is no candidate, a pair of inbound licenses neither of which may be reused under the other
   * (the check of the first inbound against the second as outbound, with its reasons); empty otherwise.
   */
  Optional<CompatibilityResult> conflict();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutboundSuggestions} values; not thread-safe. */
  final class Builder extends ImmutableOutboundSuggestions.Builder {}
}
