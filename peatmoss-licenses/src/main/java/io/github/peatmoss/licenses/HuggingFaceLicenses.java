package io.github.peatmoss.licenses;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 83 license ids the Hugging Face Hub accepts in a model card ({@code license:}), each with its SPDX
 * expression and, where the mapping is not exact, why. Ids not on the SPDX list become {@code LicenseRef-}s:
 * ScanCode LicenseDB's {@code LicenseRef-scancode-<key>} where ScanCode has the license, else {@code
 * LicenseRef-hf-<id>}; version-less families become {@code LicenseRef-<family>-unversioned}.
 */
final class HuggingFaceLicenses {
  /** One Hub id: its full name in the Hub docs, the SPDX text and the reason when not exact. */
  record Mapping(String id, String name, String spdx, String reason) {}

  private static final Map<String, Mapping> BY_ID = new LinkedHashMap<>();

  static {
    exact("apache-2.0", "Apache license 2.0", "Apache-2.0");
    exact("mit", "MIT", "MIT");
    ref(
        "openrail",
        "OpenRAIL license family",
        "LicenseRef-openrail-unversioned",
        "family id: which OpenRAIL license is not stated; all carry use-based restrictions");
    ref(
        "bigscience-openrail-m",
        "BigScience OpenRAIL-M",
        "LicenseRef-scancode-bigscience-open-rail-m",
        "not on the SPDX list; ScanCode key bigscience-open-rail-m");
    ref(
        "creativeml-openrail-m",
        "CreativeML OpenRAIL-M",
        "LicenseRef-scancode-stable-diffusion-2022-08-22",
        "not on the SPDX list; ScanCode key stable-diffusion-2022-08-22 (CreativeML Open RAIL-M)");
    ref(
        "bigscience-bloom-rail-1.0",
        "BigScience BLOOM RAIL 1.0",
        "LicenseRef-scancode-bigscience-rail-1.0",
        "not on the SPDX list; ScanCode key bigscience-rail-1.0");
    ref(
        "bigcode-openrail-m",
        "BigCode Open RAIL-M v1",
        "LicenseRef-scancode-bigcode-open-rail-m-v1",
        "not on the SPDX list; ScanCode key bigcode-open-rail-m-v1");
    exact("afl-3.0", "Academic Free License v3.0", "AFL-3.0");
    exact("artistic-2.0", "Artistic license 2.0", "Artistic-2.0");
    exact("bsl-1.0", "Boost Software License 1.0", "BSL-1.0");
    ref(
        "bsd",
        "BSD license family",
        "LicenseRef-bsd-unversioned",
        "family id: the clause count (2, 3 or 4) is not stated");
    exact("bsd-2-clause", "BSD 2-clause \"Simplified\" license", "BSD-2-Clause");
    exact("bsd-3-clause", "BSD 3-clause \"New\" or \"Revised\" license", "BSD-3-Clause");
    exact("bsd-3-clause-clear", "BSD 3-clause Clear license", "BSD-3-Clause-Clear");
    mapped(
        "c-uda", "Computational Use of Data Agreement", "C-UDA-1.0", "the only version of C-UDA");
    ref(
        "cc",
        "Creative Commons license family",
        "LicenseRef-cc-unversioned",
        "family id: which Creative Commons license (CC0 to BY-NC-ND) is not stated");
    exact("cc0-1.0", "Creative Commons Zero v1.0 Universal", "CC0-1.0");
    exact("cc-by-2.0", "Creative Commons Attribution 2.0", "CC-BY-2.0");
    exact("cc-by-2.5", "Creative Commons Attribution 2.5", "CC-BY-2.5");
    exact("cc-by-3.0", "Creative Commons Attribution 3.0", "CC-BY-3.0");
    exact("cc-by-4.0", "Creative Commons Attribution 4.0", "CC-BY-4.0");
    exact("cc-by-sa-3.0", "Creative Commons Attribution Share Alike 3.0", "CC-BY-SA-3.0");
    exact("cc-by-sa-4.0", "Creative Commons Attribution Share Alike 4.0", "CC-BY-SA-4.0");
    exact("cc-by-nc-2.0", "Creative Commons Attribution Non Commercial 2.0", "CC-BY-NC-2.0");
    exact("cc-by-nc-3.0", "Creative Commons Attribution Non Commercial 3.0", "CC-BY-NC-3.0");
    exact("cc-by-nc-4.0", "Creative Commons Attribution Non Commercial 4.0", "CC-BY-NC-4.0");
    exact("cc-by-nd-4.0", "Creative Commons Attribution No Derivatives 4.0", "CC-BY-ND-4.0");
    exact(
        "cc-by-nc-nd-3.0",
        "Creative Commons Attribution Non Commercial No Derivatives 3.0",
        "CC-BY-NC-ND-3.0");
    exact(
        "cc-by-nc-nd-4.0",
        "Creative Commons Attribution Non Commercial No Derivatives 4.0",
        "CC-BY-NC-ND-4.0");
    exact(
        "cc-by-nc-sa-2.0",
        "Creative Commons Attribution Non Commercial Share Alike 2.0",
        "CC-BY-NC-SA-2.0");
    exact(
        "cc-by-nc-sa-3.0",
        "Creative Commons Attribution Non Commercial Share Alike 3.0",
        "CC-BY-NC-SA-3.0");
    exact(
        "cc-by-nc-sa-4.0",
        "Creative Commons Attribution Non Commercial Share Alike 4.0",
        "CC-BY-NC-SA-4.0");
    exact(
        "cdla-sharing-1.0",
        "Community Data License Agreement – Sharing, Version 1.0",
        "CDLA-Sharing-1.0");
    exact(
        "cdla-permissive-1.0",
        "Community Data License Agreement – Permissive, Version 1.0",
        "CDLA-Permissive-1.0");
    exact(
        "cdla-permissive-2.0",
        "Community Data License Agreement – Permissive, Version 2.0",
        "CDLA-Permissive-2.0");
    exact("wtfpl", "Do What The F*ck You Want To Public License", "WTFPL");
    exact("ecl-2.0", "Educational Community License v2.0", "ECL-2.0");
    exact("epl-1.0", "Eclipse Public License 1.0", "EPL-1.0");
    exact("epl-2.0", "Eclipse Public License 2.0", "EPL-2.0");
    exact("etalab-2.0", "Etalab Open License 2.0", "etalab-2.0");
    exact("eupl-1.1", "European Union Public License 1.1", "EUPL-1.1");
    exact("eupl-1.2", "European Union Public License 1.2", "EUPL-1.2");
    mapped(
        "agpl-3.0",
        "GNU Affero General Public License v3.0",
        "AGPL-3.0-only",
        "'only' or 'or later' not stated; read as the deprecated SPDX id AGPL-3.0, replaced by AGPL-3.0-only");
    ref(
        "gfdl",
        "GNU Free Documentation License family",
        "LicenseRef-gfdl-unversioned",
        "family id: the GFDL version is not stated");
    ref(
        "gpl",
        "GNU General Public License family",
        "LicenseRef-gpl-unversioned",
        "family id: the GPL version is not stated");
    mapped(
        "gpl-2.0",
        "GNU General Public License v2.0",
        "GPL-2.0-only",
        "'only' or 'or later' not stated; read as the deprecated SPDX id GPL-2.0, which means GPL-2.0-only");
    mapped(
        "gpl-3.0",
        "GNU General Public License v3.0",
        "GPL-3.0-only",
        "'only' or 'or later' not stated; read as the deprecated SPDX id GPL-3.0, which means GPL-3.0-only");
    ref(
        "lgpl",
        "GNU Lesser General Public License family",
        "LicenseRef-lgpl-unversioned",
        "family id: the LGPL version is not stated");
    mapped(
        "lgpl-2.1",
        "GNU Lesser General Public License v2.1",
        "LGPL-2.1-only",
        "'only' or 'or later' not stated; read as the deprecated SPDX id LGPL-2.1, which means LGPL-2.1-only");
    mapped(
        "lgpl-3.0",
        "GNU Lesser General Public License v3.0",
        "LGPL-3.0-only",
        "'only' or 'or later' not stated; read as the deprecated SPDX id LGPL-3.0, which means LGPL-3.0-only");
    exact("isc", "ISC", "ISC");
    ref("h-research", "H Research License", "LicenseRef-hf-h-research", "not on the SPDX list");
    ref(
        "intel-research",
        "Intel Research Use License Agreement",
        "LicenseRef-hf-intel-research",
        "not on the SPDX list");
    exact("lppl-1.3c", "LaTeX Project Public License v1.3c", "LPPL-1.3c");
    exact("ms-pl", "Microsoft Public License", "MS-PL");
    ref(
        "apple-ascl",
        "Apple Sample Code license",
        "LicenseRef-hf-apple-ascl",
        "not on the SPDX list");
    ref(
        "apple-amlr",
        "Apple Model License for Research",
        "LicenseRef-hf-apple-amlr",
        "not on the SPDX list");
    exact("mpl-2.0", "Mozilla Public License 2.0", "MPL-2.0");
    mapped(
        "odc-by",
        "Open Data Commons License Attribution family",
        "ODC-By-1.0",
        "family id; ODC-By-1.0 is the only version published");
    mapped(
        "odbl",
        "Open Database License family",
        "ODbL-1.0",
        "family id; ODbL-1.0 is the only version published");
    exact("openmdw-1.0", "Open Model, Data & Weights License Agreement", "OpenMDW-1.0");
    ref(
        "openmdw-1.1",
        "Open Model, Data & Weights License Agreement v1.1",
        "LicenseRef-hf-openmdw-1.1",
        "not on the SPDX list used here (only OpenMDW-1.0 is)");
    ref(
        "openrail++",
        "Open Rail++-M License",
        "LicenseRef-scancode-bigscience-open-rail-m2",
        "not on the SPDX list; ScanCode key bigscience-open-rail-m2 (CreativeML Open RAIL++-M)");
    exact("osl-3.0", "Open Software License 3.0", "OSL-3.0");
    exact("postgresql", "PostgreSQL License", "PostgreSQL");
    exact("ofl-1.1", "SIL Open Font License 1.1", "OFL-1.1");
    exact("ncsa", "University of Illinois/NCSA Open Source License", "NCSA");
    exact("unlicense", "The Unlicense", "Unlicense");
    exact("zlib", "zLib License", "Zlib");
    mapped(
        "pddl",
        "Open Data Commons Public Domain Dedication and License",
        "PDDL-1.0",
        "PDDL-1.0 is the only version published");
    mapped(
        "lgpl-lr",
        "Lesser General Public License For Linguistic Resources",
        "LGPLLR",
        "SPDX id LGPLLR");
    ref(
        "deepfloyd-if-license",
        "DeepFloyd IF Research License Agreement",
        "LicenseRef-hf-deepfloyd-if-license",
        "not on the SPDX list");
    ref(
        "fair-noncommercial-research-license", "FAIR Noncommercial Research License",
        "LicenseRef-hf-fair-noncommercial-research-license", "not on the SPDX list");
    ref(
        "llama2",
        "Llama 2 Community License Agreement",
        "LicenseRef-scancode-llama-2-license-2023",
        "not on the SPDX list; ScanCode key llama-2-license-2023");
    ref(
        "llama3",
        "Llama 3 Community License Agreement",
        "LicenseRef-hf-llama3",
        "not on the SPDX list and no ScanCode key for Meta Llama 3");
    ref(
        "llama3.1",
        "Llama 3.1 Community License Agreement",
        "LicenseRef-scancode-llama-3.1-license-2024",
        "not on the SPDX list; ScanCode key llama-3.1-license-2024");
    ref(
        "llama3.2",
        "Llama 3.2 Community License Agreement",
        "LicenseRef-scancode-llama-3.2-license-2024",
        "not on the SPDX list; ScanCode key llama-3.2-license-2024");
    ref(
        "llama3.3",
        "Llama 3.3 Community License Agreement",
        "LicenseRef-scancode-llama-3.3-license-2024",
        "not on the SPDX list; ScanCode key llama-3.3-license-2024");
    ref(
        "llama4",
        "Llama 4 Community License Agreement",
        "LicenseRef-scancode-llama-4-license-2025",
        "not on the SPDX list; ScanCode key llama-4-license-2025");
    ref(
        "grok2-community",
        "Grok 2 Community License Agreement",
        "LicenseRef-hf-grok2-community",
        "not on the SPDX list");
    ref(
        "gemma",
        "Gemma Terms of Use",
        "LicenseRef-hf-gemma",
        "not on the SPDX list; the Hub id does not say which Gemma Terms of Use version");
    ref(
        "unknown",
        "Unknown",
        "LicenseRef-hf-unknown",
        "the uploader chose 'unknown': the license is not known");
    ref(
        "other",
        "Other",
        "LicenseRef-hf-other",
        "the uploader chose 'other': a custom license named in license_name, text in the repository");
  }

  private HuggingFaceLicenses() {}

  private static void exact(String id, String name, String spdx) {
    BY_ID.put(id, new Mapping(id, name, spdx, ""));
  }

  private static void mapped(String id, String name, String spdx, String reason) {
    BY_ID.put(id, new Mapping(id, name, spdx, reason));
  }

  private static void ref(String id, String name, String spdx, String reason) {
    BY_ID.put(id, new Mapping(id, name, spdx, reason));
  }

  /** Returns the mapping of a Hub id, matched case-insensitively (the Hub also writes {@code license:<id>} tags). */
  static Optional<Mapping> find(String id) {
    String key = id.trim().toLowerCase(Locale.ROOT);
    if (key.startsWith("license:")) {
      key = key.substring("license:".length());
    }
    return Optional.ofNullable(BY_ID.get(key));
  }

  /** Returns all 83 mappings in the order of the Hub's documentation. */
  static Map<String, Mapping> all() {
    return Collections.unmodifiableMap(BY_ID);
  }
}
