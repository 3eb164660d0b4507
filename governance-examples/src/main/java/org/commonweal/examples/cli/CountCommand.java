package org.commonweal.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.GovernanceException;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.BallotRules;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.BltReader;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.RcvSettings;
import org.commonweal.governance.election.ReadOptions;
import org.commonweal.governance.election.RegisteredMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code count}: counts each ballot file under a rule and prints the result, as a stage-by-stage table
 * or as one JSON object per file, or writes one HTML page per file into a folder ({@link HtmlReport},
 * named by {@link PageNames}). A file that cannot be read or counted is reported and the others
 * are still counted, whatever went wrong with it (a malformed line, a limit, a count that ran out of
 * memory). Files are independent, so several small files are counted on every core at once; results are
 * printed in the order of the files.
 */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Counts each ballot file under a rule, stage by stage.",
    footerHeading = "%nExit status: ",
    footer = "0 if every file was counted, 1 if any failed, 2 for a usage error.")
final class CountCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rule", required = true, paramLabel = "RULE", description = "The counting rule (see Rules below).")
  String rule = "";

  @Option(
      names = "--seats",
      paramLabel = "N",
      description = "Seats to fill, overriding the file's (default: the file's, or 1).")
  Integer seats;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "Seed of the lot where a rule needs one (default: the lot follows the candidates' order in the"
              + " file). Every draw is recorded in the report.")
  Long seed;

  @Option(
      names = "--input",
      paramLabel = "FORMAT",
      defaultValue = "blt",
      description = "Input format: blt, debian, rankedvote-csv or cdf-json (default: ${DEFAULT-VALUE}).")
  String input = "blt";

  @Option(
      names = "--contest",
      paramLabel = "NAME",
      description =
          "With --input cdf-json: the contest to count, by its name (default: the file's one ranked contest;"
              + " where it has several, the error lists them).")
  String contest;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output: text (a result sheet), json (one object per file, per line) or html (one page per file"
              + " in the --out folder) (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = {
        "With --format html, and only with it: the folder the pages are written to, created if missing (an"
            + " existing file that is not a folder is refused). One self-contained page per file (its style"
            + " and chart inline; nothing fetched), named after the file without its folder and last"
            + " extension: ward.blt gives ward.html. A name an earlier file (in the order given) already"
            + " took gets -2, -3, ...: a second ward.blt, from another folder, gives ward-2.html; names are"
            + " compared ignoring case, and a page of the same name already in DIR is replaced, unless it is"
            + " one of the files counted. Standard output lists the pages written, one per line. A file that"
            + " cannot be read or counted, or whose page cannot be written, gets no page: its error goes to"
            + " standard error (and the exit status is 1); it keeps its name, so that the other pages are"
            + " named the same either way."
      })
  Path out;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Encoding of the files' text (default: UTF-8, or ISO-8859-1 for a file that is not valid UTF-8;"
              + " the result says which, and why).")
  String encoding;

  @Option(
      names = "--max-line-length",
      paramLabel = "BYTES",
      defaultValue = "64M",
      description = "Refuse a file with a longer line (default: ${DEFAULT-VALUE}; K, M and G multiply by 1024).")
  String maxLineLength = "64M";

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      defaultValue = "512M",
      description = "Refuse a larger file before reading it (default: ${DEFAULT-VALUE}).")
  String maxFileSize = "512M";

  @Option(
      names = "--overvote",
      paramLabel = "RULE",
      description =
          "How a rank with several candidates is read, by RCTab's names: exhaustImmediately,"
              + " alwaysSkipToNextRank or exhaustIfMultipleContinuing (rcv rules only) (default: the rule's).")
  String overvote;

  @Option(
      names = "--max-skipped-ranks",
      paramLabel = "N",
      description = "Blank ranks in a row a paper may have before it is exhausted, or unlimited (default).")
  String maxSkippedRanks;

  @Option(
      names = "--max-rankings",
      paramLabel = "N",
      description =
          "Ranks that count, or max for the number of declared candidates; a paper ranked past the cap is"
              + " refused (default: no cap).")
  String maxRankings;

  @Option(names = "--exhaust-on-duplicate", description = "A candidate ranked twice exhausts the paper there.")
  boolean exhaustOnDuplicate;

  @Option(
      names = "--overvote-is-mark",
      description = "A skipped overvote is a mark that ends a run of blank ranks, as RCTab reads it.")
  boolean overvoteIsMark;

  @Option(
      names = "--overvote-counts-every-mark",
      description = "Marks for excluded candidates count toward an overvote, as RCTab reads them.")
  boolean overvoteCountsEveryMark;

  @Option(names = "--exclude", paramLabel = "NAME", description = "A candidate excluded from the count (repeatable).")
  List<String> exclude = List.of();

  @Option(
      names = "--undeclared-write-in",
      paramLabel = "NAME",
      description = "The candidate that stands for every undeclared write-in (rcv rules).")
  String undeclaredWriteIn;

  @Option(
      names = "--tiebreak",
      paramLabel = "MODE",
      description =
          "rcv rules: useCandidateOrder, random, generatePermutation, previousRoundCountsThenRandom,"
              + " previousRoundCountsThenAsk (default; the lot of --seed) or stopCountingAndAsk.")
  String tiebreak;

  @Option(names = "--random-seed", paramLabel = "S", description = "rcv rules: the seed of RCTab's lot.")
  Long randomSeed;

  @Option(names = "--continue-until-two", description = "rcv: count on until two candidates remain.")
  boolean continueUntilTwo;

  @Option(names = "--stop-after-round", paramLabel = "N", description = "rcv rules: stop the count after round N.")
  Integer stopAfterRound;

  @Option(names = "--first-round-determines-threshold", description = "rcv: the first round's threshold holds.")
  boolean firstRoundDeterminesThreshold;

  @Option(names = "--minimum-vote-threshold", paramLabel = "N", description = "rcv rules: eliminate at once anyone below N votes.")
  Long minimumVoteThreshold;

  @Option(names = "--batch-elimination", description = "rcv, rcv-multi-pass: RCTab's batch elimination.")
  boolean batchElimination;

  @Option(
      names = "--bottoms-up-percentage",
      paramLabel = "P",
      description = "rcv-bottoms-up: elect everyone above P per cent of the round's votes, no fixed seats.")
  String bottomsUpPercentage;

  @Option(names = "--cutoff-elimination", description = "With --bottoms-up-percentage: eliminate everyone below it at once.")
  boolean cutoffElimination;

  @Option(names = "--decimal-places", paramLabel = "D", description = "rcv rules: places of the vote arithmetic (default 4).")
  Integer decimalPlaces;

  @Option(names = "--non-integer-threshold", description = "rcv rules: a fractional Droop threshold.")
  boolean nonIntegerThreshold;

  @Option(names = "--hare-quota", description = "rcv rules: Hare's threshold, ceil(V / S).")
  boolean hareQuota;

  @Option(names = "--blank-as-write-in", description = "rcv rules: blank ranks up to the cap read as the undeclared write-in.")
  boolean blankAsWriteIn;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The ballot files.")
  List<String> files = List.of();

  private PrintStream stdout = System.out;
  private PrintStream stderr = System.err;

  /** For picocli. */
  CountCommand() {}

  void output(PrintStream stream) {
    this.stdout = stream;
  }

  void errors(PrintStream stream) {
    this.stderr = stream;
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    return run(job(message -> new ParameterException(cl, message)));
  }

  /** Counts every file as the job says; the exit status. */
  private int run(Job job) {
    boolean allCounted = true;
    List<Outcome> outcomes = outcomes(job);
    if (job.output() == Output.HTML) {
      return pages(job, outcomes);
    }
    for (Outcome o : outcomes) {
      allCounted &= o.counted;
      // Written as the UTF-8 bytes the worker made: printing text would encode it through the stream's
      // writer a character at a time, a tenth of the main thread's work on a batch of files.
      stdout.write(o.utf8, 0, o.utf8.length);
    }
    stdout.flush();
    return allCounted ? CommandLine.ExitCode.OK : 1;
  }

  /**
   * Writes each counted file's page into the job's folder, in the order of the files, and lists each page
   * written on standard output; a file that failed, or whose page could not be written, is reported on
   * standard error.
   */
  private int pages(Job job, List<Outcome> outcomes) {
    Path dir = job.out().orElseThrow();
    List<String> names = PageNames.of(files);
    boolean all = true;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      if (!o.counted) {
        all = false;
        stderr.write(o.utf8, 0, o.utf8.length);
        continue;
      }
      Path page = dir.resolve(names.get(i));
      try {
        // A page never replaces a file being counted (an input named ward.html, with --out its folder).
        if (isInput(page)) {
          all = false;
          stderr.println(
              Terminal.safe(
                  files.get(i) + ": error: the page " + page + " would replace an input file; choose another --out"));
          continue;
        }
        Files.write(page, o.utf8);
        stdout.println(Terminal.safe(page.toString()));
      } catch (IOException e) {
        all = false;
        stderr.println(Terminal.safe(files.get(i) + ": error: cannot write the page " + page + ": " + describe(e)));
      }
    }
    stdout.flush();
    stderr.flush();
    return all ? CommandLine.ExitCode.OK : 1;
  }

  /** Whether the path is one of the files being counted. */
  private boolean isInput(Path page) throws IOException {
    if (!Files.exists(page)) {
      return false;
    }
    for (String f : files) {
      try {
        Path p = Path.of(f);
        if (Files.exists(p) && Files.isSameFile(p, page)) {
          return true;
        }
      } catch (InvalidPathException e) {
        // Not a path: not the page.
      }
    }
    return false;
  }

  /** Checks the settings; a usage error goes through {@code usage}. */
  private Job job(Function<String, RuntimeException> usage) {
    Optional<RegisteredMethod> found = MethodRegistry.find(rule);
    if (found.isEmpty()) {
      throw usage.apply("unknown rule '" + rule + "'; available: " + String.join(", ", MethodRegistry.names()));
    }
    RegisteredMethod r = found.get();
    RuleTable.Input in = RuleTable.INPUTS.get(input);
    if (in == null) {
      throw usage.apply("unknown input '" + input + "'; available: " + String.join(", ", RuleTable.INPUTS.keySet()));
    }
    if (contest != null && !in.name().equals("cdf-json")) {
      throw usage.apply("--contest applies to --input cdf-json only, not " + input);
    }
    Output output =
        switch (format) {
          case "text" -> Output.TEXT;
          case "json" -> Output.JSON;
          case "html" -> Output.HTML;
          default -> throw usage.apply("unknown format '" + format + "'; use text, json or html");
        };
    if (output == Output.HTML && out == null) {
      throw usage.apply("--format html writes one page per file: give the folder with --out DIR");
    }
    if (output != Output.HTML && out != null) {
      throw usage.apply("--out applies to --format html only, not " + format);
    }
    if (seats != null && seats < 1) {
      throw usage.apply("--seats (" + seats + ") must be at least 1");
    }
    if (seats != null && seats != 1 && r.singleWinner()) {
      throw usage.apply("rule '" + rule + "' elects one candidate: --seats must be 1, not " + seats);
    }
    boolean rcvRule = r.name().startsWith("rcv");
    if (!rcvRule && rcvOptionGiven()) {
      throw usage.apply("the RCTab count options (--tiebreak, --continue-until-two, ...) apply to the rcv rules only, not '" + rule + "'");
    }
    if (bottomsUpPercentage != null && !r.name().equals("rcv-bottoms-up")) {
      throw usage.apply("--bottoms-up-percentage applies to rule 'rcv-bottoms-up' only");
    }
    if (overvote != null && !OVERVOTES.containsKey(overvote)) {
      throw usage.apply("unknown overvote rule '" + overvote + "'; use " + String.join(", ", OVERVOTES.keySet()));
    }
    if (overvote != null && OVERVOTES.get(overvote) == BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING && !rcvRule) {
      throw usage.apply("--overvote exhaustIfMultipleContinuing is decided at transfer time: rcv rules only");
    }
    try {
      rules(BallotRules.standard(), 1);
      if (rcvRule) {
        settings(r);
      }
    } catch (GovernanceException | NumberFormatException e) {
      throw usage.apply(e.getMessage());
    }
    ReadOptions options =
        ReadOptions.builder()
            .maxLineLength(bytes(usage, "--max-line-length", maxLineLength))
            .maxFileSize(bytes(usage, "--max-file-size", maxFileSize))
            .encoding(Optional.ofNullable(encoding == null ? null : charset(usage, encoding)))
            .build();
    if (output == Output.HTML) {
      Path dir = java.util.Objects.requireNonNull(out);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw usage.apply("--out (" + dir + ") is an existing file, not a folder");
      }
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw usage.apply("--out (" + dir + "): cannot create the folder: " + describe(e));
      }
    }
    return new Job(in, r, options, output, Optional.ofNullable(contest), Optional.ofNullable(out));
  }

  /**
   * Runs a plain command line ({@code count}, the options in their {@code --name value} or {@code
   * --name=value} forms, each at most once, then files) without building the command-line parser, which
   * takes longer to start than counting 100,000 papers. Anything else (help, a usage error, any other
   * form) returns null, and the parser handles it as before, with its messages.
   *
   * @return the exit status, or null where the parser must run
   */
  static Integer runFast(String[] args, PrintStream out) {
    if (args.length < 2 || !args[0].equals("count")) {
      return null;
    }
    CountCommand c = new CountCommand();
    Map<String, String> given = new HashMap<>();
    List<String> files = new ArrayList<>();
    boolean optionsEnd = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (optionsEnd || !a.startsWith("-")) {
        files.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnd = true;
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (!FAST_OPTIONS.contains(name) || given.containsKey(name)) {
        return null;
      }
      String value;
      if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
        value = args[++i];
      } else {
        return null;
      }
      given.put(name, value);
    }
    if (files.isEmpty() || !given.containsKey("--rule")) {
      return null;
    }
    try {
      c.rule = given.get("--rule");
      c.seats = given.containsKey("--seats") ? Integer.valueOf(given.get("--seats")) : null;
      c.seed = given.containsKey("--seed") ? Long.valueOf(given.get("--seed")) : null;
    } catch (NumberFormatException e) {
      return null;
    }
    c.input = given.getOrDefault("--input", c.input);
    c.format = given.getOrDefault("--format", c.format);
    c.encoding = given.get("--encoding");
    c.maxLineLength = given.getOrDefault("--max-line-length", c.maxLineLength);
    c.maxFileSize = given.getOrDefault("--max-file-size", c.maxFileSize);
    c.files = files;
    c.stdout = out;
    Job job;
    try {
      job = c.job(NOT_FAST);
    } catch (NotFast e) {
      return null;
    }
    return c.run(job);
  }

  private static final Set<String> FAST_OPTIONS =
      Set.of(
          "--rule", "--seats", "--seed", "--input", "--format", "--encoding", "--max-line-length", "--max-file-size");

  /** A command line the fast path leaves to the parser. */
  /*
   * No lambda runs on the main thread before the first file is handed to a worker: the first lambda of
   * a run builds the JVM's lambda machinery, about a hundredth of a second that the workers would
   * otherwise wait for. Hence the classes below where a lambda would read better.
   */

  /** A usage error on the fast path: the parser takes over. */
  private static final Function<String, RuntimeException> NOT_FAST =
      new Function<>() {
        @Override
        public RuntimeException apply(String message) {
          return new NotFast();
        }
      };

  /** The counting threads: daemons, so that an unfinished count never keeps the JVM alive. */
  private static final class CountThreads implements ThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread t = new Thread(task, "count");
      t.setDaemon(true);
      return t;
    }
  }

  /** One file's count, on a counting thread. */
  private final class Count implements Callable<Outcome> {
    private final String file;
    private final Job job;

    Count(String file, Job job) {
      this.file = file;
      this.job = job;
    }

    @Override
    public Outcome call() {
      return outcome(file, job);
    }
  }

  private static final class NotFast extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFast() {
      super(null, null, false, false);
    }
  }

  /** The output formats. */
  private enum Output {
    TEXT,
    JSON,
    HTML
  }

  /** What the command does to each file. */
  private record Job(
      RuleTable.Input in,
      RegisteredMethod rule,
      ReadOptions options,
      Output output,
      Optional<String> contest,
      Optional<Path> out) {
    boolean json() {
      return output == Output.JSON;
    }
  }

  /** What one file gave: what to print (or, for html, the page), and whether it was counted. */
  private static final class Outcome {
    /** What to print, or for html the page, in UTF-8. */
    final byte[] utf8;

    final boolean counted;

    Outcome(byte[] utf8, boolean counted) {
      this.utf8 = utf8;
      this.counted = counted;
    }

    Outcome(String text, boolean counted) {
      this(text.getBytes(StandardCharsets.UTF_8), counted);
    }
  }

  /** Files at most this large are counted several at a time: their working memory is small. */
  private static final long SMALL = 4L << 20;

  /**
   * Each file's outcome, in the order of the files. Small files are counted several at once, one per
   * core, each started as soon as it is found small; from the first file that is not (a large one, or
   * one that is not a regular file), that file and those after it are counted one at a time, after the
   * others, so that a large file has all the memory. A single file is counted alone.
   */
  private List<Outcome> outcomes(Job job) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
    List<Outcome> results = new ArrayList<>(files.size());
    int alone = 0;
    if (threads >= 2) {
      ExecutorService pool = Executors.newFixedThreadPool(threads, new CountThreads());
      try {
        List<Future<Outcome>> futures = new ArrayList<>(files.size());
        while (alone < files.size() && isSmall(files.get(alone))) {
          String f = files.get(alone++);
          futures.add(pool.submit(new Count(f, job)));
        }
        for (int i = 0; i < futures.size(); i++) {
          try {
            results.add(futures.get(i).get());
          } catch (ExecutionException e) {
            results.add(failure(files.get(i), job, "could not be counted: " + describe(e.getCause()), 0));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            results.add(failure(files.get(i), job, "could not be counted: interrupted", 0));
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
    for (int i = alone; i < files.size(); i++) {
      results.add(outcome(files.get(i), job));
    }
    return results;
  }

  /** Whether a file is a regular one of at most {@link #SMALL} bytes: one stat, on the main thread. */
  private static boolean isSmall(String file) {
    try {
      BasicFileAttributes a = Files.readAttributes(Path.of(file), BasicFileAttributes.class);
      return a.isRegularFile() && a.size() <= SMALL;
    } catch (IOException | InvalidPathException e) {
      return false; // reported when the file is counted, alone
    }
  }

  /** Reads and counts one file; never throws, whatever the file holds. */
  private Outcome outcome(String file, Job job) {
    try {
      BallotFile read = read(file, job);
      ElectionResult result = count(read, job.rule());
      return switch (job.output()) {
        case JSON -> new Outcome(JsonReport.json(file, job.rule().name(), result, read), true);
        case HTML -> new Outcome(HtmlReport.of(file, result, read), true);
        case TEXT -> new Outcome(Terminal.safe(TextReport.of(file, result, read)), true);
      };
    } catch (CountFailure e) {
      return failure(file, job, e.getMessage(), 0);
    } catch (MalformedInputException e) {
      return failure(file, job, e.getMessage() + advice(e), e.line());
    } catch (GovernanceException e) {
      return failure(file, job, e.getMessage(), 0);
    } catch (OutOfMemoryError e) {
      return failure(
          file,
          job,
          "not enough memory to read and count the file in the "
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MB the Java heap may take; give it more (java -Xmx...)",
          0);
    } catch (StackOverflowError e) {
      return failure(file, job, "could not be counted: the count went deeper than the thread's stack allows", 0);
    } catch (RuntimeException e) {
      return failure(file, job, "could not be counted: " + describe(e), 0);
    }
  }

  private static Outcome failure(String file, Job job, String message, int line) {
    if (job.json()) {
      return new Outcome(JsonOut.write(JsonReport.error(file, message, line)) + "\n", false);
    }
    // On standard error for html, where standard output lists only the pages: one line a file.
    return new Outcome(Terminal.safe(file + ": error: " + message) + (job.output() == Output.HTML ? "\n" : "\n\n"), false);
  }

  /** For a limit the command's options can raise, how to raise it. */
  private static String advice(MalformedInputException e) {
    if (e.expected().startsWith("a line of at most")) {
      return "; raise the limit with --max-line-length";
    }
    if (e.line() == 0 && e.expected().startsWith("at most")) {
      return "; raise the limit with --max-file-size";
    }
    return "";
  }

  private static final Map<String, BallotRules.Overvote> OVERVOTES =
      Map.of(
          "exhaustImmediately", BallotRules.Overvote.EXHAUST,
          "alwaysSkipToNextRank", BallotRules.Overvote.SKIP_RANK,
          "exhaustIfMultipleContinuing", BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING);

  private boolean rcvOptionGiven() {
    return undeclaredWriteIn != null
        || tiebreak != null
        || randomSeed != null
        || continueUntilTwo
        || stopAfterRound != null
        || firstRoundDeterminesThreshold
        || minimumVoteThreshold != null
        || batchElimination
        || bottomsUpPercentage != null
        || cutoffElimination
        || decimalPlaces != null
        || nonIntegerThreshold
        || hareQuota
        || blankAsWriteIn;
  }

  /** The file's ballot rules with the command line's over them. */
  private BallotRules rules(BallotRules fromFile, int candidates) {
    BallotRules.Builder b = BallotRules.builder().from(fromFile);
    if (overvote != null) {
      b.overvote(OVERVOTES.get(overvote));
    }
    if (maxSkippedRanks != null) {
      if (maxSkippedRanks.equals("unlimited")) {
        b.maxConsecutiveSkips(java.util.OptionalInt.empty());
      } else {
        b.maxConsecutiveSkips(Integer.parseInt(maxSkippedRanks));
      }
    }
    if (maxRankings != null) {
      if (maxRankings.equals("max")) {
        b.maxRanks(java.util.OptionalInt.empty()).maxRanksDeclared(true);
      } else {
        b.maxRanks(Integer.parseInt(maxRankings)).maxRanksDeclared(false);
      }
      b.refuseBeyondMaxRanks(true);
    }
    if (exhaustOnDuplicate) {
      b.duplicates(BallotRules.Duplicates.EXHAUST);
    }
    if (overvoteIsMark) {
      b.overvoteIsMark(true);
    }
    if (overvoteCountsEveryMark) {
      b.overvoteCountsEveryMark(true);
    }
    return b.build();
  }

  private static final Map<String, RcvSettings.TieBreak> TIEBREAKS =
      Map.of(
          "useCandidateOrder", RcvSettings.TieBreak.USE_CANDIDATE_ORDER,
          "random", RcvSettings.TieBreak.RANDOM,
          "generatePermutation", RcvSettings.TieBreak.GENERATE_PERMUTATION,
          "previousRoundCountsThenRandom", RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM,
          "previousRoundCountsThenAsk", RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_ASK,
          "stopCountingAndAsk", RcvSettings.TieBreak.STOP_COUNTING_AND_ASK);

  /** The RCTab count settings of an rcv rule, from the command line. */
  private RcvSettings settings(RegisteredMethod r) {
    RcvSettings.Builder b = RcvSettings.builder();
    switch (r.name()) {
      case "rcv-bottoms-up":
        b.winnerMode(bottomsUpPercentage != null ? RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE : RcvSettings.WinnerMode.BOTTOMS_UP);
        break;
      case "rcv-one-winner-per-round":
        b.winnerMode(RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND);
        break;
      case "rcv-multiple-winners-per-round":
        b.winnerMode(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND);
        break;
      case "rcv-multi-pass":
        b.winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV);
        break;
      default:
        break;
    }
    if (tiebreak != null) {
      RcvSettings.TieBreak mode = TIEBREAKS.get(tiebreak);
      if (mode == null) {
        throw new InvalidValueException("tiebreak", tiebreak, "unknown tiebreak mode '" + tiebreak + "'; use " + String.join(", ", TIEBREAKS.keySet()));
      }
      b.tieBreak(mode);
    }
    if (randomSeed != null) {
      b.randomSeed(randomSeed);
    }
    if (stopAfterRound != null) {
      b.stopAfterRound(stopAfterRound);
    }
    if (minimumVoteThreshold != null) {
      b.minimumVoteThreshold(minimumVoteThreshold);
    }
    if (bottomsUpPercentage != null) {
      b.bottomsUpPercentage(Fraction.percent(bottomsUpPercentage));
    }
    if (decimalPlaces != null) {
      b.decimalPlaces(decimalPlaces);
    }
    return b.continueUntilTwoRemain(continueUntilTwo)
        .firstRoundDeterminesThreshold(firstRoundDeterminesThreshold)
        .batchElimination(batchElimination)
        .cutoffElimination(cutoffElimination)
        .nonIntegerThreshold(nonIntegerThreshold)
        .hareQuota(hareQuota)
        .blankIsUndeclaredWriteIn(blankAsWriteIn)
        .build();
  }

  private ElectionResult count(BallotFile read, RegisteredMethod r) throws CountFailure {
    Election election = read.election();
    if (seats != null && seats != election.seats()) {
      election = Election.builder().from(election).seats(seats).build();
    }
    if (overvote != null
        || maxSkippedRanks != null
        || maxRankings != null
        || exhaustOnDuplicate
        || overvoteIsMark
        || overvoteCountsEveryMark
        || !exclude.isEmpty()
        || undeclaredWriteIn != null) {
      Election.Builder b = Election.builder().from(election).rules(rules(election.rules(), election.candidates().size()));
      for (String name : exclude) {
        b.addWithdrawn(candidate(election, name));
      }
      if (undeclaredWriteIn != null) {
        b.undeclaredWriteIn(candidate(election, undeclaredWriteIn));
      }
      election = b.build();
    }
    if (r.singleWinner() && election.seats() != 1) {
      throw new CountFailure(
          "rule '"
              + r.name()
              + "' elects one candidate but the file has "
              + election.seats()
              + " seats; pass --seats 1 to count it for one seat");
    }
    // A seed given on the command line is the user's choice; failing that, the file's [tie] order.
    TieBreaker lot =
        seed != null ? TieBreaker.seeded(seed) : read.tieBreaker().orElse(TieBreaker.givenOrder());
    if (r.name().startsWith("rcv") && (rcvOptionGiven() || bottomsUpPercentage != null)) {
      return settings(r).method().count(election, lot);
    }
    return r.method().count(election, lot);
  }

  private static Candidate candidate(Election election, String name) throws CountFailure {
    for (Candidate c : election.candidates()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new CountFailure("no candidate named '" + name + "' in the file");
  }

  /**
   * Reads a file within the limits: a regular file larger than the limit is refused before it is read;
   * a BLT file is read in pieces straight into its ballots, so that it is never held whole.
   */
  private static BallotFile read(String file, Job job) throws CountFailure {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new CountFailure("cannot read the file: " + describe(e));
    }
    long limit = job.options().maxFileSize();
    try {
      // One stat for what the three questions need: a file of a batch is small, and each system call shows.
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      if (a.isDirectory()) {
        throw new CountFailure("cannot read the file: it is a directory");
      }
      if (a.isRegularFile() && a.size() > limit) {
        throw new CountFailure(
            String.format(
                Locale.ROOT,
                "the file holds %,d bytes, more than the limit of %,d; raise the limit with --max-file-size",
                a.size(),
                limit));
      }
      try (InputStream in = Files.newInputStream(path)) {
        if (job.in().streamed()) {
          BltReader reader = Blt.reader(job.options());
          // No larger than the file needs (a ward's file is a few kilobytes), up to 64 KiB at a time.
          byte[] buffer = new byte[a.isRegularFile() ? (int) Math.min(1 << 16, a.size() + 1) : 1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            reader.feed(buffer, 0, n);
          }
          return reader.finish();
        }
        return job.in().read(readUpTo(in, limit), job.options(), job.contest());
      }
    } catch (NoSuchFileException e) {
      throw new CountFailure("cannot read the file: no such file");
    } catch (AccessDeniedException e) {
      throw new CountFailure("cannot read the file: permission denied");
    } catch (IOException e) {
      throw new CountFailure("cannot read the file: " + describe(e));
    }
  }

  /** The stream's bytes, or one more than the limit where it holds more (a device that never ends). */
  private static byte[] readUpTo(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      all.write(buffer, 0, n);
      if (all.size() > limit) {
        break;
      }
    }
    return all.toByteArray();
  }

  /** A size in bytes: a whole number, optionally followed by K, M or G (powers of 1024). */
  static long bytes(Function<String, RuntimeException> usage, String option, String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (!v.isEmpty() && "KMG".indexOf(v.charAt(v.length() - 1)) >= 0) {
      unit = 1L << (10 * ("KMG".indexOf(v.charAt(v.length() - 1)) + 1));
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n >= 1 && n <= Long.MAX_VALUE / unit) {
        return n * unit;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw usage.apply(option + " (" + value + ") must be a whole number of bytes, at least 1, optionally with K, M or G");
  }

  private static Charset charset(Function<String, RuntimeException> usage, String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw usage.apply("unknown encoding '" + name + "'; for example UTF-8 or ISO-8859-1");
    }
  }

  /**
   * Reads a file's bytes as UTF-8, or as ISO-8859-1 where they are not valid UTF-8: older tally sheets
   * (Debian's of 2007) are Latin-1, and every byte sequence is valid ISO-8859-1, so names are never lost.
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A file that could not be read or counted. */
  private static final class CountFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CountFailure(String message) {
      super(message);
    }
  }
}
