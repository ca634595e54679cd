/** {@code unknot exercise}: a person's own techniques and routines. */
package dev.unknot.cli.own;
