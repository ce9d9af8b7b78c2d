/** JMH benchmarks of the SDK; run with the commands in docs/BENCHMARKS.md, never by the default build. */
package io.github.peatmoss.benchmarks;
