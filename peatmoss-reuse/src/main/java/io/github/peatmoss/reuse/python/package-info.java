/**
 * The one Python tokenizer of the SDK, shared by the reuse detector and the PyTorch Hub client: {@link
 * io.github.peatmoss.reuse.python.PythonTokenizer} cuts source into {@link
 * io.github.peatmoss.reuse.python.PythonToken}s the way Python's {@code tokenize} does, and {@link
 * io.github.peatmoss.reuse.python.PythonCalls} reads calls and their arguments from them.
 */
package io.github.peatmoss.reuse.python;
