/** {@code unknot today}: the day's agenda. */
package dev.unknot.cli.today;
