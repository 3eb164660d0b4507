package org.commonweal.governance.constitution;

import static org.commonweal.governance.constitution.ConstitutionTest.ADOPTED;
import static org.commonweal.governance.constitution.ConstitutionTest.society;
import static org.commonweal.governance.constitution.ConstitutionTest.tally;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;

/**
 * Amendments are checked against the constitution they amend: entrenchment, the asset lock, the table's
 * procedure, and the dates of the versions.
 */
class AmendmentTest {
  static final LocalDate MEETING = LocalDate.of(2026, 6, 20);
  static final Amendment WRITTEN = Amendment.of("Allow written resolutions", new Change.WrittenResolutions(OptionalInt.of(28)));

  /** The society with one row of its table replaced. */
  static Constitution withRow(Matter matter, Procedure procedure) {
    Map<Matter, Procedure> rows = new LinkedHashMap<>(society().build().matters());
    rows.put(matter, procedure);
    return society().matters(rows).build();
  }

  @Test
  void amend_bySpecialResolution_givesTheNextVersionKeepingTheLast() {
    Constitution c = society().build();
    VotingRoll r = roll(10);
    Outcome<Constitution> next = c.amend(WRITTEN, tally(r, 6, 2), MEETING);       // 75%
    assertTrue(next.isAccepted(), next.toString());
    Constitution v2 = next.orElseThrow();
    assertEquals(OptionalInt.of(28), v2.writtenResolutionDays());
    assertEquals(Optional.of(c), v2.previous());
    assertEquals(Optional.of(WRITTEN), v2.amendment());
    assertEquals(MEETING, v2.inForceFrom());
    assertEquals(ImmutableList.of(c, v2), v2.history());
    assertSame(c, v2.original());
    assertEquals(WRITTEN, v2.amendments().get(MEETING));
    // Nothing else changed.
    assertEquals(c.matters(), v2.matters());
    assertEquals(c.membership(), v2.membership());
  }

  @Test
  void amend_notPassed_isRejectedWithTheOutcome() {
    Outcome<Constitution> next = society().build().amend(WRITTEN, tally(roll(10), 5, 2), MEETING);   // 71%
    assertTrue(AmendmentRejectionCode.NOT_PASSED.matches(next));
    assertTrue(next.rejection().facts().get("outcome").contains("FAILED"), next.rejection().facts().toString());
  }

  @Test
  void inForceOn_answersWhichVersionWasInForce() {
    Constitution c = society().build();
    VotingRoll r = roll(10);
    Constitution v2 = c.amend(WRITTEN, tally(r, 8, 0), MEETING).orElseThrow();
    Amendment objects = Amendment.of("New objects", new Change.Purpose("To run a shop and a cafe"));
    Constitution v3 = v2.amend(objects, tally(r, 10, 0), MEETING.plusYears(1)).orElseThrow();
    assertEquals(Optional.empty(), v3.inForceOn(ADOPTED.minusDays(1)));
    assertEquals(Optional.of(c), v3.inForceOn(ADOPTED));
    assertEquals(Optional.of(c), v3.inForceOn(MEETING.minusDays(1)));
    assertEquals(Optional.of(v2), v3.inForceOn(MEETING));
    assertEquals(Optional.of(v2), v3.inForceOn(MEETING.plusYears(1).minusDays(1)));
    assertEquals(Optional.of(v3), v3.inForceOn(MEETING.plusYears(5)));
    assertEquals(3, v3.history().size());
    assertEquals(ImmutableList.of(WRITTEN, objects), v3.amendments().values().asList());
  }

  @Test
  void amend_onOrBeforeTheCurrentVersion_isRejected() {
    Constitution c = society().build();
    assertTrue(AmendmentRejectionCode.NOT_AFTER_CURRENT_VERSION.matches(c.amend(WRITTEN, tally(roll(10), 8, 0), ADOPTED)));
    assertTrue(c.amend(WRITTEN, tally(roll(10), 8, 0), ADOPTED.plusDays(1)).isAccepted());
  }

  @Test
  void requirementFor_unanimousClause_needsEveryMemberNotEveryVote() {
    Constitution c = society().build();
    Amendment objects = Amendment.of("New objects", new Change.Purpose("To run a cafe"));
    Procedure p = c.requirementFor(objects).orElseThrow();
    assertEquals(Resolution.Kind.UNANIMOUS, ((Procedure.AtMeeting) p).resolution().kind());
    VotingRoll r = roll(10);
    // Nine for and nobody against is 100% of the votes cast, but one member of ten stayed away.
    assertTrue(AmendmentRejectionCode.NOT_PASSED.matches(c.amend(objects, tally(r, 9, 0), MEETING)));
    assertTrue(c.amend(objects, tally(r, 10, 0), MEETING).isAccepted());
  }

  @Test
  void requirementFor_liftingAnEntrenchment_isItselfEntrenched() {
    Constitution c = society().build();
    Amendment lift = Amendment.of("Lift the entrenchment of the objects", new Change.Entrench(Clause.OBJECTS, Optional.empty()));
    assertEquals(Resolution.Kind.UNANIMOUS, ((Procedure.AtMeeting) c.requirementFor(lift).orElseThrow()).resolution().kind());
    assertFalse(c.amend(lift, tally(roll(10), 9, 1), MEETING).isAccepted());
    Constitution lifted = c.amend(lift, tally(roll(10), 10, 0), MEETING).orElseThrow();
    assertEquals(Optional.empty(), lifted.entrenchment(Clause.OBJECTS));
    // Once lifted, the objects change by the ordinary amendment procedure.
    Amendment objects = Amendment.of("New objects", new Change.Purpose("To run a cafe"));
    assertEquals(Resolution.Kind.SPECIAL, ((Procedure.AtMeeting) lifted.requirementFor(objects).orElseThrow()).resolution().kind());
  }

  @Test
  void requirementFor_unchangeableClause_isRefused() {
    Constitution c = society().build();
    Amendment surplus = Amendment.of("No surplus rule", new Change.Surplus(Optional.empty()));
    Outcome<Procedure> req = c.requirementFor(surplus);
    assertTrue(AmendmentRejectionCode.UNCHANGEABLE_CLAUSE.matches(req));
    assertEquals("SURPLUS", req.rejection().facts().get("clause"));
    assertTrue(AmendmentRejectionCode.UNCHANGEABLE_CLAUSE.matches(c.amend(surplus, tally(roll(10), 10, 0), MEETING)));
  }

  @Test
  void requirementFor_assetLock_cannotBeRemovedOrWeakened() {
    Constitution c = society().build();
    Amendment remove = Amendment.of("Remove the asset lock", new Change.AssetLockRule(Optional.empty()));
    Amendment toMembers = Amendment.of("Let assets go to members", new Change.AssetLockRule(Optional.of(
        AssetLock.constitutional(EnumSet.of(AssetLock.Recipient.ASSET_LOCKED_BODY, AssetLock.Recipient.MEMBERS)))));
    Amendment narrower = Amendment.of("Charities only", new Change.AssetLockRule(Optional.of(
        AssetLock.constitutional(EnumSet.of(AssetLock.Recipient.CHARITY)))));
    assertTrue(AmendmentRejectionCode.ASSET_LOCK_IRREMOVABLE.matches(c.requirementFor(remove)));
    assertTrue(AmendmentRejectionCode.ASSET_LOCK_IRREMOVABLE.matches(c.requirementFor(toMembers)));
    assertTrue(c.requirementFor(narrower).isAccepted());
    // The statutory lock cannot become a lock of the rules' own, even with the same recipients.
    Constitution statutory = society().assetLock(AssetLock.statutory()).build();
    Amendment own = Amendment.of("Own lock", new Change.AssetLockRule(Optional.of(AssetLock.constitutional(AssetLock.LOCKED_RECIPIENTS))));
    assertTrue(AmendmentRejectionCode.ASSET_LOCK_IRREMOVABLE.matches(statutory.requirementFor(own)));
    assertEquals("STATUTORY", statutory.requirementFor(own).rejection().facts().get("lock"));
    // Without a lock, one may be adopted by the ordinary procedure.
    Constitution unlocked = society().assetLock(Optional.empty()).build();
    assertTrue(unlocked.requirementFor(remove).isAccepted());
    Amendment adopt = Amendment.of("Adopt the statutory lock", new Change.AssetLockRule(Optional.of(AssetLock.statutory())));
    assertEquals(Optional.of(AssetLock.statutory()), unlocked.amend(adopt, tally(roll(4), 3, 1), MEETING).orElseThrow().assetLock());
  }

  @Test
  void requirementFor_noAmendmentRow_isRefused() {
    Map<Matter, Procedure> rows = new LinkedHashMap<>(society().build().matters());
    rows.remove(Matter.AMEND_RULES);
    Constitution none = society().matters(rows).build();
    assertTrue(AmendmentRejectionCode.NO_AMENDMENT_PROCEDURE.matches(none.requirementFor(WRITTEN)));
    Constitution prohibited = withRow(Matter.AMEND_RULES, new Procedure.Prohibited("fixed rules"));
    assertTrue(AmendmentRejectionCode.NO_AMENDMENT_PROCEDURE.matches(prohibited.requirementFor(WRITTEN)));
  }

  @Test
  void amend_withTheWrongEvidence_isRefused() {
    Constitution twoMeetings = withRow(Matter.AMEND_RULES,
        new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation("Amend the rules")));
    VotingRoll r = roll(10);
    assertTrue(AmendmentRejectionCode.WRONG_PROCEDURE.matches(twoMeetings.amend(WRITTEN, tally(r, 10, 0), MEETING)));
    Outcome<Constitution> ok = twoMeetings.amend(WRITTEN, tally(r, 2, 1), MEETING, tally(r, 3, 2), MEETING.plusDays(20), MEETING.plusDays(30));
    assertTrue(ok.isAccepted(), ok.toString());
    assertTrue(AmendmentRejectionCode.WRONG_PROCEDURE.matches(
        society().build().amend(WRITTEN, tally(r, 2, 1), MEETING, tally(r, 3, 2), MEETING.plusDays(20), MEETING.plusDays(30))));
  }

  @Test
  void amend_thatCannotStand_isRejectedNotHalfApplied() {
    Constitution c = society().build();
    Amendment twice = Amendment.of("Two membership share classes",
        new Change.Shares(ImmutableList.of(ConstitutionTest.membershipShare(), ConstitutionTest.membershipShare()), c.statutoryCap()));
    Outcome<Constitution> out = c.amend(twice, tally(roll(4), 4, 0), MEETING);
    assertTrue(AmendmentRejectionCode.INVALID_RESULT.matches(out));
    assertEquals("shareClasses", out.rejection().facts().get("field"));
    assertEquals(1, c.history().size());
  }

  @Test
  void apply_makesEveryKindOfChange() {
    Constitution c = society().build();
    Amendment all = Amendment.of("Everything",
        new Change.MatterRow(Matter.CONVERT, Optional.empty()),
        new Change.MatterRow(Matter.EXPEL_MEMBER, Optional.of(new Procedure.ByBoard(Resolution.special("Expel")))),
        new Change.Entrench(Clause.VOTING, Optional.of(Entrenchment.unanimous(Clause.VOTING, "rule 9"))),
        new Change.Board(Optional.empty()),
        new Change.BoardMeetings(Optional.empty(), true));
    Constitution v2 = c.apply(all, MEETING);
    assertFalse(v2.matters().containsKey(Matter.CONVERT));
    assertTrue(v2.procedure(Matter.EXPEL_MEMBER) instanceof Procedure.ByBoard);
    assertTrue(v2.entrenchment(Clause.VOTING).isPresent());
    assertTrue(v2.chairCastingVote());
    assertEquals(EnumSet.of(Clause.MATTERS, Clause.ENTRENCHMENT, Clause.VOTING, Clause.BOARD, Clause.BOARD_MEETINGS),
        EnumSet.copyOf(all.clauses()));
  }

  @Test
  void change_refusesAnEntrenchmentOfAnotherClause() {
    assertThrows(InvalidValueException.class,
        () -> new Change.Entrench(Clause.VOTING, Optional.of(Entrenchment.unanimous(Clause.OBJECTS, ""))));
    assertThrows(InvalidValueException.class, () -> Amendment.of("Nothing"));
    assertThrows(InvalidValueException.class, () -> new Change.WrittenResolutions(OptionalInt.of(0)));
  }

  @Test
  void requirementFor_refusals_sayWhyInWords() {
    Constitution c = society().build();
    Outcome<Procedure> surplus = c.requirementFor(Amendment.of("No surplus rule", new Change.Surplus(Optional.empty())));
    assertEquals("the surplus clause is entrenched and cannot be changed (rule 40)", surplus.rejection().message());
    Constitution unsourced = society().entrenched(ImmutableList.of(Entrenchment.unchangeable(Clause.VOTING, ""))).build();
    assertEquals("the voting clause is entrenched and cannot be changed",
        unsourced.requirementFor(Amendment.of("Votes", new Change.Voting(unsourced.voting()))).rejection().message());
    Outcome<Procedure> removed = c.requirementFor(Amendment.of("Remove the lock", new Change.AssetLockRule(Optional.empty())));
    assertEquals("an asset lock once adopted cannot be removed or weakened", removed.rejection().message());
    assertEquals("CONSTITUTIONAL", removed.rejection().facts().get("lock"));
    assertEquals("none", removed.rejection().facts().get("proposed"));
    Constitution statutory = society().assetLock(AssetLock.statutory()).build();
    Outcome<Procedure> toMembers = statutory.requirementFor(Amendment.of("To members", new Change.AssetLockRule(Optional.of(
        AssetLock.constitutional(EnumSet.of(AssetLock.Recipient.CHARITY, AssetLock.Recipient.MEMBERS))))));
    assertEquals("an asset lock once adopted cannot be removed or weakened (SI 2006/264)", toMembers.rejection().message());
    assertEquals("CONSTITUTIONAL [CHARITY, MEMBERS]", toMembers.rejection().facts().get("proposed"));
  }

  @Test
  void apply_keepsTheEntrenchmentsAndSetsTheSurplusRule() {
    Constitution c = society().entrenched(ImmutableList.of(Entrenchment.unanimous(Clause.OBJECTS, "rule 2"))).build();
    SurplusRule rule = SurplusRule.mondragon();
    Constitution v2 = c.apply(Amendment.of("Mondragon surplus", new Change.Surplus(Optional.of(rule))), MEETING);
    assertEquals(Optional.of(rule), v2.surplus());
    assertEquals(c.entrenched(), v2.entrenched());
    assertEquals(Optional.empty(), v2.apply(Amendment.of("No surplus rule", new Change.Surplus(Optional.empty())),
        MEETING.plusDays(1)).surplus());
  }
}
