package org.commonweal.examples;

import org.commonweal.governance.base.Fraction;

/** The flagship example: a co-operative school trust. */
public final class SchoolTrust {
  private SchoolTrust() {}

  public static void main(String[] args) {
    System.out.println("Special resolution threshold: " + Fraction.of(3, 4));
  }
}
