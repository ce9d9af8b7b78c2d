/** Wire code of the provider APIs, on peatmoss-http; not API. */
@PeatmossStyle
package io.github.peatmoss.llm.internal.wire;

import io.github.peatmoss.core.internal.PeatmossStyle;
