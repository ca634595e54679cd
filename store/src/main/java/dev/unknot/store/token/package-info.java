/** Personal access tokens: the secrets other clients send to the REST API instead of a password. */
package dev.unknot.store.token;
