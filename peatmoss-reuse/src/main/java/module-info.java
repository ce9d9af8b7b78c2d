/**
 * Offline reuse detector: where source code loads pre-trained models; the shared Python tokenizer.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.reuse {
  requires transitive io.github.peatmoss.core;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.reuse;
  exports io.github.peatmoss.reuse.python;
}
