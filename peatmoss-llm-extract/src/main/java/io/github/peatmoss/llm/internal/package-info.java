/** Implementation of the extraction stages; not API. */
@PeatmossStyle
package io.github.peatmoss.llm.internal;

import io.github.peatmoss.core.internal.PeatmossStyle;
