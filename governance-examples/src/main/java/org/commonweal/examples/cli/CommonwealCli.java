package org.commonweal.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code commonweal} command-line tool: {@code java -jar commonweal-cli.jar count --rule RULE
 * FILE...} counts ballot files ({@code --format html --out DIR} writes a page for each). Output is UTF-8
 * whatever the platform's default.
 *
 * <p>Exit status: 0 when every file was counted, 1 when any could not be, 2 for a usage error.
 */
@Command(
    name = "commonweal",
    mixinStandardHelpOptions = true,
    version = "commonweal 0.1.0",
    description = "Executable rules for co-operatives and community organisations.",
    subcommands = {CountCommand.class, PowerCommand.class, ValidateCommand.class})
public final class CommonwealCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** For picocli. */
  public CommonwealCli() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool with the given streams, as {@link #main} does: for tests and embedding.
   *
   * @param args the command line
   * @param out where results go; the {@code count} command writes its results to it as UTF-8 bytes, so
   *     it should be a stream that writes UTF-8, as {@link #main}'s is
   * @param err where usage errors go, and with {@code count --format html} the errors of files that failed
   * @return the exit status: 0 all counted, 1 some file failed, 2 usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    // A plain count command line needs none of the parser's machinery, whose start-up is most of the
    // time a small file takes; anything else goes through the parser.
    Integer fast = CountCommand.runFast(args, out);
    if (fast != null) {
      out.flush();
      return fast;
    }
    CommandLine cl = new CommandLine(new CommonwealCli());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    CommandLine count = cl.getSubcommands().get("count");
    ((CountCommand) count.getCommand()).output(out);
    ((CountCommand) count.getCommand()).errors(err);
    count.getHelpSectionMap().put("rules", help -> String.format(RuleTable.help()));
    List<String> keys = new ArrayList<>(count.getHelpSectionKeys());
    keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), "rules");
    count.setHelpSectionKeys(keys);
    cl.setParameterExceptionHandler(
        (ex, rest) -> {
          CommandLine at = ex.getCommandLine();
          at.getErr().println(ex.getMessage());
          at.getErr().println("Try '" + at.getCommandSpec().qualifiedName() + " --help' for more information.");
          return CommandLine.ExitCode.USAGE;
        });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
