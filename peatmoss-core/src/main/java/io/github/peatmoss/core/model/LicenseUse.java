package io.github.peatmoss.core.model;

/**
 * How a project uses a reused component, which decides which license terms bind: copyleft mostly binds when the
 * component is distributed, while use-based restrictions (RAIL, Llama, Gemma) and non-commercial terms bind when
 * it is run.
 */
public enum LicenseUse {
  /** The project downloads and runs the model at run time; it does not distribute the weights. */
  RUNTIME,
  /** The project ships the weights or a derivative (fine-tuned weights) with its code; PeaTMOSS's reading. */
  REDISTRIBUTE
}
