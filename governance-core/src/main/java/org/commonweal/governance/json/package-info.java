/**
 * Storage: constitutions with their history, registers of members, share ledgers and election results
 * written to JSON and read back
 * exactly, through a Jackson module that the caller registers ({@link
 * org.commonweal.governance.json.CommonwealModule}).
 *
 * <p>Each stored value is a document that names what it holds and the version of its format, for
 * example {@code {"commonweal": "register", "version": 1, ...}}. Fractions are written as exact strings
 * ({@code "1/3"}), amounts of money as a decimal and a currency code ({@code "12.50 GBP"}), dates in
 * ISO-8601 ({@code "2026-12-05"}). A document that cannot be read, for whatever reason, gives a {@link
 * org.commonweal.governance.json.StoredDocumentException} naming the JSON path of the fault. The
 * documents, their schemas and the rules of versioning are described in {@code docs/storage.md}.
 *
 * <p>Jackson is an optional dependency of the library: this package is the only one that uses it, so a
 * caller who stores nothing needs Guava alone. The mapping is written by hand, type by type, with no
 * reflection; each document is built from the values' public API and read back through their factories
 * and builders, so that every check a value makes applies to what is read.
 *
 * @since 0.1.0
 */
@NullMarked
package org.commonweal.governance.json;

import org.jspecify.annotations.NullMarked;
