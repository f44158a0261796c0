// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.internal.ClauseIds;

/**
 * The catalogue of T/CAS 612—2022, clauses 4 to 10, at the standard's own grain: every clause and
 * sub-clause it numbers (4, 4.3, 4.3.1 … 10.3), in its order, each with its parent, its title and
 * its items from the item-level register. Findings cite the most specific clause ({@code 8.1.3},
 * never the group {@code 8.1}); reports roll them up to the parents.
 *
 * <p>Immutable, thread-safe.
 */
public final class RequirementCatalogue {

  private static final RequirementCatalogue STANDARD = load();

  private final Map<String, Requirement> byId;

  private RequirementCatalogue(Map<String, Requirement> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** The catalogue of T/CAS 612—2022. */
  public static RequirementCatalogue tcas612() {
    return STANDARD;
  }

  /** Every clause and sub-clause, groups included, in the order of the standard. */
  public List<Requirement> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The clauses that findings cite, in the order of the standard: every clause or sub-clause that
   * is not a mere group of sub-clauses (4.1, 4.3.1, 4.3.2 … 10.3).
   */
  public List<Requirement> cited() {
    return byId.values().stream().filter(Requirement::isCited).toList();
  }

  /** Every register row of clauses 4 to 10, in the standard's order. */
  public List<RegisterItem> items() {
    return byId.values().stream().flatMap(r -> r.items().stream()).toList();
  }

  /** The clause with this id, if the standard has it. */
  public Optional<Requirement> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The clause with this id.
   *
   * @throws IllegalArgumentException if the standard has no clause with that id
   */
  public Requirement get(String id) {
    Requirement r = byId.get(id);
    if (r == null) {
      throw new IllegalArgumentException("T/CAS 612 has no requirement '" + id + "'; known: "
          + String.join(", ", byId.keySet()));
    }
    return r;
  }

  /** Whether the standard has a clause with this id. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * The item of clause {@code id} that findings cite as {@code citation} ({@code "h)"}, {@code
   * "b) 1)"}, {@code "•2"}).
   *
   * @throws IllegalArgumentException if the clause has no such item
   */
  public RegisterItem item(String id, String citation) {
    return get(id).items().stream().filter(i -> i.citation().equals(citation)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("T/CAS 612 clause " + id
            + " has no item '" + citation + "'"));
  }

  /** The clauses inside {@code id} (its sub-clauses at every depth), in order. */
  public List<Requirement> within(String id) {
    return byId.values().stream().filter(r -> ClauseIds.covers(id, r.id())).toList();
  }

  /**
   * The heading of a clause as reports print it: its own title, or, for a sub-clause the standard
   * gives no title, the nearest titled parent in brackets ({@code "8.1.3 (8.1 运行的策划与控制)"}).
   */
  public String heading(String id, Locale locale) {
    Requirement r = get(id);
    Optional<String> own = r.title(locale);
    if (own.isPresent()) {
      return id + " " + own.get();
    }
    Optional<String> p = r.parent();
    while (p.isPresent()) {
      Requirement parent = get(p.get());
      if (parent.title(locale).isPresent()) {
        return id + " (" + parent.id() + " " + parent.title(locale).get() + ")";
      }
      p = parent.parent();
    }
    return id;
  }

  private static RequirementCatalogue load() {
    Map<String, String> auditor = new LinkedHashMap<>();
    for (String[] f : rows("judgement.tsv", "\t", 4)) {
      if (!"auditor".equals(f[2])) {
        throw new IllegalStateException("judgement.tsv: unknown way of judging '" + f[2] + "' for "
            + f[0] + " " + f[1]);
      }
      auditor.put(f[0] + " " + f[1], f[3]);
    }
    Map<String, List<RegisterItem>> items = new LinkedHashMap<>();
    String lastLetter = "";
    String lastClause = "";
    int bullets = 0;
    int list = 1;
    for (String[] f : rows("register.tsv", "\t", 9)) {
      String clause = f[0];
      String label = f[2];
      if (!clause.equals(lastClause)) {
        lastLetter = "";
        bullets = 0;
        list = 1;
        lastClause = clause;
      }
      String citation;
      if (label.matches("[a-z]\\)")) {
        if (!lastLetter.isEmpty() && label.compareTo(lastLetter) <= 0) {
          list++;
        }
        lastLetter = label;
        citation = list > 1 ? "list " + list + " " + label : label;
      } else if (label.matches("[a-z]\\) \\(cont\\.\\)")) {
        citation = list > 1 ? "list " + list + " " + label : label;
      } else if (label.matches("\\d+\\)")) {
        citation = lastLetter.isEmpty() ? label
            : (list > 1 ? "list " + list + " " : "") + lastLetter + " " + label;
      } else if (label.startsWith("•")) {
        citation = "•" + (++bullets);
      } else if (label.startsWith("注")) {
        citation = label.replace(" ", "");
      } else {
        citation = "—" + f[1];
      }
      RegisterItem item = RegisterItem.builder().clause(clause).row(Integer.parseInt(f[1]))
          .label(label).citation(citation).verb(f[3]).isRequirement("requirement".equals(f[4]))
          .keyTerm(f[5]).paraphrase(f[6]).evidence(f[7])
          .beyondTheStandard(f[8].isEmpty() ? Optional.empty() : Optional.of(f[8]))
          .auditorJudgement(Optional.ofNullable(auditor.remove(clause + " " + citation))).build();
      items.computeIfAbsent(clause, k -> new ArrayList<>()).add(item);
    }
    Map<String, Requirement> map = new LinkedHashMap<>();
    for (String[] f : rows("requirements.csv", "\\|", 5)) {
      Requirement.Builder b = Requirement.builder().id(f[0])
          .judgement(Requirement.Judgement.valueOf(f[2].toUpperCase(Locale.ROOT)))
          .addAllItems(items.getOrDefault(f[0], List.of()));
      if (!f[1].isEmpty()) {
        b.parent(f[1]);
      }
      if (!f[3].isEmpty()) {
        b.titleZh(f[3]).titleEn(f[4]);
      }
      Requirement r = b.build();
      map.put(r.id(), r);
    }
    if (!auditor.isEmpty()) {
      throw new IllegalStateException("judgement.tsv names rows the register does not have: "
          + auditor.keySet());
    }
    for (String clause : items.keySet()) {
      if (!map.containsKey(clause)) {
        throw new IllegalStateException("register.tsv has items of clause " + clause
            + ", which requirements.csv lacks");
      }
    }
    return new RequirementCatalogue(map);
  }

  /** The data rows of a bundled table: comments and the header skipped, fields split. */
  private static List<String[]> rows(String name, String separator, int fields) {
    try (InputStream in = RequirementCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from cnms-core");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      List<String[]> out = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(separator, -1);
        if (f.length != fields) {
          throw new IllegalStateException(name + ": expected " + fields + " fields, found "
              + f.length + " in: " + line);
        }
        out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
