/** Accounts linked to an OpenID Connect provider by its issuer and subject. */
package dev.unknot.store.oidc;
