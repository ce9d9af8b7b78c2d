package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelHub;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --hub} value in any case ({@code pytorch}, {@code HUGGINGFACE}); anything else is a usage error. */
final class HubConverter implements ITypeConverter<ModelHub> {
  /** The hubs PeaTMOSS records, by the names {@code --hub} and the JSON output use. */
  static final List<ModelHub> HUBS = List.of(ModelHub.HUGGING_FACE, ModelHub.PYTORCH_HUB);

  @Override
  public ModelHub convert(String value) {
    for (ModelHub hub : HUBS) {
      if (hub.name().equalsIgnoreCase(value)) {
        return hub;
      }
    }
    throw new TypeConversionException(
        "unknown hub '" + value + "'; valid values: HuggingFace, PyTorch (any case)");
  }
}
