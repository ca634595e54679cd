/** Bearer-token authentication of API calls: which person a call acts for. */
package dev.unknot.api.auth;
