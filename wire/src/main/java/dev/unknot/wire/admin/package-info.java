/** The administrator's documents on the wire: accounts, registration, invitations and reset links. */
package dev.unknot.wire.admin;
