package org.commonweal.governance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestsReportTest {

  /** Tests that run, are disabled, or abort on an assumption; run only through {@link #run}. */
  static class Sample {
    @Test
    void runs() {}

    @Test
    @Disabled("waits for the 2027 data")
    void disabled() {}

    @Test
    void aborts() {
      assumeTrue(false, "real election data not found at /nowhere");
    }

    @Test
    void abortsWithALongReason() {
      assumeTrue(false, "first line\n  second line");
    }
  }

  /** A class whose every test is aborted at once, by an assumption before any of them starts. */
  static class AbortedClass {
    @BeforeAll
    static void needTheData() {
      assumeTrue(false, "no data folder");
    }

    @Test
    void never() {}
  }

  /** Only passing tests. */
  static class AllRun {
    @Test
    void runs() {}
  }

  /** Runs the classes through a launcher with only the report under test listening; its console lines. */
  private static List<String> run(Class<?>... classes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    // No listener from META-INF/services: the report under test is the only one, writing to a buffer.
    Launcher launcher =
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> c : classes) {
      request.selectors(selectClass(c));
    }
    // Only the Jupiter engine's view of these classes: other engines on the class path find nothing.
    LauncherDiscoveryRequest built =
        request.filters(ClassNameFilter.includeClassNamePatterns(".*SkippedTestsReportTest\\$.*")).build();
    launcher.execute(built, new SkippedTestsReport(out));
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }

  @Test
  void run_printsOneLinePerSkippedTestWithItsReason() {
    assertEquals(
        List.of(
            "Skipped SkippedTestsReportTest$Sample#aborts: real election data not found at /nowhere",
            "Skipped SkippedTestsReportTest$Sample#abortsWithALongReason: first line second line",
            "Skipped SkippedTestsReportTest$Sample#disabled: waits for the 2027 data"),
        run(Sample.class).stream().sorted().toList());
  }

  @Test
  void run_classAbortedBeforeItsTests_isOneLineNamedAfterTheClass() {
    assertEquals(List.of("Skipped SkippedTestsReportTest$AbortedClass: no data folder"), run(AbortedClass.class));
  }

  @Test
  void run_whereEveryTestRan_printsNothing() {
    assertEquals(List.of(), run(AllRun.class));
  }
}
