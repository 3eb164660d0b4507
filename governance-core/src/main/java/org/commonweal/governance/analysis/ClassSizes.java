package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;

/**
 * A membership described by its numbers rather than its names: how many members each stakeholder class
 * has, and the votes each holds before class shares and caps (one under one member one vote; the voting
 * shares held under one vote per share). It is what an analysis of a constitution needs when the question
 * is "what would these rules give a trust of 1,500 parents, 60 staff and 8 learners", and it stands for a
 * register whose members of one class and one holding are interchangeable.
 *
 * <pre>{@code
 * ClassSizes school = ClassSizes.of(Map.of(parents, 1_500, staff, 60, learners, 8));
 * ClassSizes coop = ClassSizes.of(Map.of(workers, 40)).and(investors, 5, 200);   // 5 investors of 200 shares
 * }</pre>
 *
 * <p>Members of the same class with the same votes form one group; a class may have several groups (of
 * different holdings). Immutable and thread-safe.
 *
 * @param groups the groups of interchangeable members, at least one, no two with the same class and votes
 * @since 0.1.0
 */
public record ClassSizes(ImmutableList<ClassSizes.Group> groups) {

  /**
   * Members of one class, each holding the same votes.
   *
   * @param classId the class
   * @param members how many members, at least 1
   * @param votes the votes (or voting shares) each holds before class shares and caps, at least 1
   */
  public record Group(ClassId classId, int members, long votes) {
    /**
     * Checks the group.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if there is no member or no vote
     */
    public Group {
      Objects.requireNonNull(classId, "classId");
      Checks.atLeast("members", members, 1);
      Checks.atLeast("votes", votes, 1);
    }
  }

  /**
   * Checks the groups.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if there is no group, two groups have the
   *     same class and votes, or there are more than {@value PowerAlgorithm#MAX_CLASS_COUNT_MEMBERS} members
   */
  public ClassSizes {
    groups = ImmutableList.copyOf(groups);
    Checks.check(!groups.isEmpty(), "groups", groups, "a membership needs at least one group of members");
    long total = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (Group g : groups) {
      Checks.check(seen.add(g.classId() + "/" + g.votes()), "groups", g,
          "two groups of class %s hold %s votes each: give one group with their total", g.classId(), g.votes());
      total += g.members();
    }
    Checks.check(total <= PowerAlgorithm.MAX_CLASS_COUNT_MEMBERS, "members", total,
        "an analysed membership has at most %s members, not %s", PowerAlgorithm.MAX_CLASS_COUNT_MEMBERS, total);
  }

  /**
   * Returns a membership of the given class sizes, each member holding one vote (or one voting share).
   *
   * @param sizes the members of each class (the analysis reports classes in the order of their ids)
   * @return the membership
   */
  public static ClassSizes of(Map<ClassId, Integer> sizes) {
    List<Group> groups = new ArrayList<>();
    sizes.forEach((c, n) -> groups.add(new Group(c, n, 1)));
    return new ClassSizes(ImmutableList.copyOf(groups));
  }

  /**
   * Returns this membership with one more group.
   *
   * @param classId the class
   * @param members how many members
   * @param votes the votes (or voting shares) each holds
   * @return the larger membership
   */
  public ClassSizes and(ClassId classId, int members, long votes) {
    return new ClassSizes(ImmutableList.<Group>builder().addAll(groups).add(new Group(classId, members, votes)).build());
  }

  /**
   * Returns the number of members.
   *
   * @return the sum of the groups' sizes
   */
  public int members() {
    return groups.stream().mapToInt(Group::members).sum();
  }

  /**
   * An electorate of these numbers under the constitution: members named by their group and position,
   * each in good standing, holding their votes as shares of the first share class that carries a vote.
   * Every class of the constitution's membership is defined, so that its rules may name one that has no
   * member here.
   */
  Electorate electorate(Constitution constitution) {
    String shareClass = constitution.shareClasses().stream()
        .map(ShareClass::id)
        .map(id -> id.value())
        .filter(code -> !constitution.voting().nonVotingShareClasses().contains(code))
        .findFirst()
        .orElse("voting");
    Set<ClassId> classes = new LinkedHashSet<>();
    for (StakeholderClass s : constitution.membership().classes()) {
      classes.add(s.id());
    }
    Electorate.Builder b = Electorate.builder().recordDate(constitution.inForceFrom());
    int g = 0;
    for (Group group : groups) {
      classes.add(group.classId());
      g++;
      for (int i = 1; i <= group.members(); i++) {
        MemberId m = MemberId.of(String.format("G%02d-%06d", g, i));
        b.addElectors(Elector.withShares(m, group.classId(), shareClass, group.votes()));
      }
    }
    return b.addAllClasses(classes).build();
  }
}
