/** {@code unknot habits}, {@code habit ...} and {@code templates}: a person's habits. */
package dev.unknot.cli.habit;
