package io.github.peatmoss.licenses;

/** A license on its own: a {@link ListedLicense} (optionally {@code +}) or a {@link LicenseRef}. */
public sealed interface SimpleExpression extends LicenseExpression
    permits ListedLicense, LicenseRef {}
