package org.commonweal.governance.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library.
 *
 * <p>Generated {@code ImmutableX} classes are package-private and hidden behind the abstract value
 * type ({@code overshadowImplementation}): callers use the type's own {@code of(...)} factories and
 * {@code builder()}, never a generated name, so the generator can change without breaking users. Every
 * invariant lives in the type's {@code @Value.Check} method, which the builder cannot bypass.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // Generated code may only carry annotations from modules the library reads.
    allowedClasspathAnnotations = {Override.class, Generated.class},
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    privateNoargConstructor = false)
public @interface GovernanceStyle {}
