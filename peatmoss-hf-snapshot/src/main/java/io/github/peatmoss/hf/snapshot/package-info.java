/**
 * Detailed snapshots of Hugging Face model repositories, as PeaTMOSS records them for its most downloaded
 * models: {@link io.github.peatmoss.hf.snapshot.HfSnapshotter} selects models (by default more than 50 downloads
 * in the last 30 days), writes their branches and tags, commit history, and discussions and pull requests with
 * every event into a PeaTMOSS database, records the file list pinned to a commit sha, and optionally downloads
 * the files into a content-addressed directory, verified by SHA-256 (LFS) or git blob id. A second run of an
 * unchanged model costs one request and writes nothing.
 */
@PeatmossStyle
package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.internal.PeatmossStyle;
