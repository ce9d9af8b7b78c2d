package io.github.peatmoss.licenses;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import org.immutables.value.Value;

/** The license audit of one model-to-repository reuse link: both sides normalised and the compatibility verdict. */
@Value.Immutable
public interface LinkVerdict {
  /** Returns the reused model. */
  ModelId model();

  /** Returns the downstream repository. */
  RepoRef repository();

  /** Returns the model's licenses, normalised (several are joined with AND). */
  NormalizedLicense modelLicense();

  /** Returns the repository's licenses, normalised ({@code NONE} if it has none). */
  NormalizedLicense repositoryLicense();

  /** Returns the compatibility of the model's license (inbound) with the repository's (outbound). */
  CompatibilityResult result();

  /** Returns the verdict, short for {@code result().verdict()}. */
  default Verdict verdict() {
    return result().verdict();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LinkVerdict} values; not thread-safe. */
  final class Builder extends ImmutableLinkVerdict.Builder {}
}
