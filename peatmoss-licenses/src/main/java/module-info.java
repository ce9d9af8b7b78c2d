/**
 * SPDX expressions, license normalisation, compatibility and audit.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.licenses {
  requires transitive io.github.peatmoss.core;
  // Only for the SPDX License List JSON it ships (resources/stdlicenses), found through the
  // ClassLoader.
  requires org.spdx.library;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.licenses;

  // knowledge.json is read through a ClassLoader, which sees only unconditionally open packages.
  opens io.github.peatmoss.licenses;
}
