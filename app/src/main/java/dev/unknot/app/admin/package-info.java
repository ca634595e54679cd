/** What the administrator does: accounts, registration, invitations and password-reset links. */
package dev.unknot.app.admin;
