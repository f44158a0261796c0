// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnms.examples.testing.SampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on the inputs a careless user or an adversary gives it: incomplete activity
 * data, files no reader reads, outputs aimed at the workspace's own inputs, files that are not
 * regular files. None ends in exit 0 with a wrong answer, none in a stack trace.
 */
class CnmsBadInputTest {

  @TempDir Path tmp;

  static CnmsTest.Run cnms(String... args) {
    return CnmsTest.cnms(args);
  }

  private Path sample() {
    return SampleCopy.copyTo(tmp.resolve("ws"));
  }

  private static void assertBadInput(CnmsTest.Run r, String firstLine) {
    assertEquals(Cnms.BAD_INPUT, r.code(), r.err());
    assertEquals(firstLine, r.err().lines().findFirst().orElse(""), r.err());
    assertFalse(r.out().contains("carbon neutral"), r.out());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void aHeaderOnlyActivityFileIsNeverCarbonNeutral() throws IOException {
    Path ws = sample();
    Path f = ws.resolve("activity/2025.csv");
    Files.writeString(f, Files.readAllLines(f).get(0) + "\n");
    assertBadInput(cnms("balance", "-q", "--dir", ws.toString()), "activity/2025.csv:1: The"
        + " file has a header but no rows of data; a year without activity is declared"
        + " in workspace.yaml under yearsWithoutActivity with its reason");
  }

  @Test
  void anUpperCaseExtensionIsNamed() throws IOException {
    Path ws = sample();
    Files.move(ws.resolve("activity/2025.csv"), ws.resolve("activity/2025.CSV"));
    assertBadInput(cnms("balance", "-q", "--dir", ws.toString()),
        "activity/2025.CSV: not read: the extension must be .csv in lower case");
  }

  @Test
  void aFileInASubFolderIsNamed() throws IOException {
    Path ws = sample();
    Files.createDirectories(ws.resolve("activity/2025"));
    Files.move(ws.resolve("activity/2025.csv"), ws.resolve("activity/2025/2025.csv"));
    CnmsTest.Run r = cnms("balance", "-q", "--dir", ws.toString());
    assertBadInput(r, "activity/2025/: a folder inside activity/ is not read; activity files"
        + " lie directly in activity/");
    assertTrue(r.err().contains("activity/2025/2025.csv: not read"), r.err());
  }

  @Test
  void aDeclaredYearWithoutActivityIsNamed() throws IOException {
    Path ws = sample();
    Files.delete(ws.resolve("activity/2025.csv"));
    assertBadInput(cnms("balance", "-q", "--dir", ws.toString()), "workspace.yaml:5: the"
        + " reporting year 2025 has no activity records in activity/; add them, or declare the"
        + " year under yearsWithoutActivity with the reason it has none");
  }

  @Test
  void aSecondClaimForAYearIsNamed() throws IOException {
    Path ws = sample();
    Files.writeString(ws.resolve("workspace.yaml"), "- id: CLAIM-2025-B\n  year: 2025\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertBadInput(cnms("balance", "-q", "--dir", ws.toString()), "workspace.yaml:18: a second"
        + " neutrality claim for 2025: CLAIM-2025-B here and CLAIM-2025-C1C2 at"
        + " workspace.yaml:14; a year has one claim");
  }

  // ---- the ledger head ----

  @Test
  void balanceAndReportPrintTheLedgerHeadTheyJudgedOn() throws Exception {
    String head = "3fa06eff1aa3b29e344f123ccdadf47c5f72bf91d2c238df136c048ea019099a";
    CnmsTest.Run text = cnms("balance", "-q");
    assertEquals(Cnms.OK, text.code(), text.err());
    assertTrue(text.out().contains("Judged on ledger head (entries · hash): 5 · " + head),
        text.out());
    CnmsTest.Run json = cnms("balance", "-q", "--format", "json");
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertEquals(5, tree.at("/ledgerSize").asInt());
    assertEquals(head, tree.at("/ledgerHash").asText());
    CnmsTest.Run report = cnms("report", "-q", "--no-html", "--format", "json");
    tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.out());
    assertEquals(head, tree.at("/balance/ledgerHash").asText());
    CnmsTest.Run zh = cnms("balance", "-q", "--lang", "zh");
    assertTrue(zh.out().contains("所依据的台账头（条目数 · 哈希）"), zh.out());
  }

  @Test
  void aLedgerShorterThanTheClaimsPinIsBadInput() throws IOException {
    Path ws = sample();
    Path ledger = ws.resolve("ledger.jsonl");
    java.util.List<String> lines = Files.readAllLines(ledger);
    Files.write(ledger, lines.subList(0, lines.size() - 1));
    CnmsTest.Run r = cnms("balance", "-q", "--dir", ws.toString());
    assertEquals(Cnms.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().startsWith("workspace.yaml:17: the claim CLAIM-2025-C1C2 was judged on"
        + " the ledger head 5 entries, hash 3fa06eff"), r.err());
    assertTrue(r.err().contains("but the ledger holds only 4 entries"), r.err());
  }

  // ---- --out ----

  @Test
  void outNeverOverwritesAWorkspaceInput() throws IOException {
    Path ws = sample();
    byte[] before = Files.readAllBytes(ws.resolve("system.yaml"));
    CnmsTest.Run r = cnms("inventory", "-q", "--dir", ws.toString(), "--out",
        ws.resolve("system.yaml").toString());
    assertEquals(Cnms.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("--out " + ws.resolve("system.yaml") + ": would overwrite or"
        + " add to the workspace's input system.yaml; write the output elsewhere"), r.err());
    assertEquals(new String(before, StandardCharsets.UTF_8),
        Files.readString(ws.resolve("system.yaml")));
  }

  @Test
  void outThroughASymbolicLinkOrAnotherSpellingIsRefusedToo() throws IOException {
    Path ws = sample();
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"),
        ws.resolve("activity/2025.csv"));
    CnmsTest.Run r = cnms("inventory", "-q", "--dir", ws.toString(), "--out", link.toString());
    assertEquals(Cnms.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("the workspace's input activity/2025.csv"), r.err());
    CnmsTest.Run dotted = cnms("inventory", "-q", "--dir", ws.toString(), "--out",
        ws.resolve("activity/../ledger.jsonl").toString());
    assertEquals(Cnms.USAGE, dotted.code(), dotted.err());
    assertTrue(dotted.err().contains("ledger.jsonl: is the ledger the command reads; write the"
        + " output elsewhere"), dotted.err());
    CnmsTest.Run factors = cnms("inventory", "-q", "--dir", ws.toString(), "--out",
        ws.resolve("activity/../factors.csv").toString());
    assertEquals(Cnms.USAGE, factors.code(), factors.err());
    assertTrue(factors.err().contains("the workspace's input factors.csv"), factors.err());
    CnmsTest.Run html = cnms("report", "-q", "--dir", ws.toString(), "--html",
        ws.resolve("footprints/report.html").toString());
    assertEquals(Cnms.USAGE, html.code(), html.err());
    assertFalse(Files.exists(ws.resolve("footprints/report.html")));
  }

  @Test
  void anUnwritableOutIsAUsageErrorBeforeAnyWork() throws IOException {
    CnmsTest.Run r = cnms("inventory", "--out", tmp.resolve("nowhere/inventory.txt").toString());
    assertEquals(Cnms.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("--out " + tmp.resolve("nowhere/inventory.txt")
        + ": the folder " + tmp.resolve("nowhere") + " does not exist"), r.err());
    assertFalse(r.err().contains("loading"), "nothing was loaded: " + r.err());
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    CnmsTest.Run under = cnms("inventory", "-q", "--out", file.resolve("x.txt").toString());
    assertEquals(Cnms.USAGE, under.code(), under.err());
    CnmsTest.Run folder = cnms("inventory", "-q", "--out", tmp.toString());
    assertEquals(Cnms.USAGE, folder.code(), folder.err());
    assertTrue(folder.err().startsWith("--out " + tmp + ": is a folder; name a file"),
        folder.err());
  }

  @Test
  void anOutInsideTheWorkspaceThatIsNoInputIsWritten() throws IOException {
    Path ws = sample();
    CnmsTest.Run r = cnms("inventory", "-q", "--dir", ws.toString(), "--format", "json",
        "--out", ws.resolve("inventory.json").toString());
    assertEquals(Cnms.OK, r.code(), r.err());
    assertTrue(Files.readString(ws.resolve("inventory.json")).contains("\"totalEmissions\""));
  }

  // ---- files that are not regular files ----

  @Test
  void aLinkToDevZeroIsRefused() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    Path ws = sample();
    Files.delete(ws.resolve("activity/2025.csv"));
    Files.createSymbolicLink(ws.resolve("activity/2025.csv"), zero);
    assertBadInput(cnms("balance", "-q", "--dir", ws.toString()), "activity/2025.csv: is not"
        + " a regular file (a device, a named pipe or a link to one); it is not read");
    CnmsTest.Run verify = cnms("ledger", "verify", "--ledger", zero.toString());
    assertEquals(Cnms.BAD_INPUT, verify.code(), verify.err());
    assertEquals("cnms: /dev/zero: not a regular file (a device, a named pipe or a link to one);"
        + " it is not read", verify.err().strip());
  }

  @Test
  void aLinkToANamedPipeIsRefused() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    Path ws = sample();
    Files.delete(ws.resolve("system.yaml"));
    Files.createSymbolicLink(ws.resolve("system.yaml"), fifo);
    assertBadInput(cnms("inventory", "-q", "--dir", ws.toString()), "system.yaml: is not a"
        + " regular file (a device, a named pipe or a link to one); it is not read");
  }

  @Test
  void aMissingLedgerFileIsBadInputNotAnInternalError() {
    CnmsTest.Run r = cnms("ledger", "verify", "--ledger", tmp.resolve("none.jsonl").toString());
    assertEquals(Cnms.BAD_INPUT, r.code(), r.err());
    assertEquals("cnms: cannot read the input: " + tmp.resolve("none.jsonl") + ": no such file",
        r.err().strip());
  }

  @Test
  void aLedgerThatIsNotUtf8IsBadInputNamingIt() throws IOException {
    Path bad = Files.write(tmp.resolve("bad.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, '{',
        '}', '\n'});
    CnmsTest.Run r = cnms("ledger", "verify", "--ledger", bad.toString());
    assertEquals(Cnms.BAD_INPUT, r.code(), r.err());
    assertEquals("cnms: " + bad + ": not UTF-8 text; a ledger is JSON Lines in UTF-8",
        r.err().strip());
  }

  // ---- errors ----

  @Test
  void anErrorSuchAsOutOfMemoryIsOneLineAndExitFour() {
    StringWriter err = new StringWriter();
    int code = Cnms.internalError(new OutOfMemoryError("Java heap space"),
        new PrintWriter(err));
    assertEquals(Cnms.INTERNAL, code);
    boolean debug = System.getenv("CNMS_DEBUG") != null;
    if (!debug) {
      assertEquals("cnms: internal error: java.lang.OutOfMemoryError: Java heap space (set"
          + " CNMS_DEBUG=1 to see the stack trace)", err.toString().strip());
    }
  }
}
