/** {@code /api/v1/pillars}, {@code /techniques}, {@code /routines}, {@code /plugins}: the library. */
package dev.unknot.api.library;
