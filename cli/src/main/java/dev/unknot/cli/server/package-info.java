/** Where the CLI's data lives: the local database, or an Unknot server after {@code unknot login}. */
package dev.unknot.cli.server;
