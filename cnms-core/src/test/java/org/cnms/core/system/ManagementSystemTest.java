// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.Person;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.sample.SampleSystem;
import org.junit.jupiter.api.Test;

/** The aggregate rejects a copy of the sample with one defect, naming it. */
class ManagementSystemTest {

  private static final ManagementSystem SAMPLE = SampleSystem.load();
  private static final String PREFIX =
      "ManagementSystem of organisation ORG-HDJM is not consistent (1 problem): ";

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  private static <T> List<T> replace(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  @Test
  void findsRecordsByIdAndKind() {
    assertEquals("苏州工厂", SAMPLE.find("F-SZ", org.cnms.core.organisation.Facility.class)
        .orElseThrow().name());
    assertTrue(SAMPLE.find("F-SZ", Person.class).isEmpty());
    assertTrue(SAMPLE.find("PT-2025", org.cnms.core.performance.PhasedTarget.class).isPresent());
    assertTrue(SAMPLE.find("CA-2025-01", org.cnms.core.improvement.CorrectiveAction.class)
        .isPresent());
  }

  @Test
  void duplicateIdIsRejected() {
    List<Person> persons = plus(SAMPLE.persons(), Person.of("F-SZ", "张三"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withPersons(persons));
    assertEquals(PREFIX + "id 'F-SZ' is used by both a Facility and a Person", e.getMessage());
  }

  @Test
  void anIdThatDiffersOnlyInSpellingIsRejectedNamingBoth() {
    for (String alike : List.of("f-sz", "Ｆ－ＳＺ", "F–SZ", "F\u2011SZ", "F\uFE63SZ",
        "F\u2212SZ", "\u3000F-SZ")) {
      List<Person> persons = plus(SAMPLE.persons(), Person.of(alike, "张三"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SAMPLE.withPersons(persons), alike);
      assertEquals(PREFIX + "Person id '" + alike + "' differs from Facility id 'F-SZ' only by"
          + " case, width, a dash or whitespace; did you mean 'F-SZ'? An id is one thing, never"
          + " a second one spelled alike", e.getMessage());
    }
  }

  @Test
  void aReferenceSpelledAlikeSaysWhichRecordWasMeant() {
    GhgSource first = SAMPLE.sources().get(0);
    String method = first.methodId();
    String alike = method.toLowerCase(java.util.Locale.ROOT).replace('-', '\u2014');
    List<GhgSource> sources = replace(SAMPLE.sources(), 0, first.withMethodId(alike));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withSources(sources));
    assertEquals(PREFIX + "GhgSource S-SZ-NG-BOILER refers through methodId to '" + alike
        + "', which does not exist; did you mean '" + method + "' (QuantificationMethod)?",
        e.getMessage());
  }

  @Test
  void danglingReferenceIsRejected() {
    GhgSource first = SAMPLE.sources().get(0);
    List<GhgSource> sources = replace(SAMPLE.sources(), 0, first.withMethodId("M-MISSING"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withSources(sources));
    assertEquals(PREFIX + "GhgSource S-SZ-NG-BOILER refers through methodId to 'M-MISSING',"
        + " which does not exist", e.getMessage());
  }

  @Test
  void referenceToARecordOfAnotherKindIsRejected() {
    GhgTarget first = SAMPLE.ghgTargets().get(0);
    List<GhgTarget> targets = replace(SAMPLE.ghgTargets(), 0,
        first.withPhasedTargetId("NT-2035"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withGhgTargets(targets));
    assertEquals(PREFIX + "GhgTarget GT-2025-ORG refers through phasedTargetId to 'NT-2035',"
        + " which is a CarbonNeutralityTarget, not a PhasedTarget", e.getMessage());
  }

  @Test
  void sourceOutsideTheBoundaryIsRejected() {
    // the head office stays a facility of the organisation, but leaves the boundary
    OrganisationalBoundary withoutHeadOffice = OrganisationalBoundary.builder()
        .approach(SAMPLE.boundary().approach())
        .addFacilities(BoundaryEntry.of("F-SZ"), BoundaryEntry.of("F-HF"),
            BoundaryEntry.of("F-AJ"))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withBoundary(withoutHeadOffice));
    String outside = " sits in facility 'F-SH', which is outside the organisational boundary";
    assertEquals("ManagementSystem of organisation ORG-HDJM is not consistent (4 problems): "
        + "GhgSource S-SH-CARS" + outside + "; GhgSource S-SH-AC-R410A" + outside
        + "; GhgSource S-SH-ELEC" + outside + "; GhgSource S-SH-TRAVEL" + outside,
        e.getMessage());
  }

  @Test
  void sinkOutsideTheBoundaryIsRejected() {
    OrganisationalBoundary withoutForest = OrganisationalBoundary.builder()
        .approach(SAMPLE.boundary().approach())
        .addFacilities(BoundaryEntry.of("F-SZ"), BoundaryEntry.of("F-HF"),
            BoundaryEntry.of("F-SH"))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withBoundary(withoutForest));
    assertEquals(PREFIX + "GhgSink K-AJ-FOREST sits in facility 'F-AJ', which is outside the"
        + " organisational boundary", e.getMessage());
  }

  @Test
  void revisionSupersedingARecordOfAnotherKindIsRejected() {
    int last = SAMPLE.policies().size() - 1;
    CarbonNeutralityPolicy current = SAMPLE.policies().get(last);
    List<CarbonNeutralityPolicy> policies = replace(SAMPLE.policies(), last,
        current.withSupersedes("BL-2021"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withPolicies(policies));
    assertEquals(PREFIX + "CarbonNeutralityPolicy POL-2024 refers through supersedes to"
        + " 'BL-2021', which is a Baseline, not a CarbonNeutralityPolicy", e.getMessage());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<Person> persons = plus(SAMPLE.persons(), Person.of("F-SZ", "张三"));
    GhgSource first = SAMPLE.sources().get(0);
    List<GhgSource> sources = replace(SAMPLE.sources(), 0, first.withMethodId("M-MISSING"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SAMPLE.withPersons(persons).withSources(sources));
    // the first copy fails already: the duplicate id
    assertTrue(e.getMessage().contains("(1 problem)"), e.getMessage());
    ManagementSystem.Builder b = ManagementSystem.builder()
        .organisation(SAMPLE.organisation()).boundary(SAMPLE.boundary())
        .scope(SAMPLE.scope().withConsideredFactorIds(List.<String>of())
            .withConsideredRequirementIds(List.<String>of())
            .withDocumentId(java.util.Optional.empty()))
        .addAllFacilities(SAMPLE.facilities()).addAllPersons(persons).addAllSources(sources)
        .addAllMethods(SAMPLE.methods());
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(both.getMessage().contains("(2 problems)"), both.getMessage());
    assertTrue(both.getMessage().contains("id 'F-SZ' is used by both a Facility and a Person"));
    assertTrue(both.getMessage().contains("to 'M-MISSING', which does not exist"));
  }

  @Test
  void unknownFieldDeepInTheYamlIsRejectedWithItsPath() throws IOException {
    String yaml;
    try (InputStream in = SampleSystem.class.getResourceAsStream(SampleSystem.RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String line = "  - sourceId: S-SZ-NG-BOILER\n    facilityId: F-SZ\n";
    int at = yaml.indexOf(line, yaml.indexOf("\ninventories:"));
    assertTrue(at > 0);
    String bad = yaml.substring(0, at) + line + "    colour: red\n"
        + yaml.substring(at + line.length());
    InterchangeException e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromYaml(bad, ManagementSystem.class));
    assertEquals("$.inventories[0].lines[0].colour", e.path());
    assertTrue(e.getMessage().contains("cannot read ManagementSystem at"
        + " $.inventories[0].lines[0].colour: unknown field 'colour'; known fields: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("co2e, facilityId, gas, gasTonnes, kind, sourceId"),
        e.getMessage());
  }

  @Test
  void unknownFieldInJsonIsRejectedWithItsPath() {
    String json = CnmsJson.toJson(SAMPLE).replaceFirst("\"effect\" *: *",
        "\"impact\" : \"高\", \"effect\" : ");
    InterchangeException e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson(json, ManagementSystem.class));
    assertEquals("$.contextFactors[0].impact", e.path());
  }
}
