package io.github.peatmoss.dataset;

/**
 * What a {@link Miner} run did.
 *
 * @param source the listing's key
 * @param items items written by this run
 * @param pages pages written by this run
 * @param totalItems items written by every run of this source since it started from the first page
 * @param complete whether the listing's last page is written; otherwise a rerun resumes where this one stopped
 */
public record MiningSummary(
    String source, long items, long pages, long totalItems, boolean complete) {}
