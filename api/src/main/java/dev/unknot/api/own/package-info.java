/** A person's own techniques and routines under {@code /api/v1/own}. */
package dev.unknot.api.own;
