/** {@code unknot admin}: administering the server's accounts from its own machine. */
package dev.unknot.cli.admin;
