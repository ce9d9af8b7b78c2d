package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;

/** Where the language analysers put what they find, before resolution against known models. */
interface Findings {
  /** A candidate model id at a signature call. */
  void candidate(int line, int column, String call, String signature, String written, ModelId id);

  /** A rejected candidate; {@code signature} is null when the call matched none. */
  void reject(
      int line,
      int column,
      String call,
      String signature,
      String text,
      RejectReason reason,
      String detail);
}
