/**
 * PyTorch Hub client: {@link io.github.peatmoss.pytorchhub.PytorchHubClient} reads the model list from the
 * pytorch/hub repository's Markdown pages (YAML header and {@code torch.hub.load} snippets, parsed properly)
 * and the entrypoints of a repository's {@code hubconf.py}, and maps them to PeaTMOSS values.
 */
@PeatmossStyle
package io.github.peatmoss.pytorchhub;

import io.github.peatmoss.core.internal.PeatmossStyle;
