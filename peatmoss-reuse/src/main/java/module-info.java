/**
 * Offline reuse detector: where source code loads pre-trained models; the shared Python tokenizer.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.reuse {
  requires transitive io.github.peatmoss.core;
  // Immutables: annotations on public types only, not needed at run time.
  requires static transitive org.immutables.value;

  exports io.github.peatmoss.reuse;
  exports io.github.peatmoss.reuse.python;
}
