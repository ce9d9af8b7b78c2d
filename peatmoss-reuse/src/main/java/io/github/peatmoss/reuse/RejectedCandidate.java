package io.github.peatmoss.reuse;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Something that looked like a model load but is not one, with the reason (for tests and for tuning). */
@Value.Immutable
public interface RejectedCandidate {
  /** Returns the file, as given to the detector. */
  String file();

  /** Returns the 1-based line. */
  int line();

  /** Returns the 1-based column. */
  int column();

  /** Returns the notebook code cell (0-based) when the file is a notebook. */
  OptionalInt cell();

  /** Returns the call as resolved through the file's imports, or the text that looked like one. */
  String call();

  /** Returns the library signature the call matched, if it matched one. */
  Optional<String> signature();

  /** Returns the argument as written (or its value, when it was resolved), shortened to 200 characters. */
  String text();

  /** Returns why it is not a model use. */
  RejectReason reason();

  /** Returns a one-line explanation. */
  String detail();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RejectedCandidate} values; not thread-safe. */
  final class Builder extends ImmutableRejectedCandidate.Builder {}
}
