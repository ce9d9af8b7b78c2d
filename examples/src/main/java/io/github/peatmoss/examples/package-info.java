/** Runnable examples of the PeaTMOSS SDK; the README's snippets are copied from here. */
package io.github.peatmoss.examples;
