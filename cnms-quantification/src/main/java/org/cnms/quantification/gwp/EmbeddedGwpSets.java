// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.gwp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.quantification.factor.SourceStatus;
import org.cnms.quantification.internal.Csv;

/**
 * The IPCC GWP sets SAR, AR4, AR5 and AR6 embedded in the SDK, read once from {@code
 * org/cnms/quantification/reference/gwp-100.csv} of this module, each value with its status as the
 * file gives it.
 */
final class EmbeddedGwpSets {

  private static final Pattern EDITIONS =
      Pattern.compile("^((?:SAR|AR\\d)(?:/(?:SAR|AR\\d))*)\\s+(.*)$");
  private static final List<String> SETS = List.of("SAR", "AR4", "AR5", "AR6");
  private static final String FILE = "/org/cnms/quantification/reference/gwp-100.csv";

  /** The sets by name, in the order SAR, AR4, AR5, AR6. */
  static final Map<String, GwpSet> BY_NAME = loadGwp();

  private EmbeddedGwpSets() {}

  private static Map<String, GwpSet> loadGwp() {
    Map<String, List<GwpValue>> values = new LinkedHashMap<>();
    SETS.forEach(s -> values.put(s, new ArrayList<>()));
    Map<String, GwpValue> methane = new LinkedHashMap<>();
    List<String[]> fossilGaps = new ArrayList<>();
    for (Csv.Row row : rows(FILE)) {
      List<String> f = row.fields();
      GreenhouseGas gas = GreenhouseGas.parse(f.get(1));
      Map<String, String[]> status = editionStatus(f.get(6));
      for (int i = 0; i < SETS.size(); i++) {
        String set = SETS.get(i);
        String text = f.get(2 + i).strip();
        String[] st = status.get(set);
        if (text.isEmpty()) {
          if (gas == GreenhouseGas.CH4_FOSSIL) {
            fossilGaps.add(new String[] {set});
          }
          continue;
        }
        GwpValue.Builder b = GwpValue.builder().gas(gas).value(new BigDecimal(text))
            .status(SourceStatus.parse(st[0]));
        if (!st[1].isEmpty()) {
          b.note(st[1]);
        }
        GwpValue v = b.build();
        values.get(set).add(v);
        if (gas == GreenhouseGas.CH4) {
          methane.put(set, v);
        }
      }
    }
    for (String[] gap : fossilGaps) {
      GwpValue generic = methane.get(gap[0]);
      values.get(gap[0]).add(GwpValue.builder().gas(GreenhouseGas.CH4_FOSSIL)
          .value(generic.value()).status(generic.status())
          .note("IPCC " + gap[0] + " gives no separate value for fossil methane;"
              + " the methane value applies")
          .build());
    }
    Map<String, GwpSet> sets = new LinkedHashMap<>();
    for (String s : SETS) {
      List<GwpValue> sorted = new ArrayList<>(values.get(s));
      sorted.sort(java.util.Comparator.comparing(GwpValue::gas));
      sets.put(s, GwpSet.builder().name(s)
          .description("IPCC " + s + " 100-year GWPs (gwp-100.csv: GHG Protocol GWP tables 2016 and"
              + " 2024, US EPA 40 CFR 98 Table A-1, The Climate Registry, IPCC AR6 WG1 Table 7.15)"
              + (s.equals("AR5") ? "; values without climate-carbon feedback" : ""))
          .addAllValues(sorted).build());
    }
    return Collections.unmodifiableMap(sets);
  }

  /** Per edition: {status word, note} from text like "SAR/AR4 confirmed; AR6 single (…)". */
  static Map<String, String[]> editionStatus(String text) {
    Map<String, String[]> m = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      String p = part.strip();
      Matcher matcher = EDITIONS.matcher(p);
      List<String> editions = SETS;
      String rest = p;
      if (matcher.matches()) {
        editions = List.of(matcher.group(1).split("/"));
        rest = matcher.group(2);
      }
      String word = rest.split("[\\s:(]", 2)[0];
      String note = rest.equals(word) ? "" : (editions == SETS ? rest : String.join("/", editions)
          + " " + rest);
      for (String e : editions) {
        m.put(e, new String[] {word, note});
      }
    }
    SETS.forEach(s -> m.putIfAbsent(s, new String[] {"confirmed", ""}));
    return m;
  }

  private static List<Csv.Row> rows(String file) {
    try (InputStream in = EmbeddedGwpSets.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Embedded GWP data " + file + " is missing");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      List<Csv.Row> rows = Csv.read(reader, true);
      return rows.subList(1, rows.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
