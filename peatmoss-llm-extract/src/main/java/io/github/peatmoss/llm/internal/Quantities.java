package io.github.peatmoss.llm.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses stated quantities: parameter counts ("110M", "1.3 billion", "7B", "124,439,808") and CO2 amounts. */
public final class Quantities {
  private static final Pattern COUNT = Pattern.compile(
      "^\\s*~?\\s*([0-9]+(?:[.,][0-9]+)*)\\s*(k|thousand|m|mn|mil|million|millions|b|bn|billion|billions|t|tn|trillion)?"
          + "\\s*(?:params?|parameters?)?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CARBON = Pattern.compile(
      "([0-9]+(?:[.,][0-9]+)*(?:[eE][-+]?[0-9]+)?)\\s*(kilograms?|kg|grams?|g|tonnes?|tons?|metric tons?|t|lbs?|pounds?)?"
          + "(?![a-z])",
      Pattern.CASE_INSENSITIVE);

  private Quantities() {}

  /**
   * Returns the parameter count a text states: a number with an optional multiplier word or letter. Thousands
   * separators are accepted ("124,439,808"); a decimal comma is not.
   */
  public static OptionalLong parameterCount(String text) {
    Matcher m = COUNT.matcher(text.replace('\u00A0', ' '));
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    String digits = m.group(1);
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    BigDecimal number;
    try {
      if (digits.matches("[0-9]{1,3}(,[0-9]{3})+")) {
        number = new BigDecimal(digits.replace(",", ""));
      } else if (digits.contains(",")) {
        return OptionalLong.empty();
      } else {
        number = new BigDecimal(digits);
      }
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    long factor;
    switch (unit) {
      case "":
        factor = 1;
        break;
      case "k":
      case "thousand":
        factor = 1_000L;
        break;
      case "m":
      case "mn":
      case "mil":
      case "million":
      case "millions":
        factor = 1_000_000L;
        break;
      case "b":
      case "bn":
      case "billion":
      case "billions":
        factor = 1_000_000_000L;
        break;
      default:
        factor = 1_000_000_000_000L;
        break;
    }
    BigDecimal value = number.multiply(BigDecimal.valueOf(factor));
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return OptionalLong.empty();
    }
    if (unit.isEmpty() && value.compareTo(BigDecimal.valueOf(1000)) < 0) {
      return OptionalLong.empty(); // "12 parameters" is a hyper-parameter list, not a model size
    }
    return OptionalLong.of(value.longValue());
  }

  /**
   * Returns grams of CO2 equivalent for a stated amount ("149.2 kg eq. CO2", "0.53 g", "1.2 tonnes"); a bare
   * number is read in {@code defaultUnit} ("g" or "kg").
   */
  public static OptionalDouble carbonGrams(String text, String defaultUnit) {
    Matcher m = CARBON.matcher(text.replace('\u00A0', ' '));
    if (!m.find()) {
      return OptionalDouble.empty();
    }
    double value;
    try {
      String digits = m.group(1);
      value = Double.parseDouble(
          digits.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")
              ? digits.replace(",", "")
              : digits.replace(',', '.'));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
    String unit = (m.group(2) == null ? defaultUnit : m.group(2)).toLowerCase(Locale.ROOT);
    double factor;
    if (unit.startsWith("kilogram") || unit.equals("kg")) {
      factor = 1_000;
    } else if (unit.startsWith("ton") || unit.startsWith("metric") || unit.equals("t")) {
      factor = 1_000_000;
    } else if (unit.startsWith("lb") || unit.startsWith("pound")) {
      factor = 453.59237;
    } else {
      factor = 1;
    }
    return OptionalDouble.of(value * factor);
  }
}
