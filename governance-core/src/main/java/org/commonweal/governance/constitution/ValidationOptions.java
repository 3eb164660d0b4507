package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import org.commonweal.governance.internal.Checks;

/**
 * What a validation leaves out: warnings a user switches off, one by one or all the co-operative
 * principles' warnings at once. Errors cannot be switched off, so that {@link ValidationReport#isValid()}
 * always means what it says.
 *
 * <pre>{@code
 * c.validate(ValidationOptions.withoutPrinciples());
 * c.validate(ValidationOptions.ignoring(ViolationCode.STAFF_CAN_CONTROL_BOARD));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param ignored the codes not reported, each a warning
 * @since 0.1.0
 */
public record ValidationOptions(ImmutableSet<ViolationCode> ignored) {
  /**
   * Checks the record.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if an ignored code is an error
   */
  public ValidationOptions {
    Objects.requireNonNull(ignored, "ignored");
    for (ViolationCode c : ignored) {
      Checks.check(c.severity() == Severity.WARNING, "ignored", c,
          "%s is an error and cannot be switched off; only warnings can", c);
    }
    ignored = ignored.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(ignored);
  }

  /**
   * Returns the options that report everything.
   *
   * @return the defaults
   */
  public static ValidationOptions defaults() {
    return new ValidationOptions(ImmutableSet.of());
  }

  /**
   * Returns the options that leave out every co-operative principle's warning ({@link
   * ViolationCode.Category#PRINCIPLE}).
   *
   * @return the options
   */
  public static ValidationOptions withoutPrinciples() {
    EnumSet<ViolationCode> codes = EnumSet.noneOf(ViolationCode.class);
    for (ViolationCode c : ViolationCode.values()) {
      if (c.category() == ViolationCode.Category.PRINCIPLE) {
        codes.add(c);
      }
    }
    return new ValidationOptions(Sets.immutableEnumSet(codes));
  }

  /**
   * Returns the options that leave out the given warnings.
   *
   * @param codes the warnings to leave out
   * @return the options
   * @throws org.commonweal.governance.base.InvalidValueException if a code is an error
   */
  public static ValidationOptions ignoring(ViolationCode... codes) {
    return new ValidationOptions(ImmutableSet.copyOf(Arrays.asList(codes)));
  }

  /**
   * Returns these options also leaving out the given warnings.
   *
   * @param codes the warnings to leave out as well
   * @return the options
   * @throws org.commonweal.governance.base.InvalidValueException if a code is an error
   */
  public ValidationOptions andIgnoring(ViolationCode... codes) {
    return new ValidationOptions(ImmutableSet.<ViolationCode>builder().addAll(ignored).add(codes).build());
  }

  /**
   * Returns whether a code is reported under these options.
   *
   * @param code the code
   * @return true unless the code is ignored
   */
  public boolean reports(ViolationCode code) {
    return !ignored.contains(code);
  }
}
