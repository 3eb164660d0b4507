package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(SharesDomain.class)
@Domain(DomainContext.Global.class)
class MoneyProperties {

  @Property
  void parse_readsBackToString(@ForAll Money m) {
    assertEquals(m, Money.parse(m.toString()));
  }

  @Property
  void plusMinusTimes_agreeWithBigIntegerArithmetic(@ForAll Money a, @ForAll Money b, @ForAll @LongRange(min = -1000, max = 1000) long n) {
    if (!a.currency().equals(b.currency())) {
      assertThrows(CurrencyMismatchException.class, () -> a.plus(b));
      assertThrows(CurrencyMismatchException.class, () -> a.minus(b));
      return;
    }
    BigInteger x = BigInteger.valueOf(a.minorUnits());
    BigInteger y = BigInteger.valueOf(b.minorUnits());
    assertEquals(x.add(y), BigInteger.valueOf(a.plus(b).minorUnits()));
    assertEquals(x.subtract(y), BigInteger.valueOf(a.minus(b).minorUnits()));
    assertEquals(x.multiply(BigInteger.valueOf(n)), BigInteger.valueOf(a.times(n).minorUnits()));
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a, a.plus(b).minus(b));
    assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(a.compareTo(b)));
  }

  @Property
  void amount_isTheMinorUnitsScaledByTheCurrency(@ForAll Money m) {
    assertEquals(m.minorUnits(), m.amount().movePointRight(m.currency().getDefaultFractionDigits()).longValueExact());
  }
}
