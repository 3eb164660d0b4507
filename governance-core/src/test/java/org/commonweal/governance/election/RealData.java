package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real election data beside the checkout ({@code ../shared/data}, passed by the build as the system
 * property {@code commonweal.data}); tests that need it are skipped, with a message, where it is absent.
 */
final class RealData {
  private RealData() {}

  /** Reads a data file, decoding it with the charset given; skips the test if the file is absent. */
  static String read(String relative, Charset charset) {
    String root = System.getProperty("commonweal.data", "");
    Path file = Path.of(root.isEmpty() ? "../shared/data" : root).resolve(relative);
    assumeTrue(
        Files.isRegularFile(file),
        "real election data not found at " + file + " (set -Dcommonweal.data to the shared data folder)");
    try {
      return new String(Files.readAllBytes(file), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
