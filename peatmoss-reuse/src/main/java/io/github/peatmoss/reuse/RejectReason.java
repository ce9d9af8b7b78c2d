package io.github.peatmoss.reuse;

/** Why a candidate is not a model use. */
public enum RejectReason {
  /** A local file or directory ({@code ./ckpt}, {@code /data/model}, {@code os.path.join(..)}, {@code x.bin}). */
  LOCAL_PATH,
  /** A URL that is not a Hugging Face model page. */
  URL,
  /** A variable, parameter or attribute whose value is not a string constant in the file. */
  UNRESOLVED_VARIABLE,
  /** An f-string, concatenation or format with a part that is not a constant. */
  DYNAMIC_STRING,
  /** A constant that cannot be a hub id (wrong shape, a timm or open_clip architecture name, a dataset, ...). */
  NOT_A_MODEL_ID,
  /** A well-formed id that is not in the set of known models. */
  UNKNOWN_MODEL,
  /** A signature call without a model argument (for example a task's default pipeline). */
  NO_MODEL_ARGUMENT,
  /** A builder called without pretrained weights (torchvision {@code weights=None}). */
  NO_PRETRAINED_WEIGHTS,
  /** Text in a comment. */
  IN_COMMENT,
  /** Text in a string literal or docstring. */
  IN_STRING,
  /** A call with a signature's method name on an object that is not from the signature's library. */
  UNRELATED_RECEIVER
}
