/** {@code unknot completion} and {@code install}: fitting unknot into a shell. */
package dev.unknot.cli.shell;
