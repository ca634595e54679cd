/** What every answer of the server carries for the browser's protection. */
package dev.unknot.api.security;
