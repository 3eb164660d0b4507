package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.Period;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberKind;
import org.junit.jupiter.api.Test;

class ShareClassTest {
  static final Currency GBP = Currency.getInstance("GBP");
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");

  static ShareClass.Builder membership() {
    ShareClass.Builder b = ShareClass.builder();
    b.id(ShareClassId.of("membership"))
        .name("Membership share")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(false)
        .transferable(false)
        .voting(true)
        .addHolders(STAFF, PARENTS);
    return b;
  }

  @Test
  void builder_defaults() {
    ShareClass c = membership().build();
    assertEquals(ShareLimits.none(), c.limits());
    assertEquals(Period.ZERO, c.withdrawalNotice());
    assertEquals(Optional.empty(), c.maxInterestRate());
    assertEquals("Membership share (membership), 1.00 GBP each", c.toString());
    assertEquals(Money.ofMajor(25, GBP), c.valueOf(25));
  }

  @Test
  void mayBeHeldBy_anyOfTheMembersClasses() {
    ShareClass c = membership().build();
    assertTrue(c.mayBeHeldBy(Set.of(STAFF)));
    assertTrue(c.mayBeHeldBy(Set.of(ClassId.of("residents"), PARENTS)));
    assertFalse(c.mayBeHeldBy(Set.of(ClassId.of("residents"))));
  }

  @Test
  void build_invalidValues_throwNamingTheField() {
    assertEquals("parValue", assertThrows(InvalidValueException.class, () -> membership().parValue(Money.zero(GBP)).build()).field());
    assertEquals("maxInterestRate", assertThrows(InvalidValueException.class, () -> membership().maxInterestRate(Fraction.of(3, 2)).build()).field());
    assertEquals("withdrawalNotice", assertThrows(InvalidValueException.class, () -> membership().withdrawalNotice(Period.ofDays(-1)).build()).field());
    assertEquals("name", assertThrows(InvalidValueException.class, () -> membership().name(" ").build()).field());
    ShareClass.Builder noHolders = ShareClass.builder();
    noHolders.id(ShareClassId.of("x")).name("X").parValue(Money.ofMajor(1, GBP)).withdrawable(true).transferable(false).voting(false);
    assertEquals("holders", assertThrows(InvalidValueException.class, noHolders::build).field());
  }

  @Test
  void build_missingYesOrNo_throws() {
    ShareClass.Builder b = ShareClass.builder();
    b.id(ShareClassId.of("x")).name("X").parValue(Money.ofMajor(1, GBP)).addHolders(STAFF);
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void shareLimits_checksAndRelativeLimit() {
    ShareLimits l = ShareLimits.builder().toBeMember(1).maxPerMember(500).maxFractionOfIssued(Fraction.of(1, 10)).relativeFloor(20).build();
    // 10% of 1000 issued is 100; of 150 it is 15, below the floor of 20.
    assertEquals(100, l.relativeLimit(1000));
    assertEquals(20, l.relativeLimit(150));
    // 10% of 1009 is 100.9: the largest whole holding allowed is 100.
    assertEquals(100, l.relativeLimit(1009));
    assertEquals(Long.MAX_VALUE, ShareLimits.none().relativeLimit(10));
    assertThrows(InvalidValueException.class, () -> ShareLimits.builder().toBeMember(-1).build());
    assertThrows(InvalidValueException.class, () -> ShareLimits.builder().toBeMember(5).maxPerMember(4).build());
    assertThrows(InvalidValueException.class, () -> ShareLimits.builder().maxFractionOfIssued(Fraction.ZERO).build());
    assertThrows(InvalidValueException.class, () -> ShareLimits.builder().maxFractionOfIssued(Fraction.of(11, 10)).build());
    assertThrows(InvalidValueException.class, () -> ShareLimits.builder().relativeFloor(-1).build());
  }

  @Test
  void statutoryCap_ukAndNorthernIrelandFigures() {
    // CCBS Act 2014 s.24 and Community Shares Handbook 3.2.7: GBP 100,000 (GBP 20,000 in Northern
    // Ireland), no cap for a member that is itself a registered society.
    StatutoryCap uk = StatutoryCap.ukRegisteredSociety();
    assertEquals(Optional.of(Money.ofMajor(100_000, GBP)), uk.capFor(MemberKind.INDIVIDUAL));
    assertEquals(Optional.of(Money.ofMajor(100_000, GBP)), uk.capFor(MemberKind.OTHER_ORGANISATION));
    assertEquals(Optional.empty(), uk.capFor(MemberKind.REGISTERED_SOCIETY));
    assertEquals(Optional.of(Money.ofMajor(20_000, GBP)), StatutoryCap.northernIrelandSociety().capFor(MemberKind.INDIVIDUAL));
    assertEquals(Optional.empty(), StatutoryCap.northernIrelandSociety().capFor(MemberKind.REGISTERED_SOCIETY));
    assertEquals(Optional.empty(), StatutoryCap.none(GBP).capFor(MemberKind.INDIVIDUAL));
    assertTrue(uk.toString().startsWith("100000.00 GBP per member, registered societies exempt (Co-operative and Community Benefit"));
    assertThrows(InvalidValueException.class, () -> StatutoryCap.of(Money.zero(GBP), true, "s"));
    assertEquals(Optional.of(Money.ofMajor(5, GBP)), StatutoryCap.of(Money.ofMajor(5, GBP), false, "rules").capFor(MemberKind.REGISTERED_SOCIETY));
  }

  @Test
  void statutoryCap_blankSource_isRefused() {
    // A cap is only as good as the statute it cites.
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> StatutoryCap.of(Money.ofMajor(5, GBP), false, " "));
    assertEquals("source", e.field());
    assertEquals("a statutory cap needs its source", e.getMessage());
  }

  @Test
  void build_nilPaidShares_areAccepted() {
    // Nothing paid up yet on a share issued with its whole par value on call: zero is the lower bound.
    ShareClass nilPaid = membership().paidUpPerShare(Money.zero(GBP)).build();
    assertEquals(Money.zero(GBP), nilPaid.paidUpPerShare());
    assertEquals(Money.zero(GBP), nilPaid.shareValue().paidUpOn(10));
  }

  @Test
  void equals_valueTypes() {
    new EqualsTester()
        .addEqualityGroup(membership().build(), membership().build())
        .addEqualityGroup(membership().voting(false).build())
        .addEqualityGroup(membership().withdrawalNotice(Period.ofMonths(3)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ShareLimits.none(), ShareLimits.builder().build())
        .addEqualityGroup(ShareLimits.builder().toBeMember(1).build(), ShareLimits.builder().toBeMember(1).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StatutoryCap.ukRegisteredSociety(), StatutoryCap.ukRegisteredSociety())
        .addEqualityGroup(StatutoryCap.northernIrelandSociety())
        .addEqualityGroup(StatutoryCap.none(GBP))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ShareClassId.of("a"), ShareClassId.of("a"))
        .addEqualityGroup(ShareClassId.of("b"))
        .testEquals();
  }

  @Test
  void shareClassId_valueIsTheTextGiven() {
    assertEquals("investor", ShareClassId.of("investor").value());
  }

  @Test
  void shareClassId_hashCodeFollowsTheText() {
    // "ordinarz" and "ordinary" differ only in the last character, so their string hashes by 1.
    assertEquals(1, ShareClassId.of("ordinarz").hashCode() - ShareClassId.of("ordinary").hashCode());
  }

  @Test
  void valueOf_aNegativeNumberOfShares_isRefused() {
    ShareClass c = membership().build();
    assertEquals(Money.ofMajor(5, GBP), c.valueOf(5));
    assertEquals(Money.zero(GBP), c.valueOf(0));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> c.valueOf(-5));
    assertEquals("shares", e.field());
    assertEquals("shares (-5) must not be negative", e.getMessage());
  }
}
