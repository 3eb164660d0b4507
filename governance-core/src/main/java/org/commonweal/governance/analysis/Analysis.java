package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.ValidationOptions;
import org.commonweal.governance.constitution.ValidationReport;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;

/**
 * What a constitution's voting rules really give each class and member, for a given membership: the
 * voting game of each matter ({@link #game(Matter)}), its exact power indices ({@link #power(Matter)}), the
 * ways a class could capture or block it ({@link #capture(Matter)}), and the warnings these add to the
 * constitution's own validation ({@link #validate()}).
 *
 * <pre>{@code
 * Analysis school = Analysis.of(constitution, ClassSizes.of(Map.of(parents, 1_500, staff, 60, learners, 8)));
 * PowerIndices special = school.power(Matter.AMEND_RULES);
 * String findings = school.capture(Matter.AMEND_RULES).explain();
 * }</pre>
 *
 * <p>The membership is read once, through the constitution's voting rules, into a roll; each matter's
 * rule is then compiled on it (O(n log n) for n members, then O(t) per condition for t member types).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Analysis {
  /** In the set of consenting classes, every class (a condition in each class). */
  private static final String ALL = "";

  private final Constitution constitution;
  private final VotingRoll roll;

  private Analysis(Constitution constitution, VotingRoll roll) {
    this.constitution = constitution;
    this.roll = roll;
  }

  /**
   * Returns the analysis of a constitution over a membership given by its numbers.
   *
   * @param constitution the constitution
   * @param sizes the members of each class, with their votes
   * @return the analysis
   * @throws org.commonweal.governance.membership.UndefinedClassException if the voting rules name a class
   *     neither the constitution nor the sizes define
   */
  public static Analysis of(Constitution constitution, ClassSizes sizes) {
    Objects.requireNonNull(constitution, "constitution");
    Objects.requireNonNull(sizes, "sizes");
    return new Analysis(constitution, constitution.roll(sizes.electorate(constitution)));
  }

  /**
   * Returns the analysis of a constitution over an actual electorate (a register on a record date).
   *
   * @param constitution the constitution
   * @param electorate the members with their classes and holdings
   * @return the analysis
   */
  public static Analysis of(Constitution constitution, Electorate electorate) {
    Objects.requireNonNull(constitution, "constitution");
    return new Analysis(constitution, constitution.roll(electorate));
  }

  /**
   * Returns the constitution analysed.
   *
   * @return the constitution
   */
  public Constitution constitution() {
    return constitution;
  }

  /**
   * Returns the voting roll the membership gives under the constitution.
   *
   * @return the roll
   */
  public VotingRoll roll() {
    return roll;
  }

  /**
   * Compiles the constitution's rule for a matter into a voting game: which coalitions, voting for while
   * every other member votes against, carry it. See {@link MatterGame} for the assumptions. A condition
   * on turnout that counts votes against is met at full turnout; where members could still break it by
   * staying away, the game carries the {@link StayingAway} finding with the fewest members who can.
   *
   * @param matter the matter
   * @return the game, or how else the matter is settled
   * @throws org.commonweal.governance.base.InvalidValueException if a condition counts paid-up capital, or
   *     the members' weights over their common denominator overflow
   */
  public MatterGame game(Matter matter) {
    Procedure p = constitution.procedure(matter);
    GameCompiler compiler = new GameCompiler(roll);
    if (p instanceof Procedure.ByBoard || p instanceof Procedure.Prohibited) {
      return new MatterGame(matter, p.description(), p instanceof Procedure.ByBoard ? MatterGame.Kind.BY_BOARD
          : MatterGame.Kind.PROHIBITED, Optional.empty(), compiler.types, ImmutableList.of(), Optional.empty());
    }
    Rules rules = compiler.procedure(p, GameCompiler.Mode.FULL, constitution.generalMeetings().quorum()).orElseThrow();
    List<String> assumptions = new ArrayList<>(compiler.assumptions());
    if (compiler.types.isEmpty() || rules.never() || !rules.wins(compiler.counts)) {
      return new MatterGame(matter, p.description(), MatterGame.Kind.NEVER_PASSES, Optional.empty(), compiler.types,
          ImmutableList.copyOf(assumptions), Optional.empty());
    }
    Optional<StayingAway> away = stayingAway(compiler, rules, assumptions);
    if (rules.always()) {
      return new MatterGame(matter, p.description(), MatterGame.Kind.ALWAYS_PASSES, Optional.empty(), compiler.types,
          ImmutableList.copyOf(assumptions), away);
    }
    ClassGame game = ClassGame.of(classes(compiler.types), Objects.requireNonNull(rules.rule(), "rule"));
    return new MatterGame(matter, p.description(), MatterGame.Kind.GAME, Optional.of(game), compiler.types,
        ImmutableList.copyOf(assumptions), away);
  }

  /**
   * Returns the exact power indices of the game of a matter, by {@link PowerAlgorithm#automatic()}, counting
   * together the member types that no part of the rule weighs differently (members of classes that one
   * member one vote makes alike), so that the game's size is that of its distinct types.
   *
   * @param matter the matter
   * @return the indices, a class of the game for each member type
   * @throws org.commonweal.governance.base.InvalidValueException if the members do not decide the matter by
   *     a game
   * @throws org.commonweal.governance.base.LimitExceededException if the game is beyond every exact method
   */
  public PowerIndices power(Matter matter) {
    return Merging.power(game(matter).requireGame());
  }

  /**
   * Returns whether one class, or a few members, can capture or block a matter: each class's nominal vote
   * against its real power and what it can do alone, the fewest members who carry the matter with everyone
   * voting and at a meeting the rest stay away from, the smallest quorate meeting, the finding that staying
   * away can block, and each class's chance of a board majority. See {@link CaptureReport}.
   *
   * <p>Assumed beyond the game's assumptions: at a meeting the rest stay away from, the members present all
   * vote for, and the general meeting's quorum (not an adjourned meeting's) applies; on the board, every
   * member has one vote in the election of the general seats, co-opted seats are left out, and a composition
   * limit by an attribute naming staff ("staff", "paid staff") counts the constitution's staff classes. Cost: the
   * power indices' cost, and O(V) rule tests for V class-count vectors (searches beyond {@link
   * PowerAlgorithm#MAX_VECTORS} vectors are left out, with a note).
   *
   * @param matter the matter
   * @return the report
   */
  public CaptureReport capture(Matter matter) {
    MatterGame game = game(matter);
    return Capture.of(constitution, new GameCompiler(roll), game);
  }

  /**
   * Returns the constitution's validation report with the power warnings of this membership added: every
   * violation {@link Constitution#validate()} finds, then, for each matter the members decide (those in the
   * table of matters, and ordinary business), a {@link ViolationCode#VETO_NOT_INTENDED} for each class that
   * can block it alone though the rules give no class a consent on it ({@code InEachClass}) nor that class
   * ({@code InClass}) and which does not hold the whole vote (the only class with a vote is the
   * electorate itself, not a minority with a veto), and a {@link ViolationCode#NO_POWER} for each class with a vote whose members never
   * decide it. The constitution package cannot see a voting game, so these warnings are added here.
   *
   * @return the report, the constitution's violations first
   * @throws org.commonweal.governance.base.LimitExceededException if a game is beyond every exact method
   */
  public ValidationReport validate() {
    return validate(ValidationOptions.defaults());
  }

  /**
   * Returns the validation report with the power warnings, leaving out the codes the options ignore.
   *
   * @param options what to leave out
   * @return the report
   * @see #validate()
   */
  public ValidationReport validate(ValidationOptions options) {
    Objects.requireNonNull(options, "options");
    List<Violation> all = new ArrayList<>(constitution.validate(options).violations());
    Set<Matter> matters = new LinkedHashSet<>(constitution.matters().keySet());
    matters.add(Matter.ORDINARY_BUSINESS);
    for (Matter m : matters) {
      CaptureReport r = capture(m);
      if (r.game().kind() != MatterGame.Kind.GAME) {
        continue;
      }
      Set<String> consenting = consenting(constitution.procedure(m));
      for (ClassCapture c : r.classes()) {
        // A class holding the whole vote (the only class with a vote) is the electorate, not a minority with a veto.
        if (c.blocksAlone() && !c.nominal().equals(Fraction.ONE) && !consenting.contains(ALL) && !consenting.contains(c.className())
            && !options.ignored().contains(ViolationCode.VETO_NOT_INTENDED)) {
          all.add(new Violation(ViolationCode.VETO_NOT_INTENDED, ViolationCode.VETO_NOT_INTENDED.severity(),
              ViolationCode.VETO_NOT_INTENDED.clause(), "class " + c.className() + " can block \"" + m.title()
                  + "\" alone, its " + c.members() + " members holding " + ClassCapture.percent(c.nominal())
                  + " of the vote, though the rules give no class a consent on it"));
        }
        if (c.powerless() && !options.ignored().contains(ViolationCode.NO_POWER)) {
          all.add(new Violation(ViolationCode.NO_POWER, ViolationCode.NO_POWER.severity(), ViolationCode.NO_POWER.clause(),
              "class " + c.className() + " has no power on \"" + m.title() + "\": its " + c.members() + " members, holding "
                  + ClassCapture.percent(c.nominal()) + " of the vote, never decide it"));
        }
      }
    }
    return new ValidationReport(ImmutableList.copyOf(all));
  }

  /** The classes the procedure's resolutions ask to consent ({@link #ALL} for every class). */
  private static Set<String> consenting(Procedure p) {
    List<Resolution> resolutions = new ArrayList<>();
    if (p instanceof Procedure.AtMeeting m) {
      resolutions.add(m.resolution());
    } else if (p instanceof Procedure.AtTwoMeetings t) {
      resolutions.add(t.resolution().first());
      resolutions.add(t.resolution().second());
    }
    Set<String> out = new LinkedHashSet<>();
    for (Resolution r : resolutions) {
      for (Condition c : r.conditions()) {
        if (c instanceof Condition.InEachClass) {
          out.add(ALL);
        } else if (c instanceof Condition.InClass i) {
          out.add(i.classId().toString());
        }
      }
    }
    return out;
  }

  /** The game's classes: one for each type, named by its class, and by its votes where a class has several. */
  static ImmutableList<MemberClass> classes(List<MemberType> types) {
    ImmutableList.Builder<MemberClass> b = ImmutableList.builder();
    for (MemberType t : types) {
      long same = types.stream().filter(o -> o.classId().equals(t.classId())).count();
      b.add(MemberClass.of(t.className() + (same > 1 ? " (" + t.baseVotes() + (t.baseVotes() == 1 ? " vote)" : " votes)")
          : ""), t.members()));
    }
    return b.build();
  }

  /** The most members who, voting for, would carry the matter yet fail when the rest stay away. */
  private static Optional<StayingAway> stayingAway(GameCompiler compiler, Rules rule, List<String> assumptions) {
    List<GameCompiler.Turnout> turnouts = compiler.turnouts();
    if (turnouts.isEmpty()) {
      return Optional.empty();
    }
    // Searched over the types that neither the game nor the turnouts tell apart, counted together.
    List<GameRule> all = new ArrayList<>();
    if (rule.rule() != null) {
      all.add(rule.rule());
    }
    turnouts.forEach(t -> {
      GameRule g = t.present().rule();
      if (g != null) {
        all.add(g);
      }
    });
    Merging merging = Merging.of(compiler.counts.length, all);
    int[] merged = merging.counts(compiler.counts);
    long vectors = Vectors.count(merged);
    if (vectors > PowerAlgorithm.MAX_VECTORS) {
      assumptions.add("whether staying away can block was not searched: " + vectors
          + " class-count vectors, above " + PowerAlgorithm.MAX_VECTORS);
      return Optional.empty();
    }
    Rules game = merging.rules(rule);
    List<Rules> present = turnouts.stream().map(t -> merging.rules(t.present())).toList();
    int[] found = Vectors.extreme(merged, false, k -> {
      if (!game.wins(k)) {
        return false;
      }
      for (Rules t : present) {
        if (!t.wins(k)) {
          return true;
        }
      }
      return false;
    });
    if (found == null) {
      return Optional.empty();
    }
    // Back to the types: each merged class's members taken from its types in order.
    int[] best = new int[compiler.counts.length];
    int[] left = found.clone();
    for (int j = 0; j < best.length; j++) {
      int k = merging.of[j];
      best[j] = Math.min(left[k], compiler.counts[j]);
      left[k] -= best[j];
    }
    String failed = turnouts.stream().filter(t -> !t.present().wins(best)).findFirst().orElseThrow().description();
    int size = 0;
    ImmutableList.Builder<Integer> coalition = ImmutableList.builder();
    for (int x : best) {
      size += x;
      coalition.add(x);
    }
    int members = 0;
    for (int c : compiler.counts) {
      members += c;
    }
    return Optional.of(new StayingAway(failed, members, members - size, coalition.build()));
  }
}
