/** {@code unknot export} and {@code import}. */
package dev.unknot.cli.transfer;
