package org.commonweal.examples;

import java.io.PrintStream;

/** One part of the flagship example's printout: a title and a body printed under it. */
public interface Section {
  /**
   * Returns the section's title.
   *
   * @return the title, printed as a heading
   */
  String title();

  /**
   * Prints the section's body.
   *
   * @param out where to print
   */
  void print(PrintStream out);
}
