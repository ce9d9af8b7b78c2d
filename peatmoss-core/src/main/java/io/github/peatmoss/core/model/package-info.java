/**
 * The PeaTMOSS domain as immutable values: models and their hubs and lookups, Hugging Face history and
 * discussions, downstream reuse, GitHub issues and pull requests, and LLM-extracted metadata with its
 * provenance. Every value has a {@code builder()}, never holds {@code null} (absence is {@code Optional}), and
 * round-trips through JSON with Jackson when the {@code Jdk8Module} and {@code JavaTimeModule} are registered.
 */
@PeatmossStyle
package io.github.peatmoss.core.model;

import io.github.peatmoss.core.internal.PeatmossStyle;
