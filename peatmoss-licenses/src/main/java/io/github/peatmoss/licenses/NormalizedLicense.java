package io.github.peatmoss.licenses;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A license string as found in real data, mapped to SPDX: the expression (absent for {@code NONE} and
 * {@code NOASSERTION}), its canonical text, its category, how it was mapped and, whenever the mapping was not a
 * plain SPDX match, the reason. Unmappable input becomes a {@code LicenseRef-unmapped-...} with the reason kept.
 */
@Value.Immutable
public interface NormalizedLicense {
  /** How a license string was mapped. */
  enum Method {
    /** The input was a valid SPDX expression (ids matched case-insensitively). */
    SPDX,
    /** The input was an SPDX expression after lenient repairs or deprecated-id replacement. */
    SPDX_REPAIRED,
    /** The input was one of the Hugging Face Hub's license ids. */
    HUGGING_FACE_ID,
    /** The input was a ScanCode LicenseDB key, as PeaTMOSS stored repository licenses. */
    SCANCODE_KEY,
    /** The input was a recognised license name in free text. */
    FREE_TEXT,
    /** No license: empty input, {@code null} from GitHub, or {@code NONE}. */
    NONE,
    /** A license exists but was not identified ({@code NOASSERTION}). */
    NOASSERTION,
    /** Nothing matched; the result is a {@code LicenseRef-unmapped-...}. */
    UNMAPPED
  }

  /** Returns the string as given. */
  String input();

  /** Returns the SPDX expression, empty for {@code NONE} and {@code NOASSERTION}. */
  Optional<LicenseExpression> expression();

  /** Returns the canonical SPDX text: the expression, {@code NONE} or {@code NOASSERTION}. */
  String spdx();

  /** Returns the license category (most restrictive of an {@code AND}, least of an {@code OR}). */
  LicenseCategory category();

  /**
   * Returns the coarse ScanCode-style category (Permissive, Copyleft Limited, Copyleft, Proprietary Free, ...) that
   * other mining tools report; defaults to the usual coarse category of {@link #category()}.
   */
  @Value.Default
  default ScanCodeCategory scanCodeCategory() {
    return ScanCodeCategory.of(category());
  }

  /** Returns how the input was mapped. */
  Method method();

  /** Returns why the result is what it is, when the input was not a plain SPDX expression. */
  Optional<String> reason();

  /** Returns whether the input was mapped to a known license (not {@code UNMAPPED}, not {@code NOASSERTION}). */
  default boolean isMapped() {
    return method() != Method.UNMAPPED && method() != Method.NOASSERTION;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NormalizedLicense} values; not thread-safe. */
  final class Builder extends ImmutableNormalizedLicense.Builder {}
}
