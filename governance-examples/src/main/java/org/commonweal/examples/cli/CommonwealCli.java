package org.commonweal.examples.cli;

/** Placeholder for the command-line tool. */
public final class CommonwealCli {
  private CommonwealCli() {}

  public static void main(String[] args) {
    System.out.println("commonweal");
  }
}
