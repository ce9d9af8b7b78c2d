package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A place where source code loads a pre-trained model. */
@Value.Immutable
public interface ModelUse {
  /** Returns the model loaded: the known id it resolved to, or the candidate as written when not verified. */
  ModelId model();

  /** Returns the id as the source wrote it (before resolution, without {@code hf-hub:} prefixes). */
  String candidate();

  /** Returns the file, as given to the detector (relative to the scanned directory for trees). */
  String file();

  /** Returns the 1-based line of the call (within the cell for notebooks). */
  int line();

  /** Returns the 1-based column of the call. */
  int column();

  /** Returns the notebook code cell (0-based, counting every cell) when the file is a notebook. */
  OptionalInt cell();

  /** Returns the call as resolved through the file's imports, for example {@code transformers.AutoModel.from_pretrained}. */
  String call();

  /** Returns the id of the library signature matched, for example {@code transformers.from_pretrained}. */
  String signature();

  /** Returns whether the id was checked against a set of known models (false when none was given). */
  boolean isVerified();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelUse} values; not thread-safe. */
  final class Builder extends ImmutableModelUse.Builder {}
}
