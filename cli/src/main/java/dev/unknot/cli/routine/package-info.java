/** {@code unknot routine run}: the guided timer. */
package dev.unknot.cli.routine;
