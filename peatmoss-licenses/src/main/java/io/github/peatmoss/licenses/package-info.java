/**
 * Licenses of pre-trained models and the projects that reuse them: SPDX license expressions (strict parsing per
 * SPDX 3.0.1 and a separate lenient mode), the SPDX License List read offline from the SPDX project's Maven
 * artifact, normalisation of real-world license strings (Hugging Face ids, GitHub {@code spdx_id}, ScanCode keys,
 * free text), compatibility verdicts and the license audit of model-to-repository reuse links.
 */
@PeatmossStyle
package io.github.peatmoss.licenses;

import io.github.peatmoss.core.internal.PeatmossStyle;
