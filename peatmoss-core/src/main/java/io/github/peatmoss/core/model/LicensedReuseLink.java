package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A model-to-repository reuse link with the licenses of both sides, as a license audit needs it: the model's
 * licenses (inbound) and the downstream repository's licenses (outbound), both as stated in the data, not
 * normalised. An empty list means no license was recorded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLicensedReuseLink.class)
@JsonDeserialize(as = ImmutableLicensedReuseLink.class)
public interface LicensedReuseLink {
  /** Returns the reused model. */
  ModelId model();

  /** Returns the model's licenses as recorded ({@code model_to_license}). */
  List<String> modelLicenses();

  /** Returns the downstream repository. */
  RepoRef repository();

  /** Returns the repository's licenses as recorded (R2 {@code reuse_repository_to_license}). */
  List<String> repositoryLicenses();

  /**
   * Returns how the repository uses the model: {@link LicenseUse#REDISTRIBUTE} (it ships the weights or a
   * derivative, as the PeaTMOSS analysis read every link) unless set.
   */
  @Value.Default
  default LicenseUse use() {
    return LicenseUse.REDISTRIBUTE;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link LicensedReuseLink} values; not thread-safe. */
  final class Builder extends ImmutableLicensedReuseLink.Builder {}
}
