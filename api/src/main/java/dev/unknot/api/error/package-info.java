/** The API's one error body and the handlers that answer with it. */
package dev.unknot.api.error;
