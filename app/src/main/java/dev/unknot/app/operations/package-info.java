/** What an operator runs: backups of the embedded database, and whether the database answers. */
package dev.unknot.app.operations;
