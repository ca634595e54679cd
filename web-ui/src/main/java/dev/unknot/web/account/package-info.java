/** Accounts: signing up, signing in and out, password hashes, the limit on failed attempts, and the access check. */
package dev.unknot.web.account;
