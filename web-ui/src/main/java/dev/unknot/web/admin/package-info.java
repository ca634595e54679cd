/** The administrator's page: accounts, registration, invitations and reset links. */
package dev.unknot.web.admin;
