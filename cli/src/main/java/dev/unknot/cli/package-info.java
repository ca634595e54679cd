/** The {@code unknot} command line: entry point, exit codes, and output shared by every command. */
package dev.unknot.cli;
