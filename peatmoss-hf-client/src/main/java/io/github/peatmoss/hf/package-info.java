/**
 * Hugging Face Hub client: {@link io.github.peatmoss.hf.HfClient} lists and searches models and datasets
 * (following the {@code Link} cursor, resumable from a stored page URL), reads model info, repository trees,
 * files and model cards, and maps models to PeaTMOSS values. {@link io.github.peatmoss.hf.ModelCards} parses
 * model cards the way the Hub does. Errors are the core exception tree with Hub-specific subclasses.
 */
@PeatmossStyle
package io.github.peatmoss.hf;

import io.github.peatmoss.core.internal.PeatmossStyle;
