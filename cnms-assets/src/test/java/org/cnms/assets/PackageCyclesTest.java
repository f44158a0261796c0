// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.cnms.assets.ledger.Ledger;
import org.junit.jupiter.api.Test;

/**
 * No package of cnms-assets depends, directly or through others, on a package that depends on it:
 * each package can be read, tested and moved out on its own. The production classes are read
 * from the module's build output, so tests and test support do not count.
 */
class PackageCyclesTest {

  @Test
  void packagesAreFreeOfCycles() throws URISyntaxException {
    Path classes =
        Path.of(Ledger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaClasses production = new ClassFileImporter().importPath(classes);
    slices().matching("org.cnms.(**)").should().beFreeOfCycles().check(production);
  }
}
