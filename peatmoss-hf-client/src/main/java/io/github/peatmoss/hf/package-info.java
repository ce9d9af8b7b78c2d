/** Hugging Face Hub client. */
package io.github.peatmoss.hf;
