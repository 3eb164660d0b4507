package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.membership.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * Computes a {@link CaptureReport}. The searches run over class-count vectors, O(V) rule tests for V
 * vectors, and are left out (with a note) beyond {@link PowerAlgorithm#MAX_VECTORS}; the power indices
 * cost what {@link PowerAlgorithm#automatic()} costs.
 */
final class Capture {
  private Capture() {}

  static CaptureReport of(Constitution constitution, GameCompiler compiler, MatterGame game) {
    List<String> notes = new ArrayList<>();
    int[] counts = compiler.counts;
    List<MemberType> types = compiler.types;
    // The classes, in the order of the types, each with the indices of its types.
    Map<String, List<Integer>> classes = new LinkedHashMap<>();
    for (int j = 0; j < types.size(); j++) {
      classes.computeIfAbsent(types.get(j).className(), k -> new ArrayList<>()).add(j);
    }
    Optional<PowerIndices> power = Optional.empty();
    if (game.game().isPresent()) {
      try {
        power = Optional.of(Merging.power(game.game().get()));
      } catch (LimitExceededException e) {
        notes.add("power indices not computed: " + e.getMessage());
      }
    }
    Procedure p = constitution.procedure(game.matter());
    Optional<Rules> full = game.game().map(g -> Rules.ofRule(g.rule()));
    if (game.kind() == MatterGame.Kind.ALWAYS_PASSES) {
      full = Optional.of(Rules.ALWAYS);
    }
    Optional<Rules> attend = game.kind() == MatterGame.Kind.BY_BOARD || game.kind() == MatterGame.Kind.PROHIBITED
        ? Optional.empty()
        : compiler.procedure(p, GameCompiler.Mode.ATTEND, constitution.generalMeetings().quorum());
    ImmutableList.Builder<ClassCapture> out = ImmutableList.builder();
    for (Map.Entry<String, List<Integer>> c : classes.entrySet()) {
      int[] only = new int[counts.length];
      int[] allBut = counts.clone();
      Fraction nominal = Fraction.ZERO;
      Fraction banzhaf = Fraction.ZERO;
      Fraction shapley = Fraction.ZERO;
      int members = 0;
      for (int j : c.getValue()) {
        only[j] = counts[j];
        allBut[j] = 0;
        members += counts[j];
        nominal = nominal.plus(types.get(j).nominalShare());
        if (power.isPresent()) {
          banzhaf = banzhaf.plus(power.get().classes().get(j).classBanzhaf());
          shapley = shapley.plus(power.get().classes().get(j).classShapleyShubik());
        }
      }
      boolean passes = full.isPresent() && full.get().wins(only);
      boolean blocks = full.isPresent() && !full.get().wins(allBut);
      OptionalInt atMeeting = OptionalInt.empty();
      if (attend.isPresent() && Vectors.count(only) <= PowerAlgorithm.MAX_VECTORS) {
        Rules a = attend.get();
        atMeeting = size(Vectors.extreme(only, true, a::wins));
      }
      Optional<Fraction> b = power.isPresent() ? Optional.of(banzhaf) : Optional.empty();
      Optional<Fraction> ss = power.isPresent() ? Optional.of(shapley) : Optional.empty();
      out.add(new ClassCapture(c.getKey(), members, nominal, b, ss, passes, blocks, atMeeting));
    }
    OptionalInt fewestWinning = OptionalInt.empty();
    OptionalInt smallestQuorate = OptionalInt.empty();
    OptionalInt fewestAtMeeting = OptionalInt.empty();
    Rules quorum = compiler.quorum(constitution.generalMeetings().quorum(), null);
    List<GameRule> all = new ArrayList<>();
    for (Rules r : List.of(full.orElse(Rules.NEVER), attend.orElse(Rules.NEVER), quorum)) {
      GameRule g = r.rule();
      if (g != null) {
        all.add(g);
      }
    }
    // The searches count together the types no rule tells apart.
    Merging merging = Merging.of(counts.length, all);
    int[] merged = merging.counts(counts);
    if (Vectors.count(merged) <= PowerAlgorithm.MAX_VECTORS) {
      if (full.isPresent()) {
        Rules f = merging.rules(full.get());
        fewestWinning = size(Vectors.extreme(merged, true, f::wins));
      }
      Rules q = merging.rules(quorum);
      smallestQuorate = size(Vectors.extreme(merged, true, q::wins));
      if (attend.isPresent()) {
        Rules a = merging.rules(attend.get());
        fewestAtMeeting = size(Vectors.extreme(merged, true, a::wins));
      }
    } else {
      notes.add("the smallest coalitions were not searched: " + Vectors.count(merged) + " class-count vectors, above "
          + PowerAlgorithm.MAX_VECTORS);
    }
    return new CaptureReport(game, out.build(), fewestWinning, smallestQuorate, fewestAtMeeting,
        board(constitution, compiler, classes.keySet()), ImmutableList.copyOf(notes));
  }

  private static OptionalInt size(int @Nullable [] vector) {
    if (vector == null) {
      return OptionalInt.empty();
    }
    int n = 0;
    for (int x : vector) {
      n += x;
    }
    return OptionalInt.of(n);
  }

  /** Each class's seats, voting solidly, under the board rules; none where the constitution has none. */
  private static ImmutableList<BoardCapture> board(Constitution constitution, GameCompiler compiler,
      Iterable<String> classNames) {
    if (constitution.board().isEmpty()) {
      return ImmutableList.of();
    }
    BoardRules rules = constitution.board().get();
    int voters = 0;
    for (int c : compiler.counts) {
      voters += c;
    }
    int size = rules.fixedSeats();
    ImmutableList.Builder<BoardCapture> out = ImmutableList.builder();
    for (String name : classNames) {
      int members = 0;
      Optional<ClassId> id = Optional.empty();
      for (int j = 0; j < compiler.types.size(); j++) {
        if (compiler.types.get(j).className().equals(name)) {
          members += compiler.counts[j];
          id = compiler.types.get(j).classId();
        }
      }
      int reserved = 0;
      int limit = size;
      if (id.isPresent()) {
        ClassId c = id.get();
        for (ReservedSeats r : rules.reserved()) {
          if (r.stakeholderClass().equals(c)) {
            reserved += r.seats();
          }
        }
        boolean staff = constitution.staffClasses().contains(c);
        for (CompositionLimit l : rules.limits()) {
          CompositionLimit.Group g = l.group();
          String attribute = g.attribute();
          // A limit by attribute counts the class it names, and the staff classes under an attribute naming
          // staff ("staff", "paid staff"): a class's elected members are taken to carry its attribute.
          boolean applies = c.equals(g.stakeholderClass())
              || (attribute != null && (attribute.equals(c.toString())
                  || (staff && attribute.toLowerCase(Locale.ROOT).contains("staff"))));
          if (applies) {
            limit = Math.min(limit, l.maxSeats(size));
          }
        }
      }
      int sure = BoardCapture.droopSeats(members, Math.max(voters, 1), rules.generalSeats());
      out.add(new BoardCapture(name, members, Math.max(voters, members), reserved, rules.generalSeats(), sure, limit,
          size));
    }
    return out.build();
  }
}
