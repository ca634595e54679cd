/** What the administrator keeps: server settings, invitations and password-reset links. */
package dev.unknot.store.admin;
