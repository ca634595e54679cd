/** {@code unknot checkin}: recording and undoing check-ins. */
package dev.unknot.cli.checkin;
