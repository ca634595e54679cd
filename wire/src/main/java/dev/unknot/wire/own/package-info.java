/** A person's own techniques and routines: {@code unknot exercise}, {@code /api/v1/own}. */
package dev.unknot.wire.own;
