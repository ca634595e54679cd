/** {@code unknot backup} and {@code unknot restore}: the embedded database's backups. */
package dev.unknot.cli.backup;
