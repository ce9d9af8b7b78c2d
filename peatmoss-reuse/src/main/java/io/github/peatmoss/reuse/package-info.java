/**
 * The reuse detector: finds, offline, where source code loads a pre-trained model. Give {@link
 * io.github.peatmoss.reuse.ReuseDetector} files (paths or text); it returns each {@link
 * io.github.peatmoss.reuse.ModelUse} (model id, file, line, column, call, library signature matched) and each
 * {@link io.github.peatmoss.reuse.RejectedCandidate} with its reason. Candidate ids are checked against {@link
 * io.github.peatmoss.reuse.KnownModels} when one is given.
 */
@PeatmossStyle
package io.github.peatmoss.reuse;

import io.github.peatmoss.core.internal.PeatmossStyle;
