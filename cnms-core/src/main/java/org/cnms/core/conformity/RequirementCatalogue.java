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
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of the requirements of T/CAS 612—2022, clause 4.1 to 10.3, in the order of the
 * standard: the ids every conformity rule, finding and report of cnms uses.
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

  /** Every requirement, in the order of the standard. */
  public List<Requirement> all() {
    return List.copyOf(byId.values());
  }

  /** The requirement with this id, if the standard has it. */
  public Optional<Requirement> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The requirement with this id.
   *
   * @throws IllegalArgumentException if the standard has no requirement with that id
   */
  public Requirement get(String id) {
    Requirement r = byId.get(id);
    if (r == null) {
      throw new IllegalArgumentException("T/CAS 612 has no requirement '" + id + "'; known: "
          + String.join(", ", byId.keySet()));
    }
    return r;
  }

  /** Whether the standard has a requirement with this id. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  private static RequirementCatalogue load() {
    Map<String, Requirement> map = new LinkedHashMap<>();
    try (InputStream in = RequirementCatalogue.class.getResourceAsStream("requirements.csv")) {
      if (in == null) {
        throw new IllegalStateException("requirements.csv is missing from cnms-core");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\\|", -1);
        Requirement r = Requirement.builder().id(f[0]).checkableFromData("data".equals(f[1]))
            .titleZh(f[2]).titleEn(f[3]).gistZh(f[4]).gistEn(f[5]).build();
        map.put(r.id(), r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RequirementCatalogue(map);
  }
}
