/**
 * The test kit: jqwik arbitraries of the library's values, valid and deliberately broken, published in
 * governance-core's test-jar so that a trust system, a register of members or a voting platform built on
 * Commonweal can property-test its own integration with the library. {@link
 * org.commonweal.governance.testkit.TestKit} is the facade: one static method a kind of value, each
 * documented with what it generates, its sizes, and for a broken value the refusal the library gives.
 *
 * <h2>Adding the kit to a build</h2>
 *
 * <p>The kit is the {@code tests} jar of governance-core, with the same version as the library; it needs
 * jqwik 1.9.3 (and through it JUnit 5) at test scope, which the test-jar does not bring itself:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.commonweal</groupId>
 *   <artifactId>governance-core</artifactId>
 *   <version>0.1.0</version>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * <dependency>
 *   <groupId>net.jqwik</groupId>
 *   <artifactId>jqwik</artifactId>
 *   <version>1.9.3</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>Tests that use the kit run on the class path (the test-jar's packages are those of the library's
 * module, which a module path would refuse as split packages). Surefire's default includes leave out
 * classes named {@code *Properties}: add {@code **}{@code /*Properties.java} to its includes.
 *
 * <h2>Using it</h2>
 *
 * <p>Return the kit's arbitraries from {@code @Provide} methods and ask for them by name:
 *
 * <pre>{@code
 * class DeskProperties {
 *   @Provide
 *   Arbitrary<ShareLedgerOp.Scenario> scenarios() {
 *     return TestKit.ledgerScenarios();
 *   }
 *
 *   @Property(tries = 200)
 *   void desk_neverLosesAMember(@ForAll("scenarios") ShareLedgerOp.Scenario s) { ... }
 * }
 * }</pre>
 *
 * <p>The broken arbitraries carry what the library must answer: a register or ledger change with the
 * rejection code it must get, a ballot file with the line and expectation of the error, board rules with
 * the field the refusal names. A system that wraps the library can check that it passes these answers on
 * to its own users unchanged, and that a refusal leaves its own records as they were.
 *
 * <p>Status: the kit is test support; the arbitraries may generate more kinds of values in later
 * versions (properties should not depend on the exact distribution), and the facade's methods follow the
 * library's versioning from 0.1.0 on.
 */
package org.commonweal.governance.testkit;
