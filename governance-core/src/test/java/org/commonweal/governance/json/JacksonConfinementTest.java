package org.commonweal.governance.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Jackson is optional: a caller who stores nothing must not need it, so no package but {@code json} may
 * refer to it.
 */
class JacksonConfinementTest {

  @Test
  void jackson_isUsedByTheJsonPackageOnly() throws Exception {
    Path classes = Path.of(CommonwealModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaClasses library =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes);
    assertTrue(library.size() > 100, "expected the library's classes, found " + library.size());
    noClasses()
        .that()
        .resideOutsideOfPackage("org.commonweal.governance.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .check(library);
  }
}
